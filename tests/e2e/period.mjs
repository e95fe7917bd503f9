// The sender's answer, and nothing typed outside the period (issue 22, items 1 and 2), in
// English and Japanese:
// - a server plan with "a change made on-premises at" set, shared as a link, reopens in a fresh
//   browser with the same answer and the same "reaches Entra ID at" sentence;
// - an enrolment typed before the simulated period widens the period (and says so) instead of
//   answering "no sync yet"; once the person sets the period, an entry outside it is refused
//   with the period named, "Go to the field" goes to the period's edge that fixes it, and one
//   click widens the period.

import { join } from "node:path";
import { staleText } from "./forms.mjs";

const WORDS = {
  "en-US": { enrolled: "Enrolled at", period: "simulated period" },
  "ja-JP": { enrolled: "登録日時", period: "シミュレーション期間" },
};

/** A datetime-local value (UTC, to the minute) `minutes` after another. */
const shift = (value, minutes) =>
  new Date(Date.parse(`${value}:00Z`) + minutes * 60000).toISOString().slice(0, 16);

/** Sets a field's value as a paste would, then commits it as leaving the field does. */
async function commit(page, selector, value) {
  await page.fill(selector, value);
  await page.dispatchEvent(selector, "change");
  await page.waitForTimeout(250);
}

const focused = (page) =>
  page.evaluate(() => document.activeElement?.getAttribute("data-path") ?? document.activeElement?.tagName ?? "");

/** Opens every fold around `selector`, so that its field is built and visible. */
async function reveal(page, selector) {
  await page.click('details[data-fold="settings"] > summary').catch(() => {});
  await page.waitForSelector(selector, { timeout: 5000 }).catch(() => {});
  await page.locator(selector).evaluate((el) => {
    for (let d = el.closest("details"); d; d = d.parentElement?.closest("details")) d.open = true;
  }).catch(() => {});
}

export async function run({ open, finish, check, artifacts }) {
  for (const locale of ["en-US", "ja-JP"]) {
    const w = WORDS[locale];
    const label = `period ${locale}`;
    const viewport = { width: 1366, height: 900 };
    const session = await open({ locale, colorScheme: "light", viewport, timezoneId: "UTC" });
    const { page } = session;
    await page.waitForSelector(".answer-text", { timeout: 20000 }).catch(() => {});

    // 2. An enrolment this morning, before the period: the period widens to hold it.
    const start = 'input[data-path="horizon.start"]';
    const end = 'input[data-path="horizon.end"]';
    const enrolled = 'input[data-path="device.enrolled_at"]';
    await reveal(page, enrolled);
    await reveal(page, start);
    const s0 = await page.inputValue(start).catch(() => "");
    const early = shift(s0, -180);
    await commit(page, enrolled, early);
    const note = await page.textContent(".period-note", { timeout: 5000 }).catch(() => "");
    check(note.includes(w.enrolled) && note.includes(w.period) && !note.includes("device."),
      `${label}: an enrolment before the period widens it and the note names the enrolment by its label`, note);
    check((await page.inputValue(start)) === shift(early, -60),
      `${label}: the period now starts an hour before the enrolment`, `${await page.inputValue(start)} (enrolled ${early})`);
    check((await staleText(page, false)) === "", `${label}: nothing is refused on the way`, await staleText(page, false));
    await page.screenshot({ path: join(artifacts, `period-widened-${locale}.png`) });
    await page.click("button[data-action=dismiss-widened]").catch(() => {});
    check((await page.locator(".period-note").count()) === 0, `${label}: the note can be dismissed`);

    // Set the period by hand: it is the person's now. An enrolment after its end is refused,
    // with the period named, and the fix is one click away.
    await commit(page, start, s0);
    const e0 = await page.inputValue(end);
    const late = shift(e0, 120);
    await commit(page, enrolled, late);
    const stale = await staleText(page, true);
    check(stale.includes(w.period) && (await page.locator(".answer-stale .stale-period").count()) === 1,
      `${label}: an entry outside a period set by hand is refused, and the notice says where the period runs`, stale);
    check((await page.locator(".period-note").count()) === 0, `${label}: a period set by hand is not widened by itself`);
    await page.click("button[data-action=go-to-field]");
    await page.waitForTimeout(300);
    check((await focused(page)) === "horizon.end", `${label}: "go to the field" goes to the period's end, where the fix is`, await focused(page));
    await page.screenshot({ path: join(artifacts, `period-outside-${locale}.png`) });
    await page.click("button[data-action=widen-period]");
    await page.waitForTimeout(300);
    check((await staleText(page, false)) === "" && (await page.inputValue(end)) === shift(late, 24 * 60),
      `${label}: one click widens the period to hold the enrolment, with a day after it`, `${await page.inputValue(end)} (enrolled ${late})`);

    // 1. A server plan with a change made on-premises, shared as a link.
    await page.click("button[data-preset=wizard]");
    await page.waitForSelector(".export-time", { timeout: 5000 }).catch(() => {});
    const now = 'input#now-input';
    const nowValue = shift((await page.inputValue('input[data-path="horizon.start"]').catch(() => "")) || s0, 26 * 60 + 7);
    await commit(page, now, nowValue);
    const change = "input[data-input=change-at]";
    const changeValue = shift(nowValue, 43);
    await commit(page, change, changeValue);
    await page.waitForTimeout(400); // the address is written 150 ms after the last change
    const sent = {
      answer: await page.textContent(".answer-body"),
      exported: await page.textContent(".export-time"),
    };
    const href = await page.evaluate(() => location.href);
    const colleague = await open({ locale, colorScheme: "light", viewport, timezoneId: "UTC" });
    await colleague.page.goto("about:blank");
    await colleague.page.goto(href);
    await colleague.page.waitForSelector(".export-time", { timeout: 20000 }).catch(() => {});
    await colleague.page.waitForTimeout(300);
    const got = {
      answer: await colleague.page.textContent(".answer-body").catch(() => ""),
      exported: await colleague.page.textContent(".export-time").catch(() => ""),
      change: await colleague.page.inputValue(change).catch(() => ""),
    };
    check(sent.exported.length > 0 && got.exported === sent.exported,
      `${label}: the colleague who opens the link reads the sender's "reaches Entra ID" sentence`, `${sent.exported} ≠ ${got.exported}`);
    check(got.answer === sent.answer, `${label}: … and the sender's answer`, `${sent.answer} ≠ ${got.answer}`);
    check(got.change === changeValue, `${label}: … with the change's time in its field`, `${got.change} ≠ ${changeValue}`);
    await colleague.page.screenshot({ path: join(artifacts, `period-link-${locale}.png`) });
    await finish(`${label} (colleague)`, colleague);
    await finish(label, session);
  }
}
