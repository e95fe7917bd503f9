// The timeline opens where the question is (issue 12): on "now", with the now-line inside the
// chart's visible area, for the default view and for every preset story, in both languages;
// and the axis names the day whenever the window is not today's.
import { join } from "node:path";

const PRESETS = ["fresh", "weekend", "debloat", "wizard", "interval-3h", "down-8-days"];

/** Where the now-line is against the chart box, or null when the chart has none. */
async function nowLine(page) {
  await page.waitForSelector(".chart svg", { timeout: 20000 });
  return page.evaluate(() => {
    const chart = document.querySelector(".chart");
    const line = chart?.querySelector("svg .now-line");
    if (!line) return null;
    const l = line.getBoundingClientRect();
    const c = chart.getBoundingClientRect();
    const zoom = document.querySelector(".zoom button[aria-pressed=true]")?.dataset.zoom;
    return { x: l.left + l.width / 2, left: c.left, right: c.right, zoom };
  });
}

function inside(at) {
  return !!at && at.x >= at.left && at.x <= at.right;
}

export async function run({ open, finish, check, artifacts }) {
  const langs = [
    { lang: "en", locale: "en-US", day: /[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}/ },
    { lang: "ja", locale: "ja-JP", day: /\d{1,2}月\d{1,2}日/ },
  ];
  for (const { lang, locale, day } of langs) {
    const session = await open({ locale, colorScheme: "light", viewport: { width: 1366, height: 900 } });
    const { page } = session;
    const first = await nowLine(page);
    check(inside(first), `view ${lang}: the default view shows the now-line inside the chart`, JSON.stringify(first));
    for (const preset of PRESETS) {
      await page.click(`button[data-preset="${preset}"]`);
      const at = await nowLine(page);
      check(inside(at), `view ${lang}: the "${preset}" story opens with the now-line inside the chart`, JSON.stringify(at));
    }
    // Off over the weekend, its first hours: four days ago, so the axis names that day.
    await page.click('button[data-preset="weekend"]');
    await page.click('.zoom button[data-zoom="3h"]');
    await page.waitForSelector(".chart svg .axis-date", { timeout: 5000 }).catch(() => {});
    const caption = await page.evaluate(() => document.querySelector(".chart svg .axis-date")?.textContent ?? null);
    check(caption !== null && day.test(caption), `view ${lang}: an axis that is not today's names its day`, String(caption));
    await page.screenshot({ path: join(artifacts, `view-not-today-${lang}.png`) });
    // Back to now: the now-line returns.
    await page.click('button[data-pan="now"]');
    await page.click('.zoom button[data-zoom="day"]');
    check(inside(await nowLine(page)), `view ${lang}: "back to now" shows the now-line again`);
    await finish(`view ${lang}`, session);
  }
}
