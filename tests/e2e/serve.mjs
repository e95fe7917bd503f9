// The static file server the end-to-end check and the profilers serve a build with: a dist
// directory on an ephemeral loopback port, nothing outside it, each file with its type. It
// behaves as the static hosts in docs/hosting.md are set up to: when `serving.precompressed`
// is on, a file with a `.br` copy beside it (scripts/compress.mjs writes them) is sent as that
// copy to a browser that accepts Brotli, else its `.gz` copy to one that accepts gzip, else as
// it is; and a build made for a sub-path (`trunk build --public-url /sub/path/`) can be served
// under that prefix only, as a host serves a project's pages under its name.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** Whether precompressed copies are sent, as static hosts send them: off for every check but
 *  the start-up profiles that say what a phone waits for from a real host. */
export const serving = { precompressed: false };

/** Which encodings the request accepts, by name (q=0 means refused). */
function accepted(header) {
  const names = new Set();
  for (const part of (header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) names.add(name);
  }
  return names;
}

/** A static file server for `root`, on an ephemeral loopback port. With `prefix` (such as
 *  "/sub/path/"), only addresses under it are served, from `root`; the rest are 404s. Every
 *  request answered 404 is listed in the server's `notFound`. */
export async function serve(root, { prefix = "/" } = {}) {
  const notFound = [];
  const server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
      // The prefix itself without its slash is redirected, as hosts do for a directory.
      if (prefix !== "/" && pathname === prefix.slice(0, -1)) {
        res.writeHead(301, { location: prefix });
        res.end();
        return;
      }
      if (!pathname.startsWith(prefix)) throw new Error("outside the prefix");
      let file = normalize(join(root, pathname.slice(prefix.length - 1)));
      if (!file.startsWith(root + sep) && file !== root) throw new Error("outside");
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      const headers = { "content-type": MIME[extname(file)] ?? "application/octet-stream" };
      let body = null;
      if (serving.precompressed) {
        const accepts = accepted(req.headers["accept-encoding"]);
        for (const [encoding, ext] of [["br", ".br"], ["gzip", ".gz"]]) {
          const copy = await readFile(file + ext).catch(() => null);
          if (copy) headers.vary = "accept-encoding";
          if (copy && !body && accepts.has(encoding)) {
            body = copy;
            headers["content-encoding"] = encoding;
          }
        }
      }
      body ??= await readFile(file);
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      notFound.push(req.url);
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  server.notFound = notFound;
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return server;
}
