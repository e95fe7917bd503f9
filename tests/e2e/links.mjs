// Links: the address carries the plan *and* the view. A plan built through the UI (a preset,
// then a field typed, the server tab, a zoom, a pan, a fixed "now", a filter) is read from
// location.href and opened in a fresh context: the same answer, the same event rows, the same
// system tab, zoom and window. Stored links of every earlier format still open; a damaged link
// gets a banner; typing in a field replaces the address instead of adding history entries.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const fixtures = fileURLToPath(new URL("../fixtures/links/", import.meta.url));

/** What a person sees that a link must reproduce. */
const facts = (page) =>
  page.evaluate(() => ({
    state: document.querySelector(".answer-text")?.dataset.state ?? "",
    answer: document.querySelector(".answer-body")?.textContent ?? "",
    system: document.querySelector("button[data-system][aria-pressed=true]")?.dataset.system ?? "",
    zoom: document.querySelector("button[data-zoom][aria-pressed=true]")?.dataset.zoom ?? "",
    window: document.querySelector(".chart")?.dataset.window ?? "",
    rows: [...document.querySelectorAll("table.events tbody tr.line")].map((r) => r.textContent),
    lang: document.documentElement.lang,
    banner: document.querySelector(".link-error")?.textContent ?? "",
  }));

/** Waits until the answer and the event list are on screen. */
async function settled(page) {
  await page.waitForSelector(".answer-text", { timeout: 20000 }).catch(() => {});
  await page.waitForSelector("table.events tbody tr.line", { timeout: 5000 }).catch(() => {});
  await page.waitForTimeout(400); // the address is written 150 ms after the last change
}

/** Opens `url` in a fresh context, as a colleague would. */
async function openAt(open, url, locale = "en-US") {
  const session = await open({ locale, colorScheme: "light", viewport: { width: 1366, height: 900 } });
  await session.page.goto("about:blank");
  await session.page.goto(url);
  await settled(session.page);
  return session;
}

export async function run({ open, finish, check, origin, artifacts }) {
  // 1. Build a plan through the UI.
  const first = await open({ locale: "en-US", colorScheme: "light", viewport: { width: 1366, height: 900 } });
  const { page } = first;
  await settled(page);
  await page.click("button[data-preset=weekend]");
  await settled(page);
  // Type in a field: the address follows, the history does not grow.
  const before = await page.evaluate(() => ({ length: history.length, href: location.href }));
  await page.click('details[data-fold="settings"] > summary');
  const zone = 'input[data-path="display_zone"]';
  await page.waitForSelector(zone, { timeout: 5000 }).catch(() => {});
  await page.fill(zone, "Asia/Tokyo");
  await page.dispatchEvent(zone, "change");
  const days = 'input[data-path="device.service.compliance_validity_days"]';
  // The field sits in a folded section: open every fold around it first, so the keys below go
  // into it and not into the zone field that still has the focus.
  await page.locator(days).evaluate((el) => {
    for (let d = el.closest("details"); d; d = d.parentElement?.closest("details")) d.open = true;
  }).catch(() => {});
  await page.click(days, { clickCount: 3 });
  await page.keyboard.type("45", { delay: 30 });
  await page.keyboard.press("Tab");
  await settled(page);
  const after = await page.evaluate(() => ({ length: history.length, href: location.href }));
  check(after.length === before.length, "links: typing in fields adds no history entries", `${before.length} → ${after.length}`);
  check(after.href !== before.href && after.href.includes("#v2="), "links: the address follows the edits", after.href.slice(0, 80));
  // The server tab (which adds a server beside the device), a zoom, a pan, a fixed now, a filter.
  await page.click("button[data-system=server]");
  await page.click("button[data-zoom=week]");
  await page.click("button[data-pan=back]");
  // "What if it were an hour ago", typed in the plan's zone (Asia/Tokyo, set above).
  const hourAgo = new Date(Date.now() - 3600e3)
    .toLocaleString("sv-SE", { timeZone: "Asia/Tokyo" })
    .replace(" ", "T")
    .slice(0, 16);
  await page.fill("#now-input", hourAgo);
  await page.dispatchEvent("#now-input", "change");
  await page.selectOption('select[data-filter="outcome"]', "synced").catch(() => {});
  await settled(page);
  const built = await facts(page);
  const href = await page.evaluate(() => location.href);
  check(href.length <= 400, "links: the built plan's link is short", `${href.length} characters`);
  check(built.system === "server" && built.zoom === "week" && built.rows.length > 0, "links: the plan was built through the UI", JSON.stringify({ system: built.system, zoom: built.zoom, rows: built.rows.length }));
  // The copy button gives the same address.
  await page.click("button[data-action=copy-link]");
  const copied = await page.inputValue(".link-out");
  check(copied === href, "links: the copied link is the address", `${copied.slice(-40)} vs ${href.slice(-40)}`);
  await finish("links: building", first);

  // 2. Open it in a fresh context (another person, Japanese browser): the same everything.
  const second = await openAt(open, href, "ja-JP");
  const opened = await facts(second.page);
  check(opened.system === "server", "links: a plan shared on the server tab reopens on the server tab", opened.system);
  check(opened.zoom === built.zoom, "links: the zoom travels", `${built.zoom} vs ${opened.zoom}`);
  check(opened.window === built.window && opened.window !== "", "links: the visible window travels", `${built.window} vs ${opened.window}`);
  check(opened.lang === "ja", "links: a language not chosen does not travel (the browser's is used)", opened.lang);
  await second.page.click('.lang-switch button[data-lang="en"]');
  await settled(second.page);
  const english = await facts(second.page);
  check(english.answer === built.answer && english.state === built.state, "links: the same answer", `${built.answer} | ${english.answer}`);
  check(JSON.stringify(english.rows) === JSON.stringify(built.rows), "links: the same event rows (zone, filter)", `${built.rows.length} vs ${english.rows.length}`);
  // The language is now chosen, so it travels too.
  const chosen = await second.page.evaluate(() => location.href);
  await finish("links: reopened", second);
  const third = await openAt(open, chosen, "ja-JP");
  const third_facts = await facts(third.page);
  check(third_facts.lang === "en" && third_facts.answer === built.answer, "links: a chosen language travels", third_facts.lang);
  await third.page.screenshot({ path: join(artifacts, "links-reopened.png"), fullPage: true });
  await finish("links: chosen language", third);

  // 3. Stored links of every format keep opening.
  const stored = [
    ["v1-weekend", "device"],
    ["v1-wizard", "server"],
    ["v2-weekend", "device"],
    ["v2-wizard", "server"],
  ];
  for (const [name, system] of stored) {
    const fragment = (await readFile(join(fixtures, `${name}.txt`), "utf8")).trim();
    const session = await openAt(open, `${origin}/${fragment}`);
    const f = await facts(session.page);
    check(f.system === system && f.banner === "" && f.state !== "", `links: the stored ${name} link opens on the ${system}`, JSON.stringify({ system: f.system, banner: f.banner, state: f.state }));
    await finish(`links: ${name}`, session);
  }

  // 4. Damaged links get a banner saying what was wrong and what was kept.
  const cut = href.slice(0, href.indexOf("&c="));
  const damaged = [
    ["cut short", cut, /cut short/, /plan was opened/],
    ["changed", href.replace("&z=w", "&z=d"), /changed after it was made/, /plan was opened/],
    ["garbled", `${origin}/#v2=(dv:(en:@0&t=1&c=00000`, /damaged/, /default plan is shown/],
  ];
  for (const [what, url, problem, kept] of damaged) {
    const session = await openAt(open, url);
    const f = await facts(session.page);
    check(problem.test(f.banner) && kept.test(f.banner) && f.state !== "", `links: a ${what} link shows a banner and still an answer`, f.banner);
    if (what === "cut short") await session.page.screenshot({ path: join(artifacts, "links-damaged.png") });
    await finish(`links: ${what}`, session);
  }
  const ja = await openAt(open, `${origin}/#v2=(((`, "ja-JP");
  const jaBanner = (await facts(ja.page)).banner;
  check(/破損しています/.test(jaBanner) && /既定の計画/.test(jaBanner), "links: the banner speaks Japanese too", jaBanner);
  await finish("links: damaged (ja)", ja);
}
