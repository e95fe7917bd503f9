// Ready to host: the release build carries a Brotli and a gzip copy of each file that
// compresses, each one decoding to its file byte for byte.

import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

/** Files that any static host compresses: each must have both copies beside it. */
const TEXT = /\.(html|js|css|wasm|json|svg)$/;

export async function run({ check, dist }) {
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
}
