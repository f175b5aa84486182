#!/usr/bin/env python3
"""Rebuilds rules/word-bigrams.tsv: how often English words, and pairs of words, are printed in
books, for T008's reading of a real word misread in a page of OCR ("they wore granted": "were").

    python3 -m pip download symspellpy==6.10.1 --no-deps -d /tmp/ss
    (cd /tmp/ss && unzip -oq symspellpy-6.10.1-py3-none-any.whl)
    python3 scripts/build-word-bigrams.py /tmp/ss/symspellpy > rules/word-bigrams.tsv

The counts are SymSpell's frequency dictionaries, which Wolf Garbe made from the Google Books
Ngram data (English, CC BY 3.0) intersected with SCOWL: 82,765 words and the 242,342 word pairs
printed 6.4 million times or more. Rows: a word, or two words joined by a space, and its count in
centibels (100 * log10(count)); the words first, then the pairs, each in the source's order.
"""
import math
import re
import sys

src = sys.argv[1]
print("# Word and word-pair counts in Google Books, in centibels (100 * log10(count)): SymSpell's")
print("# frequency_dictionary_en_82_765 and frequency_bigramdictionary_en_243_342 (Wolf Garbe;")
print("# MIT), from the Google Books Ngram data (CC BY 3.0). Pairs below 6.4 million are absent.")
print("# Built by scripts/build-word-bigrams.py.")
shape = re.compile(r"[a-z]+(?: [a-z]+)?")
for name, fields in (("frequency_dictionary_en_82_765.txt", 2), ("frequency_bigramdictionary_en_243_342.txt", 3)):
    for line in open(f"{src}/{name}", encoding="utf-8"):
        parts = line.split()
        if len(parts) != fields:
            continue
        key, count = " ".join(parts[:-1]), int(parts[-1])
        if shape.fullmatch(key) and count > 0:
            print(f"{key}\t{round(100 * math.log10(count))}")
