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

# How often each word is tagged in WordNet's sense-tagged text as a noun and as anything else:
# a word tagged only otherwise, a hundred times or more ("have", "great", "same"), is no noun a
# story uses for someone ("lawyers have said" has no person "have").
tagged = {}
for line in open(f"{root}/cntlist.rev", encoding="latin-1"):
    key, _, count = line.split()
    lemma, rest = key.split("%", 1)
    tagged.setdefault(lemma, [0, 0])[0 if rest[0] == "1" else 1] += int(count)

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
    noun, other = tagged.get(lemma, (0, 0))
    if noun == 0 and other >= 100:
        continue
    if offsets and offsets[0] in people and lemma.isalpha() and lemma.islower() and len(lemma) > 2:
        out.add(lemma)

NOTICE = """WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.

THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION,
PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR
ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL
NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.

The name of Princeton University or Princeton may not be used in advertising or publicity
pertaining to distribution of the software and/or database.  Title to copyright in this
software, database and any associated documentation shall at all times remain with Princeton
University and LICENSEE agrees to preserve same."""

print("# English nouns whose most frequent sense is a kind of person (hyponyms of person.n.01),")
print("# from Princeton WordNet 3.0 (Debian's wordnet-base), built by scripts/build-person-nouns.py.")
print("# One a line. The WordNet licence asks that its notice appear on all copies:")
print("#")
for line in NOTICE.splitlines():
    print(("# " + line).rstrip())
for w in sorted(out):
    print(w)
