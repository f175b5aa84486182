#!/usr/bin/env python3
"""Rebuilds rules/public-figures.tsv: public figures by the names stories give them, with their
sex — evidence P001 weighs like an honorific ("Narendra Modi ... she" is a slip).

    git -C <mirror of github.com/unitedstates/congress-legislators> show HEAD:executive.yaml > /tmp/cl/executive.yaml
    (likewise legislators-current.yaml, and legislators-historical.yaml when at hand; the
    shipped table was built without it)
    python3 scripts/build-public-figures.py /tmp/cl rules/public-figures-seed.tsv > rules/public-figures.tsv

Rows: US presidents and vice presidents, and members of Congress serving since 1960 (first or
nickname, and last name; the official full name), from the congress-legislators data (CC0), and
the seed list of figures elsewhere. A name given to people of both sexes is left out.
"""
import sys
from pathlib import Path

import yaml

folder = Path(sys.argv[1])
sex = {}


def add(name, s):
    name = " ".join(name.split())
    if not name or " " not in name:
        return
    if sex.get(name, s) != s:
        sex[name] = "both"
    else:
        sex[name] = s


for file in ["executive.yaml", "legislators-current.yaml", "legislators-historical.yaml"]:
    if not (folder / file).exists():  # the historical file is large; it may be left out
        continue
    for person in yaml.safe_load((folder / file).read_text(encoding="utf-8")):
        s = {"M": "m", "F": "f"}.get(person.get("bio", {}).get("gender"))
        terms = person.get("terms", [])
        if not s or not terms or max(str(t.get("end", "")) for t in terms) < "1960":
            continue
        n = person["name"]
        last = n.get("last", "")
        for first in (n.get("first"), n.get("nickname")):
            if first and not first.endswith("."):
                add(f"{first} {last}", s)
        if n.get("official_full"):
            add(n["official_full"], s)
for line in Path(sys.argv[2]).read_text(encoding="utf-8").splitlines():
    if line.strip() and not line.startswith("#"):
        name, s = line.split("\t")
        add(name, s)

print("# Public figures and their sex (m/f). Built by scripts/build-public-figures.py from the")
print("# congress-legislators data (github.com/unitedstates/congress-legislators, CC0) and")
print("# rules/public-figures-seed.tsv. Columns: name, sex.")
for name in sorted(sex):
    if sex[name] != "both":
        print(f"{name}\t{sex[name]}")
