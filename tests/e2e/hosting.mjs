// Ready to host (docs/hosting.md): the release build carries a Brotli and a gzip copy of each
// file that compresses, each one decoding to its file byte for byte; and a build made for a
// sub-path (`trunk build --release --public-url /sub/path/`), served under that prefix only as
// GitHub Pages serves a project, shows its answer with no console error and no 404, and its
// service worker, manifest and shared links all stay under the prefix.

import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { serve } from "./serve.mjs";

/** The sub-path the e2e's second build is made for (scripts/test.sh builds it). */
export const SUBPATH = "/sub/path/";

/** Files that any static host compresses: each must have both copies beside it. */
const TEXT = /\.(html|js|css|wasm|json|svg)$/;

export async function run({ check, browser, dist, subpathDist }) {
  // The copies scripts/compress.mjs writes, checked against the files they stand for.
  const built = readdirSync(dist).filter((f) => !/\.(br|gz)$/.test(f));
  const missing = [];
  const wrong = [];
  let copies = 0;
  for (const f of built) {
    const body = readFileSync(join(dist, f));
    for (const [ext, decode] of [[".br", brotliDecompressSync], [".gz", gunzipSync]]) {
      const copy = join(dist, f + ext);
      if (!existsSync(copy)) {
        if (TEXT.test(f)) missing.push(f + ext);
        continue;
      }
      copies++;
      if (!decode(readFileSync(copy)).equals(body)) wrong.push(f + ext);
    }
  }
  check(built.some((f) => f.endsWith(".wasm")) && missing.length === 0, "the build has a .br and a .gz copy of each text and wasm file", `missing: ${missing.join(", ")}`);
  check(copies > 0 && wrong.length === 0, `each compressed copy (${copies}) decodes to its file`, `differ: ${wrong.join(", ")}`);

  // The sub-path build, served under its prefix only.
  if (!subpathDist || !existsSync(join(subpathDist, "index.html"))) {
    check(false, "the sub-path build is there to serve", `${subpathDist}: build it with trunk build --release --public-url ${SUBPATH} --dist <dir>`);
    return;
  }
  const server = await serve(subpathDist, { prefix: SUBPATH });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } });
  try {
    const errors = [];
    const failed = [];
    const page = await context.newPage();
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
    page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    // Opened from the address without its slash, as a person may type it: the host redirects.
    await page.goto(origin + SUBPATH.slice(0, -1));
    const state = await page
      .waitForSelector(".answer-text[data-state]", { timeout: 20000 })
      .then((el) => el.getAttribute("data-state"))
      .catch(() => null);
    check(state === "next", `served under ${SUBPATH}: the answer renders`, String(state));
    // The service worker registers after the first paint: under the prefix, for the prefix.
    const worker = await page
      .evaluate(() =>
        Promise.race([
          navigator.serviceWorker.ready.then((r) => ({ scope: r.scope, script: r.active?.scriptURL })),
          new Promise((ok) => setTimeout(() => ok(null), 10000)),
        ]),
      )
      .catch((e) => String(e));
    check(
      worker?.scope === origin + SUBPATH && worker?.script === `${origin}${SUBPATH}sw.js`,
      `served under ${SUBPATH}: the service worker is the prefix's own`,
      JSON.stringify(worker),
    );
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector("link[rel=manifest]")?.href;
      const res = href ? await fetch(href) : null;
      return { href, ok: res?.ok ?? false };
    });
    check(manifest.ok && manifest.href === `${origin}${SUBPATH}manifest.json`, `served under ${SUBPATH}: the manifest is found under the prefix`, JSON.stringify(manifest));
    await page.click("button[data-action=copy-link]").catch(() => {});
    const link = await page.inputValue(".link-out").catch(() => "");
    check(link.startsWith(`${origin}${SUBPATH}#`), `served under ${SUBPATH}: a copied link stays under the prefix`, link.slice(0, 80));
    // A second load comes through the service worker and its cache: still whole.
    await page.reload();
    const again = await page.waitForSelector(".answer-text[data-state]", { timeout: 20000 }).then(() => true).catch(() => false);
    check(again, `served under ${SUBPATH}: a reload through the service worker renders again`);
    check(errors.length === 0, `served under ${SUBPATH}: no console errors`, errors.join(" | "));
    check(failed.length === 0 && server.notFound.length === 0, `served under ${SUBPATH}: no 404`, [...failed, ...server.notFound].join(" "));
  } finally {
    await context.close();
    server.close();
  }
}
