#!/usr/bin/env python3
"""Draws the app icon (public/icon.svg: a rounded square, a ring, two hands) as PNGs for the web
app manifest, with no image library: `python3 scripts/icons.py public` writes icon-192.png and
icon-512.png. Run it again only if the icon changes; the PNGs are committed."""
# 4x4 supersampling per pixel gives the edges their anti-aliasing.
import math, struct, zlib, sys
def seg_dist(px,py,ax,ay,bx,by):
    dx,dy=bx-ax,by-ay; t=max(0,min(1,((px-ax)*dx+(py-ay)*dy)/(dx*dx+dy*dy)))
    return math.hypot(px-ax-t*dx,py-ay-t*dy)
def inside_rr(x,y):
    r=96; cx=min(max(x,r),512-r); cy=min(max(y,r),512-r)
    return math.hypot(x-cx,y-cy)<=r if (x<r or x>512-r) and (y<r or y>512-r) else 0<=x<=512 and 0<=y<=512
def white(x,y):
    if abs(math.hypot(x-256,y-256)-150)<=18: return True
    if seg_dist(x,y,256,160,256,256)<=20 or seg_dist(x,y,256,256,328,304)<=20: return True
    return False
def render(size):
    s=512/size; rows=[]
    for j in range(size):
        row=bytearray([0])
        for i in range(size):
            a=w=0
            for sj in range(4):
                for si in range(4):
                    x=(i+(si+.5)/4)*s; y=(j+(sj+.5)/4)*s
                    if inside_rr(x,y):
                        a+=1
                        if white(x,y): w+=1
            A=a/16; W=w/max(a,1)
            bg=(0x0b,0x5c,0xad)
            c=[round(bg[k]*(1-W)+255*W) for k in range(3)]
            row+=bytes(c+[round(255*A)])
        rows.append(bytes(row))
    raw=b''.join(rows)
    def chunk(t,d): return struct.pack('>I',len(d))+t+d+struct.pack('>I',zlib.crc32(t+d)&0xffffffff)
    return b'\x89PNG\r\n\x1a\n'+chunk(b'IHDR',struct.pack('>IIBBBBB',size,size,8,6,0,0,0))+chunk(b'IDAT',zlib.compress(raw,9))+chunk(b'IEND',b'')
for size in (192,512):
    open(f'{sys.argv[1]}/icon-{size}.png','wb').write(render(size))
