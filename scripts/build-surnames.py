#!/usr/bin/env python3
"""Builds rules/surnames-us.tsv: US surnames with their frequency rank.

Source: the US Census Bureau's 1990 surname list (`dist.all.last`, public domain, US government
data) as shipped in the `names` 0.3.0 package on PyPI (MIT licence):
    pip download names==0.3.0 --no-deps && tar xzf names-0.3.0.tar.gz
Usage: scripts/build-surnames.py names-0.3.0/names/dist.all.last
Keeps the MAX_RANK most frequent names, written in Title case ("Horan", "Mcdonald" -> "McDonald").
"""
import sys
from pathlib import Path

MAX_RANK = 10000
out = Path(__file__).resolve().parent.parent / "rules" / "surnames-us.tsv"


def title(name):
    t = name.capitalize()
    if t.startswith("Mc") and len(t) > 2:
        t = "Mc" + t[2:].capitalize()
    return t


rows = []
for line in open(sys.argv[1], encoding="ascii"):
    parts = line.split()
    if len(parts) != 4:
        continue
    rank = int(parts[3])
    if rank <= MAX_RANK:
        rows.append((title(parts[0]), rank))

header = """# US surnames with their frequency rank (1 = Smith), the 10,000 most frequent. US Census Bureau
# 1990 surname list (public domain, US government data), via the `names` 0.3.0 package on PyPI
# (MIT). Built by scripts/build-surnames.py. A written name that is a real surname may be another
# person, not a slip.
"""
with open(out, "w", encoding="utf-8") as f:
    f.write(header)
    for name, rank in rows:
        f.write(f"{name}\t{rank}\n")
print(len(rows), "surnames")
