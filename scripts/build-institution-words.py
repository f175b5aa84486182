#!/usr/bin/env python3
"""Builds rules/institution-words.txt: English words that make up institution names.

Two sources, merged:
  * the words of the names in Hipo's `world_universities_and_domains.json`
    (https://github.com/Hipo/university-domains-list, MIT licence): every Title-case word that is
    an English word (rules/words.txt) and is used in at least MIN_UNIVERSITY_USES names of
    universities in English-speaking countries;
  * the head words and generic modifiers already in rules/institution-heads.txt and
    rules/generic-modifiers.txt, and the words of rules/institution-words-seed.txt (ministries,
    courts, agencies, parties, banks: written for wirelint).

Usage: scripts/build-institution-words.py PATH/TO/world_universities_and_domains.json
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

MIN_UNIVERSITY_USES = 8
ENGLISH = {"US", "GB", "CA", "AU", "NZ", "IE", "IN", "ZA", "NG", "KE", "GH", "PH", "SG", "PK",
           "JM", "UG", "TZ", "ZM", "ZW", "MY", "BD", "LK", "HK"}

root = Path(__file__).resolve().parent.parent
rules = root / "rules"


def data_lines(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("\t")[0].strip()
        if line and not line.startswith("#"):
            yield line


words = set()
for line in (rules / "words.txt").read_text(encoding="utf-8").splitlines():
    if line and not line.startswith("#"):
        words.add(line.split("\t")[0].lower())

# Places and given names fill university names ("Alabama", "George") but are no institution words.
names = set()
for f in ("places.tsv", "given-names.tsv", "given-names-intl.tsv"):
    for w in data_lines(rules / f):
        names.add(w)

counts = Counter()
for uni in json.load(open(sys.argv[1], encoding="utf-8")):
    if uni.get("alpha_two_code") not in ENGLISH:
        continue
    for w in re.findall(r"[A-Z][a-z]+", uni["name"]):
        if w.lower() in words and len(w) >= 4 and w not in names:
            counts[w] += 1

out = {w for w, c in counts.items() if c >= MIN_UNIVERSITY_USES}
for name in ("institution-heads.txt", "generic-modifiers.txt", "institution-words-seed.txt"):
    for w in data_lines(rules / name):
        if re.fullmatch(r"[A-Z][a-z]+", w) and len(w) >= 4:
            out.add(w)

header = """# Words that make up institution names ("Security", "Development", "Savings"): the vocabulary
# E005 checks a misspelt word of an institution name against. Built by
# scripts/build-institution-words.py from the university names of Hipo's
# university-domains-list (MIT licence) and the heads, modifiers and seed words written for
# wirelint. Do not edit by hand: add words to institution-words-seed.txt and rebuild.
"""
(rules / "institution-words.txt").write_text(header + "\n".join(sorted(out)) + "\n", encoding="utf-8")
print(len(out), "words")
