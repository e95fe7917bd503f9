// A downloaded plan opens on the tab it was downloaded from (issue 12): a colleague who opens
// the file sees the same system and the same answer, in both languages.

import { readFile } from "node:fs/promises";

const system = (page) =>
  page.evaluate(() => document.querySelector("button[data-system][aria-pressed=true]")?.dataset.system ?? "");
// The answer as its instants and state: its words hold a countdown ("in 9 min 16 s") that
// moves between the two pages.
const answer = (page) =>
  page.evaluate(() => {
    const state = document.querySelector(".answer-text")?.dataset.state ?? "";
    const times = [...document.querySelectorAll(".answer-text time[datetime]")].map((t) => t.getAttribute("datetime"));
    return `${state} ${times.join(" ")}`;
  });

export async function run({ open, finish, check }) {
  for (const locale of ["en-US", "ja-JP"]) {
    const first = await open({ locale, colorScheme: "light", viewport: { width: 1366, height: 900 } });
    const { page } = first;
    let json = "";
    try {
      // A device plan, then the server tab (which adds a server beside the device).
      await page.click("button[data-preset=fresh]");
      await page.click("button[data-system=server]");
      await page.waitForTimeout(300);
      const shown = await answer(page);
      const [file] = await Promise.all([
        page.waitForEvent("download", { timeout: 15000 }),
        page.click("button[data-action=download]"),
      ]);
      json = (await readFile(await file.path())).toString("utf8");
      const plan = JSON.parse(json);
      check(plan.device && plan.server && plan.opens_on === "server",
        `shared file ${locale}: the download holds both systems and the tab it came from`,
        JSON.stringify({ device: !!plan.device, server: !!plan.server, opens_on: plan.opens_on }));
      await finish(`shared file ${locale}: downloading`, first);

      // A colleague opens the file (pasted into "Open a scenario").
      const second = await open({ locale, colorScheme: "light", viewport: { width: 1366, height: 900 } });
      const p2 = second.page;
      await p2.click('details[data-fold="settings"] > summary').catch(() => {});
      await p2.locator("details.paste").evaluate((d) => { d.open = true; });
      await p2.fill("textarea[data-input=scenario-json]", json);
      await p2.click("button[data-action=open-json]");
      await p2.waitForTimeout(300);
      check(await system(p2) === "server", `shared file ${locale}: it reopens on the server tab`, await system(p2));
      const reopened = await answer(p2);
      check(/\d{4}-\d\d-\d\dT/.test(shown) && reopened === shown,
        `shared file ${locale}: with the same answer (state and instants)`, `${shown} | ${reopened}`);
      await finish(`shared file ${locale}: reopened`, second);
    } catch (err) {
      check(false, `shared file ${locale}: the check ran`, String(err));
      await first.context.close().catch(() => {});
    }
  }
}
