#!/usr/bin/env python3
"""Where the wasm's bytes are, without twiggy: per-function code size from a wasm that still has
its name section (the one cargo writes, target/wasm32-unknown-unknown/release/sync-planner.wasm,
before wasm-bindgen and wasm-opt strip the names).

    python3 scripts/wasm_sizes.py WASM [top|monos|crates] [N]

top: the N largest functions; monos: sizes summed over a generic function's copies; crates:
summed by the first path segment of the name. Sizes are before wasm-opt (about 15% smaller).
"""
import sys, re, collections
data = open(sys.argv[1], 'rb').read()
def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1; r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, i
assert data[:4] == b'\0asm'
i = 8; sections = []
while i < len(data):
    sid = data[i]; i += 1
    n, i = leb(data, i); sections.append((sid, i, n)); i += n
nimports = 0; sizes = []; names = {}; datasize = 0; secsize = collections.Counter()
for sid, off, n in sections:
    secsize[sid] += n
    if sid == 2:
        j = off; cnt, j = leb(data, j)
        for _ in range(cnt):
            l, j = leb(data, j); j += l; l, j = leb(data, j); j += l
            kind = data[j]; j += 1
            if kind == 0: _, j = leb(data, j); nimports += 1
            elif kind == 1: j += 1; fl, j = leb(data, j); _, j = leb(data, j); j = (leb(data, j)[1] if fl & 1 else j)
            elif kind == 2: fl, j = leb(data, j); _, j = leb(data, j); j = (leb(data, j)[1] if fl & 1 else j)
            elif kind == 3: j += 2
            elif kind == 4: j += 1; _, j = leb(data, j)
    elif sid == 10:
        j = off; cnt, j = leb(data, j)
        for _ in range(cnt):
            l, j2 = leb(data, j); sizes.append(l + (j2 - j)); j = j2 + l
    elif sid == 0:
        l, j = leb(data, off); nm = data[j:j+l]; j += l
        if nm == b'name':
            end = off + n
            while j < end:
                sub = data[j]; j += 1; sl, j = leb(data, j); se = j + sl
                if sub == 1:
                    cnt, k = leb(data, j)
                    for _ in range(cnt):
                        idx, k = leb(data, k); l, k = leb(data, k); names[idx] = data[k:k+l].decode('utf8', 'replace'); k += l
                j = se
funcs = [(sizes[x], names.get(nimports + x, f'func[{nimports+x}]')) for x in range(len(sizes))]
def demangle(n):
    if not n.startswith('_ZN'): return n
    i = 3; parts = []
    while i < len(n) and n[i] != 'E':
        m = re.match(r'\d+', n[i:])
        if not m: break
        l = int(m.group()); i += len(m.group()); parts.append(n[i:i+l]); i += l
    if parts and re.fullmatch(r'h[0-9a-f]{16}', parts[-1]): parts.pop()
    t = '::'.join(p[1:] if p.startswith('_$') else p for p in parts)
    for a, b in [('$LT$','<'),('$GT$','>'),('$u20$',' '),('$RF$','&'),('$BP$','*'),('$C$',','),('$u7b$','{'),('$u7d$','}'),('$u5b$','['),('$u5d$',']'),('$u27$',"'"),('$SP$','@'),('..','::')]:
        t = t.replace(a, b)
    return t
funcs = [(s, demangle(n)) for s, n in funcs]
code = sum(s for s, _ in funcs)
print(f'sections: ' + ', '.join(f'{k}:{v}' for k, v in sorted(secsize.items())), 'code total', code, 'funcs', len(funcs))
mode = sys.argv[2] if len(sys.argv) > 2 else 'top'
N = int(sys.argv[3]) if len(sys.argv) > 3 else 40
if mode == 'top':
    for s, n in sorted(funcs, reverse=True)[:N]: print(f'{s:8d} {100*s/code:5.2f}% {n[:150]}')
else:
    g = collections.Counter(); c = collections.Counter()
    for s, n in funcs:
        if mode == 'monos': k = re.sub(r'<.*>', '<…>', re.sub(r'::h[0-9a-f]{16}$', '', n))
        else:  # crates: first path segment, looking into <impl X for Y>
            m = re.match(r'^_?<?&?(?:mut )?(?:dyn )?([A-Za-z_0-9]+)', n); k = m.group(1) if m else n
        g[k] += s; c[k] += 1
    for k, s in g.most_common(N): print(f'{s:8d} {100*s/code:5.2f}% {c[k]:4d}x {k[:150]}')
