#!/usr/bin/env python3
"""Rebuilds rules/word-freq.tsv: how often English words are written, for T008's choice between
readings of a misread word ("boen": "been", not "boon") and its real-word misreadings ("tho").

    python3 -m pip download wordfreq==3.1.1 --no-deps -d /tmp/wf
    (cd /tmp/wf && unzip -oq wordfreq-3.1.1-py3-none-any.whl)
    python3 -m pip install msgpack
    python3 scripts/build-word-freq.py /tmp/wf/wordfreq/data/large_en.msgpack.gz > rules/word-freq.tsv

Rows: lower-case ASCII words with a frequency of one in a million or more, each with its
frequency in centibels below one (the package's own unit: 128 for "the" is 10^-1.28), most
frequent first.
"""
import gzip
import re
import sys

import msgpack

buckets = msgpack.load(gzip.open(sys.argv[1]), raw=False)
print("# English word frequencies in centibels (frequency = 10^(-value/100)), from wordfreq 3.1.1's")
print("# large English list (Robyn Speer; data CC BY-SA 4.0). Built by scripts/build-word-freq.py.")
seen = set()
for cb, words in enumerate(buckets[1:], start=1):
    if cb > 600:
        break
    for w in words:
        if re.fullmatch(r"[a-z]{1,20}", w) and w not in seen:
            seen.add(w)
            print(f"{w}\t{cb}")
