#!/usr/bin/env bash
# Rebuilds rules/words.txt from Debian's SCOWL word lists: packages wamerican-small and
# wbritish-small (SCOWL size 35, the everyday words), wamerican and wbritish (size 50, the common
# ones) and wamerican-large and wbritish-large (size 70). Possessive forms are dropped; proper
# nouns keep their capital. A second column gives the smallest size a word is in: "35" or "50".
set -euo pipefail
out="$(dirname "$0")/../rules/words.txt"
dict=/usr/share/dict
clean() { iconv -f utf-8 -t utf-8 -c | grep -v "'s$" | LC_ALL=C sort -u; }
common="$(mktemp)"
{
  cat "$dict/american-english-small" "$dict/british-english-small" | clean | sed 's/$/\t35/'
  cat "$dict/american-english" "$dict/british-english" | clean | sed 's/$/\t50/'
} | LC_ALL=C sort -t $'\t' -k1,1 -u -s > "$common"
{
  echo "# English words, American and British spellings: the union of SCOWL's american-english-large and"
  echo "# british-english-large as Debian ships them (wamerican-large, wbritish-large). A second column"
  echo "# marks the words of the size-35 lists (wamerican-small, wbritish-small) \"35\" and the other words"
  echo "# of the size-50 lists (wamerican, wbritish) \"50\". SCOWL is (c) Kevin Atkinson and contributors,"
  echo "# under a permissive MIT-like licence; see rules/README.md. One word per line."
  cat "$dict/american-english-large" "$dict/british-english-large" | clean \
    | LC_ALL=C join -a 1 -t $'\t' -o auto -e '' - "$common" \
    | sed 's/\t$//'
} > "$out"
rm -f "$common"
wc -l "$out"
