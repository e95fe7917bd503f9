// Exports and offline: download every file the Export menu offers and check what is in it, the
// calendar read by Mozilla's ical.js (a parser that is not ours); then load the app, let the
// service worker take the page, go offline, reload and still see the answer.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ICAL from "ical.js";

/** Clicks an Export button and returns the downloaded file's name and bytes. */
async function download(page, kind) {
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 15000 }),
    page.click(`details.exports button[data-file=${kind}]`),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function readCsv(text) {
  const records = [];
  let record = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += c;
  }
  return records;
}

export async function run({ open, finish, check, origin, browser, artifacts }) {
  await downloads({ open, finish, check });
  await offline({ finish, check, origin, browser, artifacts });
}

async function downloads({ open, finish, check }) {
  const session = await open({ locale: "en-US", colorScheme: "light", viewport: { width: 1280, height: 900 } });
  const { page } = session;
  try {
    await page.click("button[data-preset=fresh]");
    await page.waitForSelector(".answer-text[data-state=next] time[datetime]", { timeout: 10000 });
    await page.waitForSelector(".chart svg", { timeout: 10000 });
    await page.click("details.exports > summary");

    // Events as JSON: the reference for the other files.
    const json = await download(page, "json");
    let events = [];
    try {
      events = JSON.parse(json.bytes.toString("utf8")).events ?? [];
    } catch (e) {
      check(false, "exports: the events JSON parses", String(e));
    }
    check(
      events.length > 0 && json.name === "sync-planner-device-events.json",
      "exports: the events JSON parses and holds the events",
      `${json.name}: ${events.length} events`,
    );
    const predicted = events.filter((e) => e.calendar);

    // The calendar, read by ical.js.
    const ics = await download(page, "ics");
    const text = ics.bytes.toString("utf8");
    let vevents = [];
    try {
      const calendar = new ICAL.Component(ICAL.parse(text));
      vevents = calendar.getAllSubcomponents("vevent");
    } catch (e) {
      check(false, "exports: ical.js reads the calendar", String(e));
    }
    const starts = vevents.map((v) => v.getFirstPropertyValue("dtstart").toJSDate().getTime());
    check(
      vevents.length > 0 && vevents.length === predicted.length,
      "exports: the calendar has one VEVENT per predicted sync",
      `${vevents.length} events, ${predicted.length} predicted syncs`,
    );
    check(
      starts.length > 0 && starts[0] === Date.parse(predicted[0]?.utc),
      "exports: the calendar's first DTSTART is the first predicted sync",
      `${new Date(starts[0]).toISOString()} vs ${predicted[0]?.utc}`,
    );
    const next = Date.parse(await page.getAttribute(".answer-text time[datetime]", "datetime"));
    check(starts.includes(next), "exports: the answer's next sync is in the calendar", new Date(next).toISOString());
    const summary = vevents[0]?.getFirstPropertyValue("summary") ?? "";
    const description = vevents[0]?.getFirstPropertyValue("description") ?? "";
    check(
      summary.length > 0 && description.startsWith("Rule: ") && text.includes("\r\n"),
      "exports: each calendar event names its rule, with CRLF lines",
      `${summary} / ${description.slice(0, 60)}`,
    );

    // Events as CSV: a header, then one record per event.
    const csv = await download(page, "csv");
    const csvText = csv.bytes.toString("utf8");
    check(csvText.startsWith("\uFEFF"), "exports: the CSV starts with a byte-order mark (Excel reads it as UTF-8)");
    const records = readCsv(csvText.replace(/^\uFEFF/, ""));
    check(
      records.length === events.length + 1 && records[0].slice(0, 3).join(",") === "system,utc,local",
      "exports: the CSV has a header and one row per event",
      `${records.length - 1} rows, ${events.length} events; header ${records[0]?.slice(0, 3)}`,
    );
    check(
      records.length > 1 && records[1][1] === events[0]?.utc && records.every((r) => r.length === records[0].length),
      "exports: CSV rows match the events, every row with every column",
    );

    // The chart as SVG: the timeline's own picture.
    const shownWidth = await page.getAttribute(".chart > svg", "width");
    const shownHeight = await page.getAttribute(".chart > svg", "height");
    const svg = (await download(page, "svg")).bytes.toString("utf8");
    const svgWidth = /<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1];
    const svgHeight = /<svg[^>]*\sheight="(\d+)"/.exec(svg)?.[1];
    check(
      svg.startsWith("<svg") && svg.includes('xmlns="http://www.w3.org/2000/svg"') && svgWidth === shownWidth && Number(svgHeight) > Number(shownHeight),
      "exports: the SVG is the chart, at the chart's width, with room around it",
      `width ${svgWidth} vs ${shownWidth}, height ${svgHeight} vs ${shownHeight}`,
    );
    // It stands on its own (issue 22): a title, the span shown, the zone, the legend, and every
    // lane's name whole.
    const lanes = await page.evaluate(() =>
      [...document.querySelectorAll(".chart svg text.lane-label title")].map((t) => t.textContent),
    );
    const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
    const stands = {
      title: /Sync Planner: Intune/.test(svg),
      range: / to /.test(svg),
      zone: /Times in \S/.test(svg),
      legend: /Synced<\/text>/.test(svg) && /Warning<\/text>/.test(svg),
      lanes: lanes.length > 0 && lanes.every((l) => svg.includes(`>${escape(l)}</text>`)),
    };
    check(Object.values(stands).every(Boolean), "exports: the SVG carries a title, the date range, the zone, the legend and whole lane names", JSON.stringify(stands));

    // The chart as PNG, drawn by the browser at twice the SVG's size.
    const png = (await download(page, "png")).bytes;
    const magic = png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const [w, h] = png.length > 24 ? [png.readUInt32BE(16), png.readUInt32BE(20)] : [0, 0];
    check(
      magic && w === 2 * Number(svgWidth) && h === 2 * Number(svgHeight),
      "exports: the PNG is a PNG of the exported picture at twice its size",
      `magic ${magic}, ${w}x${h} vs ${svgWidth}x${svgHeight}`,
    );
    const failed = await page.$("details.exports .field-error");
    check(failed === null, "exports: no export reported a failure");
  } catch (e) {
    check(false, "exports: the downloads completed", String(e?.stack ?? e));
  }
  await finish("exports", session);
}

/**
 * Offline: a context of its own without request routing (Playwright's routes and service
 * workers do not mix: a routed context may bypass the worker), watching every request —
 * the page's and the worker's — for any that leaves 127.0.0.1.
 */
async function offline({ finish, check, origin, browser, artifacts }) {
  const context = await browser.newContext({
    locale: "en-US",
    viewport: { width: 1280, height: 900 },
    serviceWorkers: "allow",
  });
  const seen = { consoleErrors: [], foreign: [], requests: 0 };
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  context.on("request", (request) => {
    const url = request.url();
    seen.requests++;
    if (!(url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:"))) {
      seen.foreign.push(url);
    }
  });
  const page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error") seen.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => seen.consoleErrors.push(`uncaught: ${err.message}`));
  try {
    await page.goto(origin + "/");
    await page.waitForSelector(".answer-text[data-state]", { timeout: 20000 });
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector('link[rel="manifest"]');
      return link ? (await fetch(link.href)).json() : null;
    });
    check(
      manifest?.display === "standalone" && manifest?.start_url && manifest?.icons?.some((i) => i.sizes === "512x512"),
      "offline: the page links a web app manifest (standalone, start URL, icons)",
    );
    const controlled = await page
      .waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20000 })
      .then(() => true)
      .catch(() => false);
    check(controlled, "offline: the service worker controls the page after the first visit");
    await context.setOffline(true);
    await page.reload();
    const state = await page
      .waitForSelector(".answer-text[data-state=next]", { timeout: 20000 })
      .then(() => page.getAttribute(".answer-text", "data-state"))
      .catch(() => null);
    check(state === "next", "offline: with no network, a reload still shows the answer", state);
    await page.screenshot({ path: join(artifacts, "offline-reload.png") });
    await context.setOffline(false);
  } catch (e) {
    check(false, "offline: the check completed", String(e?.stack ?? e));
  }
  await finish("offline", { context, page, seen });
}
