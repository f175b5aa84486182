#!/usr/bin/env python3
"""Build rules/given-names-intl.tsv: given names of 55 countries with their sex.

Source: Jörg Michael's first-name dictionary `nam_dict.txt` (GNU Free Documentation License 1.2
or later), as shipped in the `gender-guesser` package on PyPI (0.4.0). Only facts are taken: each
name, whether it is male, female, mostly one of them or used for both, and its highest frequency
class in any country (1 rare .. 13 extremely common). The derived file stays under the GFDL.

Usage: scripts/build-given-names-intl.py [nam_dict.txt]   (without an argument it downloads the
package with pip into a temporary folder).
"""
import glob
import os
import subprocess
import sys
import tempfile
import zipfile

OUT = os.path.join(os.path.dirname(__file__), "..", "rules", "given-names-intl.tsv")


def read_dict(path=None):
    if path:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    tmp = tempfile.mkdtemp()
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-d", tmp, "gender-guesser==0.4.0"],
        check=True,
    )
    wheel = glob.glob(os.path.join(tmp, "*.whl"))[0]
    with zipfile.ZipFile(wheel) as z:
        return z.read("gender_guesser/data/nam_dict.txt").decode("utf-8", errors="replace")


def main():
    text = read_dict(sys.argv[1] if len(sys.argv) > 1 else None)
    # name -> set of codes, highest frequency
    names = {}
    for line in text.splitlines():
        if not line or line[0] in "#=" or len(line) < 30:
            continue
        code = line[:2].strip()
        name = line[3:29].strip()
        if line[29:30] == "+":  # the file's duplicate of a name with expanded umlauts
            continue
        if not name or "+" in name or " " in name or not all(c.isalpha() or c in "-'" for c in name):
            continue
        freqs = [int(c, 16) for c in line[30:85] if c.strip() and c in "0123456789ABCDEF"]
        top = max(freqs, default=1)
        entry = names.setdefault(name, [0.0, 0.0, 0])
        # A line's weight is its highest frequency; unisex lines count half to each side.
        male, female = {"M": (1, 0), "1M": (1, 0), "?M": (0.75, 0.25), "F": (0, 1), "1F": (0, 1),
                        "?F": (0.25, 0.75), "?": (0.5, 0.5)}.get(code, (0, 0))
        entry[0] += male * top
        entry[1] += female * top
        entry[2] = max(entry[2], top)
    rows = []
    for name, (male, female, freq) in sorted(names.items()):
        total = male + female
        if total == 0:
            continue
        ratio = male / total
        if ratio >= 0.95:
            cls = "m"
        elif ratio >= 0.8:
            cls = "mostly-m"
        elif ratio <= 0.05:
            cls = "f"
        elif ratio <= 0.2:
            cls = "mostly-f"
        else:
            cls = "both"
        rows.append(f"{name}\t{cls}\t{freq}")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(
            "# Given names of 55 countries with their sex: m, f, mostly-m, mostly-f, both; and the\n"
            "# highest frequency class in any country (1 rare .. 13 extremely common).\n"
            "# Facts from Jörg Michael's first-name dictionary nam_dict.txt (as shipped in the\n"
            "# gender-guesser 0.4.0 package on PyPI). Licence: GNU Free Documentation License 1.2 or\n"
            "# later. Rebuilt by scripts/build-given-names-intl.py.\n"
        )
        f.write("\n".join(rows) + "\n")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
