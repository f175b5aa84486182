#!/usr/bin/env python3
"""Builds rules/person-nouns.txt: English nouns whose most frequent sense is a kind of person
("soldier", "tourist", "neighbour"), from Princeton WordNet 3.0 (Debian's wordnet-base package,
/usr/share/wordnet). A pronoun rule asks it whether a word may stand for someone the story
does not name.

Usage: scripts/build-person-nouns.py [WORDNET_DIR] > rules/person-nouns.txt
"""
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
PERSON = "00007846"  # person.n.01

hyponyms = {}
for line in open(f"{root}/data.noun", encoding="latin-1"):
    if line.startswith("  "):
        continue
    fields = line.split(" ")
    offset = fields[0]
    words = int(fields[3], 16)
    at = 4 + 2 * words
    pointers = int(fields[at])
    at += 1
    for _ in range(pointers):
        symbol, target, pos = fields[at], fields[at + 1], fields[at + 2]
        at += 4
        # "~": a hyponym; "~i", an instance (a named person), is left out.
        if symbol == "~" and pos == "n":
            hyponyms.setdefault(offset, []).append(target)

people = set()
stack = [PERSON]
while stack:
    s = stack.pop()
    if s in people:
        continue
    people.add(s)
    stack.extend(hyponyms.get(s, []))

out = set()
for line in open(f"{root}/index.noun", encoding="latin-1"):
    if line.startswith("  "):
        continue
    fields = line.split(" ")
    lemma = fields[0]
    senses = int(fields[2])
    pointers = int(fields[3])
    offsets = fields[4 + pointers + 2 : 4 + pointers + 2 + senses]
    # The most frequent sense is a person's, and the word is one plain word.
    if offsets and offsets[0] in people and lemma.isalpha() and lemma.islower() and len(lemma) > 2:
        out.add(lemma)

print("# English nouns whose most frequent sense is a kind of person, from Princeton WordNet 3.0")
print("# (WordNet 3.0 licence: https://wordnet.princeton.edu/license-and-commercial-use),")
print("# built by scripts/build-person-nouns.py. One a line.")
for w in sorted(out):
    print(w)
