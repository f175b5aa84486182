#!/usr/bin/env python3
"""Rebuilds rules/word-freq.tsv: how often English words are written, for T008's choice between
readings of a misread word ("boen": "been", not "boon") and its real-word misreadings ("tho").

    python3 -m pip download wordfreq==3.1.1 --no-deps -d /tmp/wf
    (cd /tmp/wf && unzip -oq wordfreq-3.1.1-py3-none-any.whl)
    python3 -m pip install msgpack
    python3 scripts/build-word-freq.py /tmp/wf/wordfreq/data/large_en.msgpack.gz > rules/word-freq.tsv
    python3 scripts/build-word-freq.py /tmp/wf/wordfreq/data/large_en.msgpack.gz rare > rules/rare-tokens.tsv

Rows: lower-case ASCII words with a frequency of one in a million or more, each with its
frequency in centibels below one (the package's own unit: 128 for "the" is 10^-1.28), most
frequent first. With `rare`: the rest of the list, tokens of three letters or more written
between once in a million and once in a hundred million words (601 to 800 centibels), mostly
names of people, places and firms ("pinchuk", "balladur"): E002's evidence that a name is
written in English text at all.
"""
import gzip
import re
import sys

import msgpack

buckets = msgpack.load(gzip.open(sys.argv[1]), raw=False)
rare = sys.argv[2:] == ["rare"]
(low, high, shape) = (601, 800, r"[a-z]{3,24}") if rare else (1, 600, r"[a-z]{1,20}")
what = "Rarer tokens (mostly names)" if rare else "English word frequencies"
print(f"# {what} in centibels (frequency = 10^(-value/100)), from wordfreq 3.1.1's")
print("# large English list (Robyn Speer; data CC BY-SA 4.0). Built by scripts/build-word-freq.py.")
seen = set()
for cb, words in enumerate(buckets[1:], start=1):
    if cb > high:
        break
    for w in words:
        if w in seen:
            continue
        seen.add(w)
        if cb >= low and re.fullmatch(shape, w):
            print(f"{w}\t{cb}")
