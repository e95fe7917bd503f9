// Where a preset switch spends its time: serves a release build the way e2e.mjs does, opens it
// in headless Chromium, and clicks through the six preset stories 30 times (click, then two
// requestAnimationFrames, as the e2e's timing check does) under the CDP sampling profiler.
// Prints the click-to-paint median / p90, the renderer's own counters (layout, style, script)
// per switch, and the functions with the most self time. Not part of the e2e: run it by hand.
//
// Usage: node tests/e2e/profile.mjs [dist-dir] [top-n]

import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const dist = resolve(process.argv[2] ?? join(here, "../../dist"));
const topN = Number(process.argv[3] ?? 25);
const server = await serve(dist);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(origin + "/");
  await page.waitForSelector(".answer-text[data-state]");
  await page.waitForSelector(".event-scroll", { timeout: 10000 }).catch(() => {});
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  const metrics = async () =>
    Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  await cdp.send("Profiler.start");
  const times = await page.evaluate(async () => {
    const painted = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const presets = ["fresh", "weekend", "debloat", "wizard", "interval-3h", "down-8-days"];
    const out = [];
    for (let i = 0; i < 30; i++) {
      await painted();
      const t0 = performance.now();
      document.querySelector(`button[data-preset="${presets[i % presets.length]}"]`).click();
      await painted();
      out.push(performance.now() - t0);
    }
    return out;
  });
  const { profile } = await cdp.send("Profiler.stop");
  const after = await metrics();

  const s = [...times].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  console.log(`click to paint: median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms (n=${s.length})`);
  for (const k of ["LayoutDuration", "RecalcStyleDuration", "ScriptDuration", "TaskDuration"]) {
    console.log(`${k}: ${(((after[k] - before[k]) * 1000) / 30).toFixed(2)} ms a switch`);
  }
  console.log(`LayoutCount: ${((after.LayoutCount - before.LayoutCount) / 30).toFixed(1)} a switch; RecalcStyleCount: ${((after.RecalcStyleCount - before.RecalcStyleCount) / 30).toFixed(1)}`);

  // Self time per function, from the samples and the time deltas between them.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const f = n.callFrame;
    const file = f.url ? f.url.split("/").pop() : "";
    const key = `${f.functionName || "(anonymous)"} ${file ? `[${file}]` : ""}`.trim();
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`profiled ${total.toFixed(0)} ms; self time a switch, top ${topN}:`);
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, topN)) {
    console.log(`  ${(ms / 30).toFixed(2).padStart(7)} ms  ${k}`);
  }
  // Inclusive time of a few named JS entry points (the glue between wasm and the DOM).
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur).callFrame.functionName;
      if (name && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      }
    }
  });
  console.log(`inclusive time a switch, top ${topN}:`);
  for (const [k, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, topN)) {
    console.log(`  ${(ms / 30).toFixed(2).padStart(7)} ms  ${k}`);
  }
  await context.close();
} finally {
  await browser.close();
  server.close();
}
