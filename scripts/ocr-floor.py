#!/usr/bin/env python3
"""Fails when wirelint's precision on real OCR, or its recall of one class of OCR damage, falls
below a floor, or its findings per 10k words on the human-corrected text rise above a ceiling.
Usage: scripts/ocr-floor.py BIN SET PRECISION CLASS:RECALL... [all:RECALL] [clean:PER10K]
(runs ../shared/eval/score_ocr.py and reads its summary lines)."""
import re
import subprocess
import sys
from pathlib import Path

binary, dataset, precision_floor = sys.argv[1], sys.argv[2], float(sys.argv[3])
scorer = Path(dataset).parent / "score_ocr.py"
out = subprocess.run([sys.executable, str(scorer), "--bin", binary, "--set", dataset],
                     capture_output=True, text=True, check=True).stdout
precision = float(re.search(r"precision ([0-9.]+)", out).group(1))
ok = precision >= precision_floor
print(f"{'ok  ' if ok else 'FAIL'} OCR precision {precision:.3f} (floor {precision_floor})")
for spec in sys.argv[4:]:
    cls, floor = spec.split(":")
    if cls == "clean":  # findings per 10k words on the human-corrected text: a ceiling
        rate = float(re.search(r"= ([0-9.]+) per 10k", out).group(1))
        good = rate <= float(floor)
        ok &= good
        print(f"{'ok  ' if good else 'FAIL'} findings on corrected text {rate:.2f}/10k (ceiling {floor})")
        continue
    if cls == "all":  # recall over every class together
        pairs = re.findall(r"(?:digit|hyphen|name|other) (\d+)/(\d+)", out)
        recall = sum(int(a) for a, _ in pairs) / sum(int(b) for _, b in pairs)
    else:
        m = re.search(rf"{cls} (\d+)/(\d+)", out)
        recall = int(m.group(1)) / int(m.group(2))
    good = recall >= float(floor)
    ok &= good
    print(f"{'ok  ' if good else 'FAIL'} OCR recall of {cls} {recall:.3f} (floor {floor})")
sys.exit(0 if ok else 1)
