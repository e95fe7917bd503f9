// Forms that keep focus, answers that match the input, no internals (issue 12), in English
// and Japanese: a skip link makes "Add what happens" a few Tab stops away; a date typed key
// by key in an event row keeps the focus; an end typed before its start is kept, marked and
// named in the answer by its label; a bad interval and a bad enrolment time change the
// headline; the horizon's message does not push "Time zone" sideways; removing a row moves the
// focus on; the event list says what it filters and offers "Show all"; a broken JSON file is
// explained in words with its line and column.

import { join } from "node:path";

const WORDS = {
  "en-US": {
    stale: "not the plan you typed",
    powerOff: "Powered off › entry 1",
    enrolled: "Enrolled at",
    interval: "CustomizedSyncCycleInterval",
    showing: "Showing",
    line: "(line ",
  },
  "ja-JP": {
    stale: "入力した計画ではありません",
    powerOff: "電源オフ › 1 件目",
    enrolled: "登録日時",
    interval: "CustomizedSyncCycleInterval",
    showing: "表示しています",
    line: "行",
  },
};

const pad = (n) => String(n).padStart(2, "0");

/** The keys that type `value` (YYYY-MM-DDTHH:mm) into a focused datetime-local field, segment
 *  by segment. Headless Chromium shows the field in its own (US) order, month/day/year and a
 *  12-hour clock, whatever the page's locale. Two-digit parts move on by themselves; the year
 *  takes up to six digits, so an arrow key moves past it. */
function keysFor(value) {
  const [date, time] = value.split("T");
  const [y, mo, d] = date.split("-");
  const [h, mi] = time.split(":").map(Number);
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return [mo, d, y, "ArrowRight", pad(h12), pad(mi), h < 12 ? "A" : "P"];
}

/** What has the focus: its data-path, or its data-action, or its tag. */
const focused = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a?.getAttribute("data-path") ?? a?.getAttribute("data-action") ?? a?.tagName ?? "";
  });

/** Sets a field's value as a paste would, then commits it as leaving the field does. */
async function commit(page, selector, value) {
  await page.fill(selector, value);
  await page.dispatchEvent(selector, "change");
  await page.waitForTimeout(150);
}

/** The answer's "not the plan you typed" notice, or "" when there is none. Waits (up to 5 s)
 *  for the notice to come when `shown`, or to go when not: reading an absent element with
 *  `textContent` would wait Playwright's whole 30 s default for it. */
export async function staleText(page, shown) {
  await page.waitForSelector(".answer-stale", { state: shown ? "attached" : "detached", timeout: 5000 }).catch(() => {});
  return page.evaluate(() => document.querySelector(".answer-stale")?.textContent ?? "");
}

export async function run({ open, finish, check, artifacts }) {
  for (const locale of ["en-US", "ja-JP"]) {
    const w = WORDS[locale];
    const session = await open({ locale, colorScheme: "light", viewport: { width: 1366, height: 900 } });
    const { page } = session;
    const label = `forms ${locale}`;

    // 6. The keyboard path: from the page's start to the add button.
    let tabs = 0;
    let reached = false;
    for (; tabs < 60 && !reached; ) {
      await page.keyboard.press("Tab");
      tabs++;
      const at = await focused(page);
      if (at === "skip-to-add") {
        await page.keyboard.press("Enter");
        await page.waitForTimeout(400);
      }
      reached = (await focused(page)) === "add";
    }
    check(reached && tabs <= 15, `${label}: the add button is ${tabs} Tab stops from the page's start (≤ 15)`, String(tabs));

    // Add a power-off: the keyboard is on the add button, the first kind is "Power off".
    await page.keyboard.press("Enter");
    const start = "[data-list='device.power_off'] input[data-path='device.power_off[0].start']";
    const end = "[data-list='device.power_off'] input[data-path='device.power_off[0].end']";
    await page.waitForSelector(start, { timeout: 5000 }).catch(() => {});

    // 5. A date typed key by key keeps the focus for the whole date.
    const was = await page.inputValue(start).catch(() => "");
    // Later in the same hour: still inside the period and before the row's end.
    const target = `${was.slice(0, 14)}59`;
    const box = await page.locator(start).boundingBox();
    if (box) await page.mouse.click(box.x + 8, box.y + box.height / 2);
    for (const key of keysFor(target)) {
      if (key.startsWith("Arrow")) await page.keyboard.press(key);
      else await page.keyboard.type(key, { delay: 30 });
    }
    await page.waitForTimeout(200);
    const kept = await focused(page);
    const typed = await page.inputValue(start).catch(() => "");
    check(kept === "device.power_off[0].start", `${label}: a date typed key by key keeps the focus in its field`, kept);
    check(typed === target, `${label}: the field holds the whole date typed`, `${typed} ≠ ${target}`);

    // 2 + 1 + 3. An end before its start: kept as typed, marked, named in the answer.
    check((await staleText(page, false)) === "", `${label}: a valid plan has no mismatch notice`);
    const before = `${was.slice(0, 10)}T00:01`;
    await commit(page, end, before);
    const stale = await staleText(page, true);
    check(stale.includes(w.stale) && stale.includes(w.powerOff), `${label}: an end before its start changes the answer, naming the field by its label`, stale);
    check(!/power_off|device\./.test(stale), `${label}: the answer shows no raw path`, stale);
    check((await page.inputValue(start)) === target && (await page.inputValue(end)) === before,
      `${label}: both edges stay as typed`, `${await page.inputValue(start)} / ${await page.inputValue(end)}`);
    const marks = await page.evaluate(([s, e]) => [s, e].map((sel) => {
      const el = document.querySelector(sel);
      const ids = (el?.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
      return { invalid: el?.getAttribute("aria-invalid"), described: ids.some((id) => document.getElementById(id)?.textContent) };
    }), [start, end]);
    check(marks.every((m) => m.invalid === "true" && m.described), `${label}: both edges are marked invalid and described by the row's message`, JSON.stringify(marks));
    await page.screenshot({ path: join(artifacts, `forms-${locale}-row.png`) });

    // The notice goes to the field.
    await page.click("button[data-action=go-to-field]");
    await page.waitForTimeout(300);
    const went = await focused(page);
    check(went.startsWith("device.power_off[0]"), `${label}: "go to the field" focuses the row`, went);

    // Removing the only row moves the focus to the add button, and the notice goes with it.
    await page.click("[data-list='device.power_off'] button[data-action=remove]");
    await page.waitForTimeout(200);
    check((await focused(page)) === "add", `${label}: after a removal the focus moves to the add button`, await focused(page));
    check((await staleText(page, false)) === "", `${label}: removing the refused row clears the notice`, await staleText(page, false));

    // A bad enrolment time changes the headline.
    await commit(page, "input[data-path='device.enrolled_at']", "2300-01-01T00:00");
    const enrolled = await staleText(page, true);
    check(enrolled.includes(w.stale) && enrolled.includes(w.enrolled), `${label}: a bad enrolment time changes the headline`, enrolled);
    check(!enrolled.includes("enrolled_at"), `${label}: the enrolment message shows no raw path`, enrolled);
    await page.click("button[data-preset=fresh]");
    await page.waitForTimeout(200);
    check((await staleText(page, false)) === "", `${label}: a story loads clean`, await staleText(page, false));

    // 7. The list says what it filters, and "Show all" clears it.
    await page.waitForSelector("select[data-filter=outcome]", { timeout: 5000 }).catch(() => {});
    const outcome = await page.$$eval("select[data-filter=outcome] option", (os) => os.map((o) => o.value).filter(Boolean));
    if (outcome.length) await page.selectOption("select[data-filter=outcome]", outcome[0]);
    await page.waitForTimeout(150);
    const note = (await page.textContent(".event-count").catch(() => "")) ?? "";
    check(note.includes(w.showing), `${label}: a filtered list says what it shows and why`, note);
    await page.click("button[data-action=show-all]").catch(() => {});
    await page.waitForTimeout(150);
    const all = await page.getAttribute(".event-count", "data-filtered").catch(() => null);
    check(all === "false", `${label}: "Show all" clears the list's filters`, String(all));

    // 4. A broken JSON file is explained in words, with line and column.
    await page.click("details.paste > summary");
    await commit(page, "textarea[data-input=scenario-json]", '{\n  "version": 1,\n  "horizon": ');
    await page.click("button[data-action=open-json]");
    await page.waitForTimeout(150);
    const parse = (await page.textContent("details.paste .field-error").catch(() => "")) ?? "";
    check(parse.includes(w.line) && !/EOF|expected/.test(parse), `${label}: a broken file is explained in words with line and column`, parse);

    // A bad interval on the server changes the headline.
    await page.click("button[data-system=server]");
    await page.waitForTimeout(200);
    await commit(page, "input[data-path='server.scheduler.customized_sync_cycle_interval']", "soon");
    const interval = await staleText(page, true);
    check(interval.includes(w.stale) && interval.includes(w.interval), `${label}: a bad interval changes the headline`, interval);
    await page.screenshot({ path: join(artifacts, `forms-${locale}-interval.png`) });
    await page.locator("section.answer").screenshot({ path: join(artifacts, `forms-${locale}-answer.png`) }).catch(() => {});
    await finish(label, session);
  }

  // 3. The period's message sits under its dates and leaves "Time zone" where it was, on a
  //    desktop and on a phone, in both languages.
  for (const [locale, width] of [["en-US", 1366], ["ja-JP", 390], ["en-US", 390], ["ja-JP", 1366]]) {
    const session = await open({ locale, colorScheme: "light", viewport: { width, height: 900 } });
    const { page } = session;
    const label = `period ${locale} ${width}px`;
    await page.click('details[data-fold="settings"] > summary');
    await page.waitForSelector("input[data-path='horizon.end']", { timeout: 5000 }).catch(() => {});
    const zone = "input[data-path='display_zone']";
    const x0 = (await page.locator(zone).boundingBox())?.x;
    const from = await page.inputValue("input[data-path='horizon.start']");
    const earlier = `${String(Number(from.slice(0, 4)) - 1)}${from.slice(4)}`;
    await commit(page, "input[data-path='horizon.end']", earlier);
    const x1 = (await page.locator(zone).boundingBox())?.x;
    check(x0 !== undefined && x0 === x1, `${label}: the period's message does not push "Time zone" sideways`, `${x0} → ${x1}`);
    const placed = await page.evaluate(() => {
      const until = document.querySelector("input[data-path='horizon.end']").getBoundingClientRect();
      const msg = document.querySelector(".period-span > .field-error")?.getBoundingClientRect();
      return msg ? msg.top >= until.bottom - 1 : false;
    });
    check(placed, `${label}: the period's message sits under its dates`);
    const invalid = await page.getAttribute("input[data-path='horizon.end']", "aria-invalid");
    check(invalid === "true", `${label}: the period's end is marked`, String(invalid));
    check((await page.inputValue("input[data-path='horizon.end']")) === earlier, `${label}: the typed end is kept`);
    check((await staleText(page, true)).length > 0, `${label}: the answer says the plan shown is not the plan typed`);
    await page.screenshot({ path: join(artifacts, `forms-period-${locale}-${width}.png`) });
    await finish(label, session);
  }
}
