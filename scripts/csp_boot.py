#!/usr/bin/env python3
"""Trunk post_build hook: move Trunk's inline start-up script into a same-origin file.

Trunk loads the wasm with an inline <script type="module">. The page's Content-Security-Policy
allows scripts from 'self' only, so inline code would be refused and the app would stay blank.
This hook writes the script to boot-<hash>.js in the staging directory and points a
<script src> at it. It fails loudly if the page has no such script or more than one, because
either means Trunk changed and the CSP would need a fresh look. It also checks that the page
still preloads the app's JS and wasm (a warning if not), which keeps the boot chain short.
"""

import hashlib
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("csp_boot.py: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)")
public_url = os.environ.get("TRUNK_PUBLIC_URL", "/")
index = os.path.join(staging, "index.html")
html = open(index, encoding="utf-8").read()

inline = re.compile(r"<script type=\"?module\"?>(.*?)</script>", re.S)
found = inline.findall(html)
if len(found) != 1:
    sys.exit(f"csp_boot.py: expected one inline module script in index.html, found {len(found)}")

code = found[0].strip() + "\n"
name = f"boot-{hashlib.sha256(code.encode()).hexdigest()[:16]}.js"
with open(os.path.join(staging, name), "w", encoding="utf-8") as out:
    out.write(code)
tag = f'<script type="module" src="{public_url.rstrip("/")}/{name}"></script>'
html = inline.sub(lambda _: tag, html, count=1)
open(index, "w", encoding="utf-8").write(html)
print(f"csp_boot.py: moved Trunk's start-up script to {name}")

# The boot chain stays two requests deep only if the page preloads the app's JS and wasm, so
# they download alongside the boot script instead of after it. Trunk 0.21 emits both links;
# say so loudly if a Trunk change drops them (a warning: the app still works, only slower).
links = re.findall(r"<link\b[^>]*>", html)
wasm_preload = any(re.search(r'rel="?preload"?', l) and ".wasm" in l for l in links)
js_preload = any(re.search(r'rel="?modulepreload"?', l) and ".js" in l for l in links)
if not (wasm_preload and js_preload):
    print(
        "csp_boot.py: warning: index.html lacks "
        + " and ".join(w for w, ok in [("the wasm preload", wasm_preload), ("the JS modulepreload", js_preload)] if not ok)
        + "; the first answer waits an extra round trip",
        file=sys.stderr,
    )
