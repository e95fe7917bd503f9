// What a first-time admin ran into, checked in English and Japanese: "Live" keeps the keyboard
// on the "now" field, and "Add" moves it to the new entry (wherever its list puts it); screen
// readers get the answer, not a countdown every second; paste boxes and × buttons have names
// that say what they are; copying a link says whether it worked; an empty paste says so; adding
// two disruptions in a row makes no error by itself; text that is not a link is called damaged
// once; on a phone the rule legend starts folded and a row's reason can be read in full.

import { staleText } from "./forms.mjs";

const WORDS = {
  "en-US": { copied: "Link copied.", remove: /^Remove .*entry 1$/, damaged: /damaged/ },
  "ja-JP": { copied: "リンクをコピーしました。", remove: /^.*1 件目 を削除$/, damaged: /破損/ },
};

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? "");

export async function run({ open, finish, check, origin }) {
  for (const locale of ["en-US", "ja-JP"]) {
    const w = WORDS[locale];
    const label = `first use ${locale}`;
    const session = await open({ locale, viewport: { width: 1366, height: 900 } });
    const { page, context } = session;
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });

    // The answer's live region holds the words, not the ticking countdown.
    const region = await page.evaluate(() => ({
      sectionLive: document.querySelector("section.answer")?.getAttribute("aria-live") ?? null,
      live: document.querySelector("[data-announce]")?.getAttribute("aria-live") ?? null,
    }));
    const read = () =>
      page.evaluate(() => [
        document.querySelector("[data-announce]")?.textContent ?? "",
        document.querySelector(".answer-text .countdown")?.textContent ?? "",
      ]);
    const [said1, tick1] = await read();
    await page.waitForTimeout(2200);
    const [said2, tick2] = await read();
    check(region.sectionLive === null && region.live === "polite", `${label}: only the announcement is a live region`, JSON.stringify(region));
    check(said1 !== "" && said1 === said2 && tick1 !== tick2, `${label}: the announcement stays put while the countdown ticks`, `${said1} | ${tick1} → ${tick2}`);

    // "Live" disables itself: the keyboard stays on the field it cleared.
    await page.fill("#now-input", "2026-12-01T09:30");
    await page.dispatchEvent("#now-input", "change");
    await page.focus("button[data-action=live]");
    await page.keyboard.press("Enter");
    await page.waitForTimeout(150);
    check((await focusedId(page)) === "now-input", `${label}: after "Live" the focus is on the "now" field`, await focusedId(page));

    // Copying the link says it worked.
    await page.click("button[data-action=copy-link]");
    await page.waitForSelector("[data-copied]", { timeout: 5000 }).catch(() => {});
    const copied = await page.evaluate(() => {
      const status = document.querySelector("[data-copied]");
      return { state: status?.getAttribute("data-copied"), text: status?.textContent ?? "" };
    });
    check(copied.state === "true" && copied.text.includes(w.copied), `${label}: copying the link says it was copied`, JSON.stringify(copied));

    // Paste boxes are named; an empty paste says so.
    await page.click('details[data-fold="settings"] > summary');
    await page.waitForSelector("textarea[data-input=task-xml]", { state: "attached", timeout: 5000 }).catch(() => {});
    const names = await page.evaluate(() =>
      ["task-xml", "scenario-json"].map((k) => document.querySelector(`textarea[data-input=${k}]`)?.getAttribute("aria-label") ?? ""),
    );
    check(names.every((n) => n.trim().length > 3), `${label}: the paste boxes have names`, JSON.stringify(names));
    await page.click('details[data-import="tasks"] > summary');
    await page.click("button[data-action=import-tasks]");
    const blank = await page.textContent("[data-import-blank]", { timeout: 3000 }).catch(() => "");
    check(blank.length > 10, `${label}: importing an empty paste box says it is empty`, blank);

    // Power off, then sleep, added in a row: no error, and each × says what it removes.
    await page.click("button[data-preset=fresh]");
    const add = async (kind) => {
      const index = await page.evaluate((re) => {
        const select = document.querySelector("select[data-add-kind]");
        return [...select.options].findIndex((o) => new RegExp(re).test(o.textContent));
      }, kind);
      await page.selectOption("select[data-add-kind]", String(index));
      await page.click("button[data-action=add]");
      await page.waitForTimeout(150);
    };
    const focusedPath = () => page.evaluate(() => document.activeElement?.getAttribute("data-path") ?? document.activeElement?.tagName ?? "");
    await add("^(Power off|電源オフ)");
    const afterFirst = await focusedPath();
    await add("^(Sleep|スリープ)");
    const afterSecond = await focusedPath();
    check(afterFirst === "device.power_off[0].start" && afterSecond === "device.sleep[0].start", `${label}: after "Add" the focus is on the new entry's start`, `${afterFirst}, ${afterSecond}`);
    const stale = await staleText(page, false);
    check(!stale, `${label}: a power-off and a sleep added in a row do not clash`, stale ?? "");
    const removeName = await page.getAttribute("[data-list='device.power_off'] button[data-action=remove]", "aria-label").catch(() => "");
    check(w.remove.test(removeName ?? ""), `${label}: the × says which entry it removes`, removeName ?? "");
    // In a list kept in time order the new entry may sit above a later one: the focus goes to
    // it, not to the last row. (On the fresh device: a manual sync while powered off would
    // be refused.)
    await page.click("button[data-preset=fresh]");
    await add("^(Manual sync \\(Settings|手動同期（設定)");
    const first = "input[data-path='device.manual_syncs.settings[0]']";
    const at = await page.inputValue(first).catch(() => "");
    const later = await page.evaluate((v) => {
      const d = new Date(v);
      d.setHours(d.getHours() + 2);
      const pad = (n) => String(n).padStart(2, "0");
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    }, at);
    await page.fill(first, later);
    await page.dispatchEvent(first, "change");
    await page.waitForTimeout(150);
    await add("^(Manual sync \\(Settings|手動同期（設定)");
    const onNew = await focusedPath();
    const newValue = await page.inputValue(first).catch(() => "");
    check(onNew === "device.manual_syncs.settings[0]" && newValue === at, `${label}: an entry added above a later one takes the focus`, `${onNew} = ${newValue} (added at ${at}, the other moved to ${later})`);
    await finish(label, session);

    // Text that is not a link is named once.
    const bad = await open({ locale, viewport: { width: 390, height: 844 } });
    await bad.page.goto(`${origin}/#v2=garbage%%%((`);
    await bad.page.waitForSelector(".link-error", { timeout: 10000 }).catch(() => {});
    const banner = (await bad.page.textContent(".link-error").catch(() => "")) ?? "";
    const sentences = banner.split(/[.。]/).filter((s) => s.trim()).length;
    check(w.damaged.test(banner) && sentences === 2, `${label}: a non-link gets one reason and what was kept`, banner);

    // On the phone the rule legend starts folded, and tapping a row's time shows its
    // reason in full (the row cuts it to two lines; a tooltip needs a mouse).
    const row = ".event-scroll tr.line:not(.group)";
    await bad.page.waitForSelector(`${row} button`, { timeout: 10000 }).catch(() => {});
    const legendOpen = await bad.page.evaluate(() => document.querySelector("details.rules-used")?.open ?? null);
    check(legendOpen === false, `${label}: on a phone the rule legend starts folded`, String(legendOpen));
    const full = await bad.page.evaluate((r) => document.querySelector(`${r} td:last-child .clamp`)?.getAttribute("title") ?? "", row);
    await bad.page.click(`${row} button`);
    const shown = (await bad.page.textContent("[data-selected-why]", { timeout: 3000 }).catch(() => "")) ?? "";
    check(full.length > 0 && shown.includes(full), `${label}: tapping a row's time shows its reason in full`, `${full} | ${shown}`);
    await finish(`${label}: non-link`, bad);
  }
}
