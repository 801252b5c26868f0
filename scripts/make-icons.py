#!/usr/bin/env python3
"""Draws the app icons (three ascending steps on the accent colour) as PNG files.

Run once when the design changes; the PNGs are committed. Usage: make-icons.py OUT_DIR
"""
import struct
import sys
import zlib

ACCENT = (11, 92, 173)
WHITE = (255, 255, 255)


def png(path, size, maskable):
    # Rounded corners for the plain icon; full bleed for the maskable one (the launcher
    # crops it), with the steps inside the 80% safe zone.
    radius = 0 if maskable else size * 0.18
    inset = size * (0.24 if maskable else 0.2)
    span = size - 2 * inset
    bar_w = span / 3.4
    gap = (span - 3 * bar_w) / 2
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            inside = True
            if radius:
                cx = min(max(x + 0.5, radius), size - radius)
                cy = min(max(y + 0.5, radius), size - radius)
                inside = (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= radius * radius
            if not inside:
                row += bytes((0, 0, 0, 0))
                continue
            color = ACCENT
            for i in range(3):
                left = inset + i * (bar_w + gap)
                top = inset + span * (2 - i) / 3
                if left <= x < left + bar_w and top <= y < inset + span:
                    color = WHITE
            row += bytes(color) + b"\xff"
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)))
        f.write(chunk(b"IDAT", raw))
        f.write(chunk(b"IEND", b""))


out = sys.argv[1] if len(sys.argv) > 1 else "public/icons"
png(f"{out}/icon-192.png", 192, False)
png(f"{out}/icon-512.png", 512, False)
png(f"{out}/maskable-512.png", 512, True)
png(f"{out}/apple-touch-icon.png", 180, True)
