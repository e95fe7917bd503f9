// Trunk post_build hook (run last, after offline.py): writes `<file>.br` and `<file>.gz` beside
// each built file of a release build, so that a static host sends them precompressed at the
// strongest settings (Brotli quality 11, gzip -9) instead of compressing on the fly at a weak
// level, or not at all. nginx (`gzip_static`, `brotli_static`), IIS, Azure Static Web Apps and
// the e2e's own server pick them by the request's Accept-Encoding: see docs/hosting.md.
//
// Brotli and gzip come from Node's own zlib (the same Brotli library Google publishes, built
// into Node since 11.7), so the build needs nothing beyond the Node it already runs wasm-opt
// with. A compressed copy is kept only when it is smaller than its file (a PNG usually is not);
// a host then sends the file as it is. Debug builds (`trunk serve --dev`) skip all of this.
//
// It runs after offline.py on purpose: the service worker's list of files (and its cache name)
// is made from the files as built, never from these copies, and sw.js itself gets its copies.

import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("compress.mjs: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)");
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== "release") {
  console.log("compress.mjs: a debug build, no compressed copies written");
  process.exit(0);
}

/** Every file under `dir`, copies from an earlier run left out. */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(br|gz)$/.test(name) ? [] : [path];
  });
}

let written = 0;
const skipped = [];
for (const path of files(staging)) {
  const body = readFileSync(path);
  const copies = {
    br: brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gz: gzipSync(body, { level: 9 }),
  };
  for (const [ext, packed] of Object.entries(copies)) {
    const out = `${path}.${ext}`;
    if (packed.length < body.length) {
      writeFileSync(out, packed);
      written++;
    } else {
      // A copy from an earlier build in the same place must not outlive its file.
      try {
        unlinkSync(out);
      } catch {}
      skipped.push(`${relative(staging, path)}.${ext}`);
    }
  }
  if (path.endsWith(".wasm")) {
    console.log(`compress.mjs: ${relative(staging, path)}: ${body.length} B, brotli ${copies.br.length} B, gzip -9 ${copies.gz.length} B`);
  }
}
console.log(
  `compress.mjs: wrote ${written} compressed copies` +
    (skipped.length ? `; none where it would not be smaller: ${skipped.join(", ")}` : ""),
);
