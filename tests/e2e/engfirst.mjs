// Issue 12, the engine and presets part: a disruption "not yet fixed" is named in the answer,
// its row has a ticked "not yet fixed" box and no end field, unticking gives it an end; the
// wizard preset's answer tells its story at "now"; a connector override can be added.
import { join } from "node:path";

const words = {
  "en-US": { open: "not yet fixed", suspended: /suspended/, override: "Connector override" },
  "ja-JP": { open: "未復旧", suspended: /中断/, override: "コネクタのオーバーライド" },
};

export async function run({ open, finish, check, artifacts }) {
  for (const locale of Object.keys(words)) {
    const w = words[locale];
    const session = await open({ locale, colorScheme: "light", viewport: { width: 1366, height: 900 } });
    const { page } = session;
    if (!session.rendered) {
      check(false, `engfirst ${locale}: the app rendered`);
      await finish(`engfirst ${locale}`, session);
      continue;
    }
    await page.click("button[data-preset=debloat]");
    const body = await page.textContent(".answer-body");
    check(
      body.includes("dmwappushservice") && body.includes(w.open),
      `${locale}: a push service disabled until further notice is named in the answer, not yet fixed`,
      body,
    );

    await page.click('details[data-fold="settings"] > summary');
    const row = '[data-row="device.push_service_disabled[0]"]';
    await page.waitForSelector(row, { timeout: 5000 }).catch(() => {});
    const end = 'input[data-path="device.push_service_disabled[0].end"]';
    const state = await page.evaluate(
      ([r, e]) => {
        const el = document.querySelector(r);
        if (!el) return null;
        return { ticked: el.querySelector("input[type=checkbox]")?.checked ?? null, end: !!el.querySelector(e) };
      },
      [row, end],
    );
    check(
      state?.ticked === true && state.end === false,
      `${locale}: the open span's row has "not yet fixed" ticked and no end field`,
      JSON.stringify(state),
    );
    await page.locator(row).scrollIntoViewIfNeeded().catch(() => {});
    await page.screenshot({ path: join(artifacts, `engfirst-open-span-${locale}.png`) });
    await page.click(`${row} input[type=checkbox]`);
    await page.waitForSelector(`${row} ${end}`, { timeout: 5000 }).catch(() => {});
    const closed = await page.locator(`${row} ${end}`).count();
    const after = await page.textContent(".answer-body");
    check(
      closed === 1 && !after.includes(w.open),
      `${locale}: unticking "not yet fixed" gives the span an end, and the answer follows`,
      `${closed} end field; ${after}`,
    );

    await page.click("button[data-preset=wizard]");
    const wizard = await page.textContent(".answer-body");
    check(w.suspended.test(wizard), `${locale}: the wizard preset's answer tells the night's wizard at now`, wizard);
    await page.screenshot({ path: join(artifacts, `engfirst-wizard-${locale}.png`) });

    // "I changed a sync rule at 14:00": the add menu offers a connector override at an instant.
    const options = await page.evaluate(() =>
      Array.from(document.querySelectorAll("select option")).map((o) => o.textContent),
    );
    check(
      options.some((o) => o?.includes(w.override)),
      `${locale}: the server's add menu offers a connector override at an instant`,
      options.join(" | ").slice(0, 200),
    );
    await finish(`engfirst ${locale}`, session);
  }
}
