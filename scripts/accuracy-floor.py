#!/usr/bin/env python3
"""Fails when any family's recall, precision or false-alarm rate on an accuracy set is below its floor.

Usage: accuracy-floor.py BIN SET FAMILY:RECALL:PRECISION:MAX_FP [...]
Runs ../shared/eval/score.py once per family and prints its figures.
"""
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
score = os.path.join(here, "..", "..", "shared", "eval", "score.py")
binary, eval_set, floors = sys.argv[1], sys.argv[2], sys.argv[3:]
failed = False
for floor in floors:
    fam, min_recall, min_precision, max_fp = floor.split(":")
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run([sys.executable, score, "--bin", binary, "--set", eval_set, "--families", fam,
                        "--json-out", out.name], check=True, stdout=subprocess.DEVNULL)
        figures = json.load(open(out.name))
    f = figures["families"][fam]
    recall, precision = f["recall"] or 0.0, f["precision"] or 0.0
    fp = figures["false_alarms_per_10k_clean_words"]
    ok = recall >= float(min_recall) and precision >= float(min_precision) and fp <= float(max_fp)
    failed |= not ok
    print(f"{'ok  ' if ok else 'FAIL'} {os.path.basename(eval_set.rstrip('/'))} {fam}: recall {recall:.3f} (floor {min_recall}), "
          f"precision {precision:.3f} (floor {min_precision}), false alarms {fp:.2f}/10k words (ceiling {max_fp})")
sys.exit(1 if failed else 0)
