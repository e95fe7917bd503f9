// A first-time admin's review (issue 22), items 5 and 6, in English and Japanese: a length
// typed "00:10:00" is shown back as people write it ("10 min", "10分"), never "PT10M", and
// follows a language switch; with two fields refused the notice counts them and names each
// with its own "Go to"; the zone field flags an unknown zone while it is still being typed
// (after a pause) and clears as soon as the zone typed is valid; a date with a part blanked
// says it is incomplete; copying the link moves nothing under the pointer; Japanese breaks
// between phrases.

import { join } from "node:path";
import { staleText } from "./forms.mjs";

const WORDS = {
  "en-US": {
    tenMin: "10 min",
    ninetyMin: "1 h 30 min",
    count: "2 fields need fixing",
    catchUp: "Catch-up delay",
    push: "Push delivery delay",
    incomplete: "The date is incomplete",
    other: { lang: "ja", tenMin: "10分" },
  },
  "ja-JP": {
    tenMin: "10分",
    ninetyMin: "1時間30分",
    count: "直す必要のある項目が 2 件あります",
    catchUp: "遅延実行までの待ち時間",
    push: "プッシュ到達までの遅延",
    incomplete: "日時が途中までしか入力されていません",
    other: { lang: "en", tenMin: "10 min" },
  },
};

const CATCH_UP = "input[data-path='device.scheduler.catch_up_delay']";
const PUSH = "input[data-path='device.push_delivery_delay']";
const ZONE = "input[data-path='display_zone']";
const START = "input[data-path='horizon.start']";

/** Opens the settings fold and every fold around `selector`. */
async function reveal(page, selector) {
  await page.click('details[data-fold="settings"] > summary');
  await page.waitForSelector(selector, { state: "attached", timeout: 5000 }).catch(() => {});
  await page.locator(selector).evaluate((el) => {
    for (let d = el.closest("details"); d; d = d.parentElement?.closest("details")) d.open = true;
  }).catch(() => {});
}

/** Sets a field's value as a paste would, then commits it as leaving the field does. */
async function commit(page, selector, value) {
  await page.fill(selector, value);
  await page.dispatchEvent(selector, "change");
  await page.waitForTimeout(200);
}

/** The zone field's state: marked invalid, its message, whether it has the focus. */
const zoneState = (page) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return {
      invalid: el?.getAttribute("aria-invalid"),
      message: document.getElementById("msg-display-zone")?.textContent ?? "",
      focused: document.activeElement === el,
    };
  }, ZONE);

export async function run({ open, finish, check, artifacts, origin }) {
  for (const locale of ["en-US", "ja-JP"]) {
    const w = WORDS[locale];
    const label = `review ${locale}`;
    const session = await open({ locale, colorScheme: "light", viewport: { width: 1366, height: 900 } });
    const { page, context } = session;
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });

    // Copying the link moves nothing under the pointer: the paste fold stays where it was.
    // Where the fold is on the page (not in the viewport: a scroll is not a move).
    const where = () => page.evaluate(() => {
      const r = document.querySelector("details.paste > summary")?.getBoundingClientRect();
      return r ? { x: r.x + scrollX, y: r.y + scrollY } : null;
    });
    const before = await where();
    await page.click("button[data-action=copy-link]");
    await page.waitForSelector("[data-copied]", { timeout: 5000 }).catch(() => {});
    const after = await where();
    const copyButtonStays = await page.locator("button[data-action=copy-link]").boundingBox();
    check(before && after && before.x === after.x && before.y === after.y,
      `${label}: after "Copy link" the "Open a scenario" fold stays where it was`,
      `${JSON.stringify(before)} → ${JSON.stringify(after)}`);
    check(copyButtonStays !== null, `${label}: the copy button is still there`);
    await page.locator(".share").screenshot({ path: join(artifacts, `review-${locale}-copied.png`) }).catch(() => {});

    // A length typed as the clock writes it comes back as people write it.
    await reveal(page, CATCH_UP);
    await commit(page, CATCH_UP, "00:10:00");
    const shown = await page.inputValue(CATCH_UP);
    check(shown === w.tenMin, `${label}: a catch-up delay typed "00:10:00" is shown as "${w.tenMin}"`, shown);
    check(!/PT/.test(shown), `${label}: the length field shows no ISO 8601`, shown);
    await commit(page, CATCH_UP, "PT1H30M");
    const fromIso = await page.inputValue(CATCH_UP);
    check(fromIso === w.ninetyMin, `${label}: even "PT1H30M" comes back as "${w.ninetyMin}"`, fromIso);
    await commit(page, CATCH_UP, w.tenMin);
    check((await page.inputValue(CATCH_UP)) === w.tenMin && (await staleText(page, false)) === "",
      `${label}: "${w.tenMin}" typed is read back unchanged, and accepted`, await page.inputValue(CATCH_UP));
    const placeholder = (await page.getAttribute(CATCH_UP, "placeholder")) ?? "";
    check(placeholder !== "" && !placeholder.includes("PT"), `${label}: the length field's hint shows no ISO 8601`, placeholder);

    // Two fields refused: the notice counts them and names each, each with its own "Go to".
    await commit(page, CATCH_UP, "soon");
    await commit(page, PUSH, "later");
    const notice = await staleText(page, true);
    const gotos = await page.$$eval(".answer-stale button[data-action=go-to-field]", (bs) => bs.map((b) => b.getAttribute("data-path-to")));
    check(notice.includes(w.count) && notice.includes(w.catchUp) && notice.includes(w.push),
      `${label}: with two fields refused the notice counts them and names both`, notice);
    check(gotos.length === 2 && gotos.includes("device.scheduler.catch_up_delay") && gotos.includes("device.push_delivery_delay"),
      `${label}: each refused field has its own "Go to"`, JSON.stringify(gotos));
    await page.locator(".answer-stale").screenshot({ path: join(artifacts, `review-${locale}-two-refused.png`) }).catch(() => {});
    await page.locator(CATCH_UP).scrollIntoViewIfNeeded().catch(() => {});
    await page.click(".answer-stale button[data-action=go-to-field][data-path-to='device.push_delivery_delay']");
    await page.waitForTimeout(300);
    const went = await page.evaluate(() => document.activeElement?.getAttribute("data-path") ?? "");
    check(went === "device.push_delivery_delay", `${label}: the second "Go to" goes to the second field`, went);
    await commit(page, CATCH_UP, "");
    await commit(page, PUSH, "");
    check((await staleText(page, false)) === "", `${label}: clearing both fields clears the notice`, await staleText(page, false));

    // The zone field checks as it is typed, and clears as soon as the zone is valid.
    await page.click(ZONE, { clickCount: 3 });
    await page.keyboard.type("Mars/Olympus", { delay: 20 });
    await page.waitForTimeout(1200);
    const typing = await zoneState(page);
    check(typing.focused && typing.invalid === "true" && typing.message !== "",
      `${label}: an unknown zone is flagged after a pause, before leaving the field`, JSON.stringify(typing));
    await page.click(ZONE, { clickCount: 3 });
    await page.keyboard.type("Asia/Tokyo", { delay: 20 });
    await page.waitForTimeout(150);
    const valid = await zoneState(page);
    check(valid.focused && valid.invalid === "false" && valid.message === "",
      `${label}: the zone's message clears as soon as a valid zone is typed, still in the field`, JSON.stringify(valid));
    await page.locator(".group.period").screenshot({ path: join(artifacts, `review-${locale}-zone.png`) }).catch(() => {});
    await page.keyboard.press("Tab");

    // A date with one part blanked says it is incomplete, not out of range.
    await page.click(START);
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Tab");
    await page.waitForTimeout(300);
    const dateMsg = await page.evaluate(() => document.getElementById("msg-horizon-start")?.textContent ?? "");
    check(dateMsg.includes(w.incomplete), `${label}: a date with a part blanked says it is incomplete`, dateMsg);
    await page.locator(".group.period").screenshot({ path: join(artifacts, `review-${locale}-date.png`) }).catch(() => {});

    // A length follows a language switch.
    await commit(page, CATCH_UP, "00:10:00");
    await page.click(`.lang-switch button[data-lang="${w.other.lang}"]`);
    await page.waitForTimeout(300);
    const switched = await page.inputValue(CATCH_UP);
    check(switched === w.other.tenMin, `${label}: after a language switch the length reads "${w.other.tenMin}"`, switched);
    // Japanese breaks between phrases.
    const breaks = await page.evaluate(() => getComputedStyle(document.querySelector(":lang(ja) body") ?? document.body).wordBreak);
    if (w.other.lang === "ja") check(breaks === "auto-phrase", `${label}: Japanese text breaks between phrases`, breaks);
    await finish(label, session);
  }

  // On a 390 px phone, the Japanese rebase example keeps ":04 と :34）" on one line.
  const phone = await open({ locale: "ja-JP", colorScheme: "light", viewport: { width: 390, height: 844 } });
  await phone.page.click("button[data-system=server]");
  await phone.page.click('details[data-fold="settings"] > summary');
  const rebase = phone.page.locator("label", { hasText: "手動サイクルでスケジュールの基準が移る" }).first();
  await rebase.evaluate((el) => {
    for (let d = el.closest("details"); d; d = d.parentElement?.closest("details")) d.open = true;
  }).catch(() => {});
  const together = await rebase.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf("と\u00a0:34");
      if (i < 0) continue;
      const top = (from, to) => {
        const r = document.createRange();
        r.setStart(n, from);
        r.setEnd(n, to);
        return r.getClientRects()[0]?.top;
      };
      return { four: top(i - 2, i - 1), to: top(i, i + 1), close: top(n.data.length - 1, n.data.length) };
    }
    return null;
  }).catch(() => null);
  check(together && together.four === together.to && together.to === together.close,
    "review ja-JP 390 px: 「:04 と :34）」 stays on one line", JSON.stringify(together));
  await rebase.screenshot({ path: join(artifacts, "review-ja-JP-390-rebase.png") }).catch(() => {});
  await finish("review ja-JP 390 px", phone);
}
