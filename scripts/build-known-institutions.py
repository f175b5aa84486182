#!/usr/bin/env python3
"""Rebuilds rules/known-institutions.txt: names of well-known institutions and companies, what
E006 checks a misspelt name against.

    git -C <mirror of github.com/datasets/s-and-p-500-companies> show HEAD:data/constituents.csv > /tmp/sp500.csv
    python3 scripts/build-known-institutions.py /tmp/sp500.csv rules/known-institutions-seed.txt > rules/known-institutions.txt

Rows: the S&P 500 constituents' names (Open Data Commons PDDL) with legal suffixes and share
classes removed ("Alphabet Inc. (Class A)" -> "Alphabet"), and the seed list of international
bodies, central banks, agencies, courts, exchanges, parties and companies; only names of two
content words or more ("Berkshire Hathaway", "Bank of England"), sorted.
"""
import csv
import re
import sys

SUFFIX = re.compile(
    r"(,?\s+(Inc\.?|Corporation|Corp\.?|Company|Co\.|plc|Ltd\.?|Limited|Holdings?|N\.V\.|S\.A\.|Group))+$"
)
JOINS = {"of", "and", "the", "for", "&", "on", "de", "ng"}

def clean(name):
    name = re.sub(r"\s*\((The|Class [A-Z])\)", "", name).strip().strip('"')
    return SUFFIX.sub("", name).strip()

names = set()
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        names.add(clean(row["Security"]))
for line in open(sys.argv[2], encoding="utf-8"):
    line = line.strip()
    if line and not line.startswith("#"):
        names.add(line)

print("# Well-known institutions and companies (E006). Built by scripts/build-known-institutions.py")
print("# from the S&P 500 constituents list (datasets/s-and-p-500-companies, ODC PDDL) and")
print("# rules/known-institutions-seed.txt. One name per line.")
for n in sorted(names):
    content = [w for w in n.replace("-", " ").split() if w.lower() not in JOINS]
    if len(content) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in content):
        print(n)
