#!/usr/bin/env python3
"""Lists every finding on the clean articles of an accuracy set, each with the words around it, so
a person can tell a false alarm from a slip in the original copy (the clean articles are real
copy, and real copy sometimes errs: "had has mixed fortunes").
Usage: scripts/clean-findings.py BIN SET [--words N]   (SET: ../shared/eval/dev)"""
import argparse
import json
import subprocess
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("bin")
ap.add_argument("set")
ap.add_argument("--words", type=int, default=8, help="words of context on each side")
args = ap.parse_args()
root = Path(args.set)
clean = [json.loads(line) for line in open(root / "manifest.jsonl")]
clean = [m for m in clean if m["kind"] == "clean"]
words = sum(m.get("words", 0) for m in clean)
paths = [str(root / "articles" / m["file"]) for m in clean]
out = subprocess.run([args.bin, "check", "--format", "json", *paths],
                     capture_output=True, text=True).stdout
findings = json.loads(out) if out.strip() else []
for f in findings:
    data = Path(f["path"]).read_bytes()
    span = f["span"]
    start, end = (span["start"], span["end"]) if isinstance(span, dict) else span
    before = data[:start].decode("utf-8", "replace").split()[-args.words:]
    after = data[end:].decode("utf-8", "replace").split()[:args.words]
    text = data[start:end].decode("utf-8", "replace")
    print(f"{Path(f['path']).name}\t{f['code']}\t{' '.join(before)} [{text}] {' '.join(after)}")
rate = len(findings) / words * 10_000 if words else 0.0
print(f"{len(findings)} findings on {len(clean)} clean articles, {words} words: {rate:.2f} per 10k")
