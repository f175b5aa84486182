#!/usr/bin/env bash
# Rebuilds rules/words.txt from Debian's SCOWL word lists (packages wamerican-large, wbritish-large).
# Possessive forms are dropped; proper nouns keep their capital.
set -euo pipefail
out="$(dirname "$0")/../rules/words.txt"
{
  echo "# English words, American and British spellings: the union of SCOWL's american-english-large and"
  echo "# british-english-large as Debian ships them (wamerican-large, wbritish-large). SCOWL is (c) Kevin Atkinson"
  echo "# and contributors, under a permissive MIT-like licence; see rules/README.md. One word per line."
  cat /usr/share/dict/american-english-large /usr/share/dict/british-english-large \
    | iconv -f utf-8 -t utf-8 -c | grep -v "'s$" | LC_ALL=C sort -u
} > "$out"
wc -l "$out"
