// What start-up means in these checks, in one place for the end-to-end check and the start-up
// profiler: a fresh page with the cache off, under the phone profile (CDP: 9 Mbit/s down,
// 170 ms round trip, a 4x slower CPU) or unthrottled; and "the answer on screen", the moment
// the answer's text and a laid-out chart are both there.

/** A new page in `context` with the cache off (unless `warm`: a second visit, with the
 *  browser's caches as the first visit left them) and, when `phone`, the phone profile applied. */
export async function startPage(context, phone, { warm = false } = {}) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: !warm });
  if (phone) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 170,
      downloadThroughput: (9 * 1024 * 1024) / 8,
      uploadThroughput: (1 * 1024 * 1024) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  }
  return { page, cdp };
}

/** Milliseconds from navigation until the answer and the chart are on screen (the page's own
 *  clock, checked in each animation frame); rejects after `timeout` ms. */
export function answerOnScreen(page, timeout) {
  return page
    .waitForFunction(() => {
      const a = document.querySelector(".answer-text[data-state]");
      const svg = document.querySelector(".chart svg");
      return a && svg && svg.getBoundingClientRect().width > 0 ? performance.now() : false;
    }, null, { timeout, polling: "raf" })
    .then((h) => h.jsonValue());
}
