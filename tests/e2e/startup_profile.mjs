// Where start-up spends its time: serves a release build the way e2e.mjs does (its precompressed
// copies), loads
// it in headless Chromium under the e2e's phone profile (or unthrottled), and traces the
// renderer from navigation until the answer and the chart are on screen. Prints, per load:
// when the placeholder was painted and the answer shown; the renderer main thread's time by
// kind (lazy compilation of wasm functions on their first call, forced and frame style and
// layout, script, parsing); and how many wasm functions, and how many bytes of their code,
// were compiled on the way. Not part of the e2e: run it by hand when working on start-up.
//
// Usage: node tests/e2e/startup_profile.mjs [dist-dir] [phone|unthrottled] [loads]

import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { answerOnScreen, startPage } from "./phone.mjs";
import { serve, serving } from "./serve.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const dist = resolve(process.argv[2] ?? join(here, "../../dist"));
const phone = (process.argv[3] ?? "phone") === "phone";
const loads = Number(process.argv[4] ?? 3);

/** Each function body's size in bytes, by function index (imports first), from a wasm file. */
function functionSizes(bytes) {
  let i = 8;
  const leb = () => {
    let r = 0;
    let s = 0;
    for (;;) {
      const b = bytes[i++];
      r += (b & 0x7f) * 2 ** s;
      s += 7;
      if (b < 0x80) return r;
    }
  };
  let imports = 0;
  const sizes = [];
  while (i < bytes.length) {
    const id = bytes[i++];
    const len = leb();
    const end = i + len;
    if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        i += leb(); // module name
        i += leb(); // field name
        const kind = bytes[i++];
        if (kind === 0) {
          leb();
          imports++;
        } else if (kind === 1) {
          i++;
          const flags = leb();
          leb();
          if (flags & 1) leb();
        } else if (kind === 2) {
          const flags = leb();
          leb();
          if (flags & 1) leb();
        } else if (kind === 3) i += 2;
        else if (kind === 4) {
          i++;
          leb();
        }
      }
    } else if (id === 10) {
      for (let n = leb(); n > 0; n--) {
        const size = leb();
        sizes.push(size);
        i += size;
      }
    }
    i = end;
  }
  return { imports, sizes };
}

const wasmFile = (await import("node:fs")).readdirSync(dist).find((f) => f.endsWith(".wasm"));
const { imports, sizes } = functionSizes(await readFile(join(dist, wasmFile)));
const totalCode = sizes.reduce((a, b) => a + b, 0);

const server = await serve(dist);
serving.precompressed = true;
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
// Main-thread kinds, by trace event. They overlap (a forced layout happens inside a script
// call, and most lazy compilation too), so the lines do not add up.
const kinds = [
  ["script and wasm called from script", (e) => e.name === "FunctionCall" || e.name === "EvaluateScript" || e.name === "v8.evaluateModule"],
  ["lazy compilation of wasm functions on first call", (e) => e.name === "wasm.CompileLazy"],
  ["style and layout forced by a script reading layout", (e) => e.name === "Blink.ForcedStyleAndLayout.UpdateTime"],
  ["style recalculation, all", (e) => e.name === "UpdateLayoutTree"],
  ["layout, all", (e) => e.name === "Layout"],
  ["paint", (e) => e.name === "Paint"],
  ["HTML parsing", (e) => e.name === "ParseHTML"],
];
try {
  for (let n = 0; n < loads; n++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-US" });
    const { page } = await startPage(context, phone);
    await browser.startTracing(page, {
      categories: ["devtools.timeline", "v8.wasm", "disabled-by-default-v8.wasm.detailed", "blink", "v8"],
    });
    await page.goto(origin + "/", { waitUntil: "commit" });
    const answer = await answerOnScreen(page, 60000);
    const firstPaint = await page.evaluate(
      () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    );
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const threads = new Map();
    for (const e of events) if (e.ph === "M" && e.name === "thread_name") threads.set(`${e.pid}:${e.tid}`, e.args.name);
    const onMain = events.filter(
      (e) => e.ph === "X" && typeof e.dur === "number" && threads.get(`${e.pid}:${e.tid}`) === "CrRendererMain",
    );
    console.log(
      `load ${n + 1} (${phone ? "phone" : "unthrottled"}, compressed): first paint ${firstPaint.toFixed(0)} ms, answer and chart ${answer.toFixed(0)} ms (tracing slows both)`,
    );
    for (const [label, test] of kinds) {
      const ms = onMain.filter(test).reduce((a, e) => a + e.dur / 1000, 0);
      console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${label}`);
    }
    if (process.env.LAYOUTS) {
      const t0 = Math.min(...onMain.map((e) => e.ts));
      for (const e of onMain.filter((x) => x.name === "Layout" && x.dur > 5000)) {
        console.log(`    layout at ${((e.ts - t0) / 1000).toFixed(0)} ms took ${(e.dur / 1000).toFixed(0)} ms`);
      }
    }
    const compiled = new Set(
      events.filter((e) => e.name === "wasm.CompileLazy").map((e) => e.args?.func_index).filter((x) => x !== undefined),
    );
    const bytes = [...compiled].reduce((a, f) => a + (sizes[f - imports] ?? 0), 0);
    console.log(
      `  ${compiled.size} of ${sizes.length} wasm functions compiled before the answer: ${bytes} of ${totalCode} bytes of code (${((100 * bytes) / totalCode).toFixed(0)}%)`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
