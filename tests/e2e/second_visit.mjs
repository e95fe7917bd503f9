// The second visit under the phone profile: once the first visit has installed the service
// worker (which keeps the page, its scripts and the wasm) and the browser has kept the wasm's
// compiled code, how long until the answer and the chart are on screen again. Each later visit
// is a new tab in the same browser profile, under the phone profile (CDP: 9 Mbit/s, 170 ms
// round trip, CPU x4) with the browser's caches on, as a person's second visit is. A report,
// not a gate; the check is that the wasm really came from the service worker.

import { answerOnScreen, startPage } from "./phone.mjs";

const VISITS = 5;

export async function run({ check, browser, origin }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-US" });
  try {
    // The first visit, unthrottled (its time is measured elsewhere): wait until the worker has
    // stored the files and controls the page, then give the browser time to keep the wasm's
    // compiled code.
    const first = await context.newPage();
    await first.goto(origin + "/");
    await answerOnScreen(first, 30000);
    const ready = await first
      .evaluate(() =>
        Promise.race([
          navigator.serviceWorker.ready.then((r) => !!r.active),
          new Promise((ok) => setTimeout(() => ok(false), 15000)),
        ]),
      )
      .catch(() => false);
    check(ready, "second visit: the first visit installed the service worker");
    await first.waitForTimeout(2000);
    await first.close();

    const times = [];
    const wasmFrom = new Set();
    for (let i = 0; i < VISITS; i++) {
      const { page } = await startPage(context, true, { warm: true });
      page.on("response", (r) => {
        if (r.url().endsWith(".wasm")) wasmFrom.add(r.fromServiceWorker() ? "service worker" : "network");
      });
      await page.goto(origin + "/", { waitUntil: "commit" });
      const ms = await answerOnScreen(page, 30000).catch(() => null);
      if (typeof ms === "number") times.push(Math.round(ms));
      await page.close();
    }
    times.sort((a, b) => a - b);
    console.log(
      `timing: start-up (phone, second visit) navigation to answer and chart on screen — median ${times[Math.floor(times.length / 2)]} ms, max ${times.at(-1)} ms (n=${times.length}); wasm from ${[...wasmFrom].join("/")}`,
    );
    check(times.length === VISITS, "second visit: the answer and chart came in every visit", `${times.length}/${VISITS}`);
    check(wasmFrom.size === 1 && wasmFrom.has("service worker"), "second visit: the wasm came from the service worker's cache", [...wasmFrom].join(","));
  } finally {
    await context.close();
  }
}
