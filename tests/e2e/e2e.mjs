// End-to-end check of the built app: serves dist/ on 127.0.0.1, opens it in headless Chromium
// through Playwright, and asserts what a person would see — and what they must never get:
// console errors, CSP violations, or requests to any host but the local server.
//
// Usage: node tests/e2e/e2e.mjs [dist-dir] [artifacts-dir] [sub-path-dist-dir]
// The third is the same app built for the sub-path /sub/path/ (`trunk build --release
// --public-url /sub/path/ --dist dist-subpath`; default: dist-subpath beside dist-dir).
// Prints one line per check ("ok - …" / "not ok - …") and ends with "e2e: N passed, N failed".
// Screenshots (light/dark, Japanese/English, phone/desktop) go to the artifacts directory.

import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve, serving } from "./serve.mjs";
import { answerOnScreen, startPage } from "./phone.mjs";
import { run as runEngfirst } from "./engfirst.mjs";
import { run as runForms } from "./forms.mjs";
import { run as runView } from "./view.mjs";
import { run as runLinks } from "./links.mjs";
import { run as runExports } from "./exports.mjs";
import { run as runImport } from "./import.mjs";
import { run as runSharedFile } from "./shared_file.mjs";
import { run as runStories } from "./stories.mjs";
import { run as runFirstUse } from "./first_use.mjs";
import { run as runPeriod } from "./period.mjs";
import { run as runChartText } from "./chart_text.mjs";
import { run as runReview } from "./review.mjs";
import { run as runHosting } from "./hosting.mjs";
import { run as runInp } from "./inp.mjs";
import { run as runSecondVisit } from "./second_visit.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const dist = resolve(process.argv[2] ?? join(here, "../../dist"));
const artifacts = resolve(process.argv[3] ?? join(here, "artifacts"));
const subpathDist = resolve(process.argv[4] ?? join(dist, "..", "dist-subpath"));
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";

let passed = 0;
let failed = 0;
function check(ok, what, detail = "") {
  if (ok) {
    passed++;
    console.log(`ok - ${what}`);
  } else {
    failed++;
    console.log(`not ok - ${what}${detail ? `: ${detail}` : ""}`);
  }
}

// Where the run's time goes: one "time:" line per part, so a slow CI run shows which part grew.
let lapStarted = Date.now();
function lap(part) {
  const now = Date.now();
  console.log(`time: ${part} ${((now - lapStarted) / 1000).toFixed(1)} s`);
  lapStarted = now;
}

const server = await serve(dist);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
await mkdir(artifacts, { recursive: true });

/** Opens the app in a fresh context and records everything that must not happen. */
async function open({ locale, colorScheme, viewport, timezoneId }) {
  const context = await browser.newContext({ locale, colorScheme, viewport, timezoneId });
  const seen = { consoleErrors: [], foreign: [], requests: 0 };
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  // Every request passes here: same-origin ones go through, anything else is recorded and
  // refused, so a stray third-party request fails the check without leaving the machine.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    seen.requests++;
    if (url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:")) {
      return route.continue();
    }
    seen.foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error") seen.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => seen.consoleErrors.push(`uncaught: ${err.message}`));
  const started = Date.now();
  await page.goto(origin + "/");
  let rendered = true;
  try {
    await page.waitForSelector("h1", { timeout: 20000 });
    await page.waitForSelector(".lang-switch button", { timeout: 20000 });
  } catch {
    rendered = false;
  }
  return { context, page, seen, rendered, startMs: Date.now() - started };
}

async function finish(label, { context, page, seen }) {
  const csp = await page.evaluate(() => window.__csp ?? []).catch(() => ["(page gone)"]);
  check(seen.consoleErrors.length === 0, `${label}: no console errors`, seen.consoleErrors.join(" | "));
  check(csp.length === 0, `${label}: no CSP violations`, csp.join(" | "));
  check(seen.foreign.length === 0, `${label}: no request left 127.0.0.1`, seen.foreign.join(" "));
  await context.close();
}

const variants = [
  { name: "desktop-en-light", locale: "en-US", colorScheme: "light", viewport: { width: 1280, height: 900 } },
  { name: "desktop-ja-dark", locale: "ja-JP", colorScheme: "dark", viewport: { width: 1280, height: 900 } },
  { name: "phone-ja-light", locale: "ja-JP", colorScheme: "light", viewport: { width: 390, height: 844 } },
  { name: "phone-en-dark", locale: "en-US", colorScheme: "dark", viewport: { width: 390, height: 844 } },
];

try {
  for (const v of variants) {
    const session = await open(v);
    const { page } = session;
    check(session.rendered, `${v.name}: the app rendered (in ${session.startMs} ms)`);
    check((await page.title()) === "Sync Planner", `${v.name}: the page title is Sync Planner`);
    const h1 = session.rendered ? await page.textContent("h1") : "";
    check(h1 === "Sync Planner", `${v.name}: the header shows the product name`, h1);
    // With nothing remembered, the language follows the browser's.
    const expected = v.locale.startsWith("ja") ? "次の同期" : "Next sync";
    const heading = session.rendered ? await page.textContent("#answer-heading") : "";
    check(heading === expected, `${v.name}: the labels follow the browser language`, heading);
    await page.screenshot({ path: join(artifacts, `${v.name}.png`), fullPage: true });
    await finish(v.name, session);
  }
  lap("first look, four variants");

  // The chart is drawn at the size it is shown at, at every width and after a resize: its drawn
  // width (the SVG's own width) equals its displayed width within 2 px, its text is 11-15 CSS
  // px on screen, and the three Windows poll-set lanes keep distinct visible labels.
  const chartFacts = (page) =>
    page.evaluate(() => {
      const svg = document.querySelector(".chart svg");
      if (!svg) return null;
      const drawn = svg.width.baseVal.value;
      const shown = svg.getBoundingClientRect().width;
      const scale = shown / (svg.viewBox.baseVal?.width || drawn);
      const sizes = [...svg.querySelectorAll("text")].map((t) => Number(t.getAttribute("font-size")) * scale);
      const lanes = [...svg.querySelectorAll("text.lane-label")].map((t) => ({
        full: t.querySelector("title")?.textContent ?? "",
        shown: [...t.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(""),
      }));
      return { drawn, shown, sizes, lanes };
    });
  const checkChart = (facts, label) => {
    if (!facts) return check(false, `${label}: the chart is drawn`);
    check(Math.abs(facts.drawn - facts.shown) <= 2, `${label}: the chart is drawn at its displayed width`, `drawn ${facts.drawn}, shown ${facts.shown.toFixed(1)}`);
    const bad = facts.sizes.filter((px) => !(px >= 11 && px <= 15));
    check(facts.sizes.length > 0 && bad.length === 0, `${label}: chart text is 11-15 CSS px`, `${facts.sizes.length} labels, off: ${bad.map((x) => x.toFixed(1)).join(",")}`);
    const polls = facts.lanes.filter((l) => /^(Schedule|スケジュール) #[123]$/.test(l.full));
    const distinct = new Set(polls.map((l) => l.shown)).size;
    check(polls.length === 3 && distinct === 3, `${label}: the three poll-set lanes have distinct visible labels`, JSON.stringify(polls));
  };
  for (const locale of ["en-US", "ja-JP"]) {
    for (const width of [360, 768, 1366, 1920]) {
      const session = await open({ locale, colorScheme: "light", viewport: { width, height: 900 } });
      const label = `chart ${locale} ${width}px`;
      await session.page.waitForSelector(".chart svg", { timeout: 20000 }).catch(() => {});
      checkChart(await chartFacts(session.page), label);
      if (width === 1366) {
        await session.page.screenshot({ path: join(artifacts, `chart-${locale}-${width}.png`) });
        // A resize redraws the chart at the new width.
        await session.page.setViewportSize({ width: 700, height: 900 });
        await session.page.waitForFunction(() => {
          const svg = document.querySelector(".chart svg");
          return svg && Math.abs(svg.width.baseVal.value - svg.getBoundingClientRect().width) <= 2;
        }, null, { timeout: 5000 }).catch(() => {});
        checkChart(await chartFacts(session.page), `${label} resized to 700px`);
      }
      if (width === 360) await session.page.screenshot({ path: join(artifacts, `chart-${locale}-${width}.png`) });
      await finish(label, session);
    }
  }
  lap("chart geometry");

  // The language switch works in the built app and the choice survives a reload.
  const session = await open(variants[0]);
  const { page } = session;
  if (session.rendered) {
    await page.click("button[data-lang=ja]");
    const switched = await page.textContent("#answer-heading");
    check(switched === "次の同期", "switching to 日本語 changes the labels", switched);
    await page.reload();
    await page.waitForSelector("#answer-heading");
    const kept = await page.textContent("#answer-heading");
    check(kept === "次の同期", "the chosen language is remembered after a reload", kept);
    const lang = await page.getAttribute("html", "lang");
    check(lang === "ja", "the document's lang attribute follows the choice", lang);
    // Keyboard: the switch is reachable and operable without a mouse.
    await page.focus("button[data-lang=en]");
    await page.keyboard.press("Enter");
    const viaKeyboard = await page.textContent("#answer-heading");
    check(viaKeyboard === "Next sync", "the language switch works from the keyboard", viaKeyboard);
  } else {
    check(false, "language switch checks", "the app did not render");
  }
  await finish("language switch", session);
  lap("language switch");

  // The planner itself: an answer, a drawn timeline, events, keyboard use, presets, sharing.
  const planner = await open(variants[0]);
  {
    const { page } = planner;
    await page.waitForSelector(".answer-text", { timeout: 20000 });
    const state = await page.getAttribute(".answer-text", "data-state");
    check(state === "next", "a freshly enrolled device has a next sync", state);
    const answer = await page.textContent(".answer-body");
    check(/Schedule #[12]/.test(answer), "the answer names the schedule that runs next", answer);
    const markers = await page.locator(".chart svg circle, .chart svg polygon").count();
    check(markers > 3, "the timeline draws the events", `${markers} markers`);
    // The list is built after the first paint, below the answer and the chart.
    await page.waitForSelector("table.events tbody tr.line", { timeout: 5000 }).catch(() => {});
    const rows = await page.locator("table.events tbody tr.line").count();
    check(rows > 3, "the event list shows the events", `${rows} rows`);

    // The scenario's own settings start folded (nothing built yet) and open from the keyboard.
    const fold = 'details[data-fold="settings"]';
    const folded = await page.evaluate((sel) => {
      const d = document.querySelector(sel);
      return d ? { open: d.open, built: !!document.querySelector('input[data-path="device.enrolled_at"]') } : null;
    }, fold);
    check(folded && !folded.open && !folded.built, "the scenario's settings start folded, not yet built", JSON.stringify(folded));
    await page.focus(`${fold} > summary`);
    await page.keyboard.press("Enter");
    await page.waitForSelector('input[data-path="device.enrolled_at"]', { timeout: 5000 }).catch(() => {});
    const opened = await page.evaluate((sel) => document.querySelector(sel)?.open === true && !!document.querySelector('input[data-path="device.enrolled_at"]'), fold);
    check(opened, "the settings fold opens from the keyboard and builds its fields", String(opened));

    await page.focus(".chart");
    await page.keyboard.press("ArrowRight");
    const details = await page.textContent("#event-details");
    check(/UTC/.test(details) && /Schedule|Login|IME/.test(details), "arrow keys select an event and show its exact time and rule", details);

    await page.click("button[data-preset=debloat]");
    const never = await page.getAttribute(".answer-text", "data-state");
    const why = await page.textContent(".answer-body");
    check(never === "never" && why.includes("dmwappushservice"), "a disabled push service: no sync, and why", why);
    await page.screenshot({ path: join(artifacts, "planner-debloat-en.png"), fullPage: true });

    await page.click("button[data-preset=down-8-days]");
    const serverAnswer = await page.textContent(".answer-body");
    check(/cycle/i.test(serverAnswer), "an Entra Connect preset answers for the server", serverAnswer);
    await page.screenshot({ path: join(artifacts, "planner-server-en.png"), fullPage: true });

    // The address reproduces the plan: open it in a fresh page and compare the answers.
    await page.click("button[data-preset=weekend]");
    await page.click("button[data-action=copy-link]");
    const link = await page.inputValue(".link-out");
    check(link.startsWith(origin + "/#v2="), "copying the link gives a local address with the plan in its fragment", link.slice(0, 60));
    const expected = await page.getAttribute(".answer-text time", "datetime");
    const second = await planner.context.newPage();
    await second.goto(link);
    await second.waitForSelector(".answer-text time", { timeout: 20000 });
    const reproduced = await second.getAttribute(".answer-text time", "datetime");
    check(reproduced === expected, "a shared link reproduces the same answer", `${expected} vs ${reproduced}`);
    await second.close();

    // Interaction cost as a person feels it: from the click (or the typed value) to the next
    // painted frame, i.e. until two requestAnimationFrame callbacks have run. Medians and p90
    // over 30 repetitions of each interaction.
    const timings = await page.evaluate(async () => {
      const painted = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const stats = (xs) => {
        const s = [...xs].sort((a, b) => a - b);
        const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
        return { median: at(0.5), p90: at(0.9), n: s.length };
      };
      const out = {};
      // The measure's own floor: a click that changes nothing still waits for two frames
      // (the click runs at the start of one frame; the second requestAnimationFrame fires two
      // frame intervals later), so at 60 Hz no click can measure below ~33 ms.
      const idle = [];
      for (let i = 0; i < 30; i++) {
        await painted();
        const t0 = performance.now();
        document.querySelector("h1").click();
        await painted();
        idle.push(performance.now() - t0);
      }
      out.idle = stats(idle);
      const presets = ["fresh", "weekend", "debloat", "wizard", "interval-3h", "down-8-days"];
      const preset = [];
      const engine = [];
      for (let i = 0; i < 30; i++) {
        await painted();
        const button = document.querySelector(`button[data-preset="${presets[i % presets.length]}"]`);
        const t0 = performance.now();
        button.click();
        await painted();
        preset.push(performance.now() - t0);
        engine.push(Number(document.querySelector("[data-engine-ms]")?.dataset.engineMs ?? NaN));
      }
      out.preset = stats(preset);
      out.engine = stats(engine);
      // Adding a power-off from the "add what happens" menu, on the fresh device.
      document.querySelector('button[data-preset="fresh"]').click();
      await painted();
      const kind = document.querySelector("select[data-add-kind]");
      const addButton = document.querySelector('button[data-action="add"]');
      const powerOff = kind ? [...kind.options].findIndex((o) => /Power off|電源オフ/.test(o.textContent)) : -1;
      if (kind && addButton && powerOff >= 0) {
        kind.value = String(powerOff);
        kind.dispatchEvent(new Event("change", { bubbles: true }));
        const add = [];
        for (let i = 0; i < 30; i++) {
          await painted();
          const t0 = performance.now();
          addButton.click();
          await painted();
          add.push(performance.now() - t0);
        }
        out.addPowerOff = stats(add);
      }
      // Editing the enrolment time: a whole new value committed, as the date picker does.
      document.querySelector('button[data-preset="fresh"]').click();
      await painted();
      const input = document.querySelector('input[data-path="device.enrolled_at"]');
      if (input && input.value) {
        const base = input.value;
        const edit = [];
        for (let i = 0; i < 30; i++) {
          await painted();
          const d = new Date(base);
          d.setMinutes(d.getMinutes() - (i + 1) * 7);
          const pad = (n) => String(n).padStart(2, "0");
          const value = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
          const t0 = performance.now();
          input.value = value;
          input.dispatchEvent(new Event("input", { bubbles: true }));
          input.dispatchEvent(new Event("change", { bubbles: true }));
          await painted();
          edit.push(performance.now() - t0);
        }
        out.editEnrolment = stats(edit);
      }
      return out;
    });
    const fmt = (x) => (x ? `median ${x.median.toFixed(1)} ms, p90 ${x.p90.toFixed(1)} ms (n=${x.n})` : "not measured");
    // performance.now() is coarsened in browsers (about 0.1 ms here), so the engine's own time
    // may read as 0: report it as a bound, not as a measurement of zero.
    const engineMs = timings.engine?.median > 0 ? `${timings.engine.median.toFixed(3)} ms` : "below the browser timer's resolution (~0.1 ms)";
    console.log(`timing: click to next paint — preset switch ${fmt(timings.preset)}; add a power-off ${fmt(timings.addPowerOff)}; edit the enrolment time ${fmt(timings.editEnrolment)}; engine alone median ${engineMs}`);
    console.log(`timing: the measure's floor, a click that changes nothing — ${fmt(timings.idle)}`);
    check(Number.isFinite(timings.idle?.median), "the floor (a click that changes nothing) was measured", JSON.stringify(timings.idle));
    check(Number.isFinite(timings.preset?.median), "preset switch to paint was measured", JSON.stringify(timings.preset));
    check(Number.isFinite(timings.addPowerOff?.median), "adding a power-off to paint was measured", JSON.stringify(timings.addPowerOff));
    check(Number.isFinite(timings.editEnrolment?.median), "editing the enrolment time to paint was measured", JSON.stringify(timings.editEnrolment));
  }
  await finish("planner", planner);
  lap("planner and click timings");

  // The same interactions measured as browsers measure them (Interaction to Next Paint).
  await runInp({ check, browser, origin });
  lap("inp.mjs");

  // Start-up as a phone user feels it: navigation until the answer and the chart are on
  // screen, with the cache off, under CDP network throttling (9 Mbit/s down, 170 ms round trip)
  // and a 4x slower CPU; and the same unthrottled. Medians over 5 loads each. "phone,
  // compressed" is the phone profile with the build's precompressed copies sent (Brotli when
  // the browser accepts it, as a static host set up per docs/hosting.md sends them); the
  // others send the files as built.
  for (const profile of ["unthrottled", "phone", "phone, compressed"]) {
    serving.precompressed = profile === "phone, compressed";
    const loads = [];
    const firstPaints = [];
    const wasmEncodings = new Set();
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-US" });
      const { page } = await startPage(context, profile.startsWith("phone"));
      page.on("response", (r) => {
        if (r.url().endsWith(".wasm")) wasmEncodings.add(r.headers()["content-encoding"] ?? "none");
      });
      await page.goto(origin + "/", { waitUntil: "commit" });
      const ms = await answerOnScreen(page, 30000).catch(() => null);
      if (typeof ms === "number") loads.push(Math.round(ms));
      // The first paint: the page's own placeholder, before the wasm has arrived.
      const fcp = await page
        .evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null)
        .catch(() => null);
      if (typeof fcp === "number") firstPaints.push(Math.round(fcp));
      if (typeof ms === "number" && i === 0) {
        const placeholder = await page.evaluate(() => document.getElementById("boot") !== null);
        check(!placeholder, `start-up (${profile}): the loading placeholder is gone once the answer is on screen`, String(placeholder));
      }
      await context.close();
    }
    loads.sort((a, b) => a - b);
    firstPaints.sort((a, b) => a - b);
    const median = loads[Math.floor(loads.length / 2)];
    const fcpMedian = firstPaints[Math.floor(firstPaints.length / 2)];
    console.log(`timing: start-up (${profile}) navigation to answer and chart on screen — median ${median} ms, max ${loads.at(-1)} ms (n=${loads.length}); first paint (the loading placeholder) median ${fcpMedian} ms; wasm sent as ${[...wasmEncodings].join("/")}`);
    if (serving.precompressed) {
      check(wasmEncodings.size === 1 && wasmEncodings.has("br"), `start-up (${profile}): the wasm came as its Brotli copy`, [...wasmEncodings].join(","));
    }
    check(loads.length === 5, `start-up (${profile}) reached the answer and chart in every load`, `${loads.length}/5`);
    if (profile.startsWith("phone")) {
      // On a slow phone the page is not blank while the wasm downloads and starts: the
      // placeholder is painted at least half a second before the answer (without it, the
      // first paint is the answer's own).
      check(fcpMedian + 500 < median, `start-up (${profile}): something is painted long before the answer`, `first paint ${fcpMedian} ms, answer ${median} ms`);
    }
  }
  // The second visit under the phone profile, through the service worker.
  serving.precompressed = true;
  await runSecondVisit({ check, browser, origin });
  serving.precompressed = false;
  lap("start-up timings");

  // While the wasm is on its way the page shows its own placeholder, not a blank page.
  {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "ja-JP" });
    const page = await context.newPage();
    await page.route(/\.wasm$/, () => {}); // never answered: the app cannot start
    await page.goto(origin + "/", { waitUntil: "load" }).catch(() => {});
    const shown = await page.evaluate(() => {
      const boot = document.getElementById("boot");
      const title = boot?.querySelector(".boot-title");
      return { text: boot?.textContent ?? "", height: title ? title.getBoundingClientRect().height : 0 };
    });
    check(shown.height > 20 && /Sync Planner/.test(shown.text) && /次の同期/.test(shown.text), "before the app arrives, the page shows its name and says it is working, in both languages", JSON.stringify(shown));
    await page.screenshot({ path: join(artifacts, "loading-placeholder-phone.png") });
    await context.close();
  }

  // A damaged link says so and opens the default plan, without an error in the console.
  const damaged = await open(variants[0]);
  {
    const { page } = damaged;
    // A fresh load, not a fragment change on the open page.
    await page.goto("about:blank");
    await page.goto(origin + "/#s=not-a-plan!");
    await page.waitForSelector(".link-error", { timeout: 20000 }).catch(() => {});
    const message = (await page.textContent(".link-error").catch(() => "")) ?? "";
    check(/link/i.test(message), "a damaged link is reported in the page", message);
    const state = await page.getAttribute(".answer-text", "data-state").catch(() => null);
    check(state === "next", "and the default plan is shown instead", state);
    // A good link pasted into the address bar of the open tab is followed.
    // The address follows the plan once the page is quiet (150 ms): let it settle, then wait
    // for it to follow the click before taking it as the link to paste.
    await page.waitForTimeout(400);
    const shown = await page.evaluate(() => location.hash);
    await page.click("button[data-preset=debloat]");
    await page.waitForFunction((was) => location.hash !== was, shown, { timeout: 5000 }).catch(() => {});
    const good = await page.evaluate(() => location.hash);
    await page.click("button[data-preset=fresh]");
    // A person pastes after the address has followed the click (a paste that comes sooner
    // also wins: the write still waiting is dropped on hashchange).
    await page.waitForTimeout(400);
    await page.evaluate((hash) => { location.hash = hash; }, good);
    await page.waitForSelector(".answer-text[data-state=never]", { timeout: 5000 }).catch(() => {});
    const followed = await page.getAttribute(".answer-text", "data-state");
    check(followed === "never", "a link pasted into an open tab is followed", followed);
  }
  await finish("damaged link", damaged);
  lap("placeholder and damaged link");

  // Checks kept in their own files, one per topic: each exports `run(ctx)`.
  const ctx = { open, finish, check, origin, browser, artifacts, dist, subpathDist };
  await runEngfirst(ctx);
  lap("engfirst.mjs");
  await runForms(ctx);
  lap("forms.mjs");
  await runView(ctx);
  lap("view.mjs");
  await runLinks(ctx);
  lap("links.mjs");
  await runExports(ctx);
  lap("exports.mjs");
  await runImport(ctx);
  lap("import.mjs");
  await runSharedFile(ctx);
  lap("shared_file.mjs");
  await runStories(ctx);
  lap("stories.mjs");
  await runFirstUse(ctx);
  lap("first_use.mjs");
  await runPeriod(ctx);
  lap("period.mjs");
  await runChartText(ctx);
  lap("chart_text.mjs");
  await runReview(ctx);
  lap("review.mjs");
  await runHosting(ctx);
  lap("hosting.mjs");
  void ctx;
} catch (err) {
  check(false, "the end-to-end run completed", String(err?.stack ?? err));
} finally {
  await browser.close();
  server.close();
}

console.log(`screenshots: ${artifacts}`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
