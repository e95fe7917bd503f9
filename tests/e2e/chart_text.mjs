// What the admin asked is shown where they look, and the chart's words never collide (issue 22,
// items 3 and 4).
//
// Geometry, measured in the browser: at 360, 390, 768, 1366 and 1920 px, in English and
// Japanese, at every zoom, for a device, a device held to the end (deadlines past the period)
// and a server, no two text elements of the chart overlap, none leaves the picture, and every
// lane name is shown whole. One page per width and language; the zoom changes by its buttons
// and the story by its preset buttons, so the page is never reloaded.
//
// Then the full-sync cycle: a connector override added "now" makes the next cycle run a full
// sync; the chart outlines it, selecting it names it "Delta cycle with full sync on …", and the
// event list shows it on its own line, not folded into the plain cycles.

import { join } from "node:path";

const WIDTHS = [360, 390, 768, 1366, 1920];
const ZOOMS = ["3h", "day", "week", "month", "all"];
const STORIES = ["fresh", "debloat", "down-8-days"];
const LANGS = [
  { locale: "en-US", full: /^Delta cycle with full sync on \S/, override: "Connector override" },
  { locale: "ja-JP", full: /^差分同期サイクル（.+ で完全同期）$/, override: "コネクタのオーバーライド" },
];

/** Waits until the page has painted twice: a click's redraw is on screen. */
const painted = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Every text of the chart with its box on screen, and the chart's own box. */
function chartTexts(page) {
  return page.evaluate(() => {
    const svg = document.querySelector(".chart svg");
    if (!svg) return null;
    const own = (t) =>
      [...t.childNodes]
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent)
        .join("")
        .trim();
    const texts = [...svg.querySelectorAll("text")]
      .map((t) => {
        const r = t.getBoundingClientRect();
        return {
          text: own(t),
          full: t.querySelector("title")?.textContent ?? null,
          cls: t.getAttribute("class") ?? "",
          l: r.left,
          r: r.right,
          t: r.top,
          b: r.bottom,
        };
      })
      .filter((t) => t.text !== "");
    const b = svg.getBoundingClientRect();
    return { texts, box: { l: b.left, r: b.right, t: b.top, b: b.bottom } };
  });
}

/** The pairs of texts whose boxes overlap (by more than half a pixel), and texts outside. */
function collisions({ texts, box }) {
  const bad = [];
  const e = 0.5;
  for (let i = 0; i < texts.length; i++) {
    const a = texts[i];
    if (a.l < box.l - e || a.r > box.r + e || a.t < box.t - e || a.b > box.b + e) {
      bad.push(`"${a.text}" leaves the chart`);
    }
    for (let j = i + 1; j < texts.length; j++) {
      const c = texts[j];
      if (a.l < c.r - e && c.l < a.r - e && a.t < c.b - e && c.t < a.b - e) {
        bad.push(`"${a.text}" overlaps "${c.text}"`);
      }
    }
  }
  return bad;
}

export async function run({ open, finish, check, artifacts }) {
  for (const { locale, full, override } of LANGS) {
    for (const width of WIDTHS) {
      const session = await open({ locale, colorScheme: "light", viewport: { width, height: 900 } });
      const { page } = session;
      await page.waitForSelector(".chart svg", { timeout: 20000 }).catch(() => {});
      const faults = [];
      let views = 0;
      let cut = [];
      let deadlines = 0;
      for (const story of STORIES) {
        await page.click(`button[data-preset="${story}"]`);
        for (const zoom of ZOOMS) {
          await page.click(`.zoom button[data-zoom="${zoom}"]`);
          await painted(page);
          const facts = await chartTexts(page);
          if (!facts) {
            faults.push(`${story} ${zoom}: no chart`);
            continue;
          }
          views++;
          faults.push(...collisions(facts).map((f) => `${story} ${zoom}: ${f}`));
          cut.push(...facts.texts.filter((t) => t.cls === "lane-label" && t.full !== t.text).map((t) => t.full));
          deadlines += await page.locator(".chart svg .deadline, .chart svg .deadline-arrow").count();
          if ((width === 390 || width === 1366) && ((story === "fresh" && zoom === "day") || (story === "debloat" && zoom === "all") || (story === "down-8-days" && zoom === "week"))) {
            await page.screenshot({ path: join(artifacts, `chart-text-${locale}-${width}-${story}-${zoom}.png`) });
          }
        }
      }
      const label = `chart text ${locale} ${width}px`;
      check(views === STORIES.length * ZOOMS.length && faults.length === 0, `${label}: no two chart texts overlap and none leaves the chart, at every zoom of three stories`, `${views} views; ${faults.slice(0, 6).join(" | ")}`);
      cut = [...new Set(cut)];
      check(cut.length === 0, `${label}: every lane name is shown whole`, cut.join(", "));
      check(deadlines > 0, `${label}: the deadlines are drawn (a line at the date, or an arrow past the end)`, String(deadlines));

      if (width === 390 || width === 1366) {
        // The full-sync cycle: a connector override now, on the default server.
        await page.click('button[data-preset="fresh"]');
        await page.click("button[data-system=server]");
        await page.click('.zoom button[data-zoom="day"]');
        // The add menu is built once the page's folds open.
        await page.evaluate(() => document.querySelectorAll("details[data-fold]").forEach((d) => { d.open = true; }));
        await page.waitForSelector("select[data-add-kind]", { timeout: 5000 }).catch(() => {});
        const added = await page.evaluate((name) => {
          const kind = document.querySelector("select[data-add-kind]");
          const add = document.querySelector('button[data-action="add"]');
          const at = kind ? [...kind.options].findIndex((o) => o.textContent.includes(name)) : -1;
          if (!kind || !add || at < 0) return false;
          kind.value = String(at);
          kind.dispatchEvent(new Event("change", { bubbles: true }));
          add.click();
          return true;
        }, override);
        await painted(page);
        await page.waitForSelector(".chart svg .full-steps", { timeout: 5000 }).catch(() => {});
        const outline = await page.evaluate(() => {
          document.querySelector(".chart")?.scrollIntoView({ block: "center" });
          const r = document.querySelector(".chart svg .full-steps")?.getBoundingClientRect();
          return r ? { x: r.left + 6, y: r.top + r.height / 2 } : null;
        });
        check(added && outline !== null, `${label}: a connector override added now outlines the next cycle on the chart`, JSON.stringify({ added, outline }));
        if (outline) {
          await page.mouse.move(outline.x, outline.y);
          await painted(page);
          const what = await page.evaluate(() => {
            // "<lane> — <what>"
            const t = document.querySelector("#event-details p.what")?.textContent ?? "";
            const at = t.indexOf(" — ");
            return at >= 0 ? t.slice(at + 3).trim() : "";
          });
          check(full.test(what), `${label}: the outlined cycle is named as a cycle with full sync`, what);
          await page.waitForSelector("table.events tr[aria-selected=true]", { timeout: 5000 }).catch(() => {});
          const line = await page.evaluate(() => {
            const tr = document.querySelector("table.events tr[aria-selected=true]");
            return tr ? { cls: tr.className, text: tr.textContent } : null;
          });
          check(
            line !== null && !/\bgroup\b/.test(line.cls) && !/\bmember\b/.test(line.cls) && line.text.includes(what),
            `${label}: the event list shows the full-sync cycle on its own line, not folded into plain cycles`,
            JSON.stringify(line)?.slice(0, 200),
          );
          await page.screenshot({ path: join(artifacts, `chart-text-${locale}-${width}-full-sync.png`), fullPage: true });
        }
      }
      await finish(label, session);
    }
  }
}
