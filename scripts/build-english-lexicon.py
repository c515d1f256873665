#!/usr/bin/env python3
"""Builds the English word lists Data/english-lexicon/common.txt and proper.txt.

Two word sets that tell a capitalized English name from a capitalized common
word (the first word of a sentence, a title-case headline):

  common  entries of Debian's wamerican word list (/usr/share/dict/american-english,
          from SCOWL) written in lower case: ordinary vocabulary ("speaking", "turkey").
  proper  its capitalized entries, lower-cased: words that are names when
          capitalized ("turkey", "bali", "washington", "syrian").

Possessive entries ("Bali's") are dropped. SCOWL's licence is permissive (see
/usr/share/doc/wamerican/copyright and Data/README.md).

Usage: python3 scripts/build-english-lexicon.py   (needs: apt-get install wamerican)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SOURCE = '/usr/share/dict/american-english'
OUT = os.path.join(ROOT, 'Data', 'english-lexicon')


def main():
    common, proper = set(), set()
    with open(SOURCE, encoding='utf-8') as f:
        for line in f:
            word = line.strip()
            if not word or word.endswith("'s") or not word.isascii():
                continue
            if word.islower():
                common.add(word)
            elif word[0].isupper():
                proper.add(word.lower())
    for name, words in (('common.txt', common), ('proper.txt', proper)):
        path = os.path.join(OUT, name)
        with open(path, 'w', encoding='utf-8') as out:
            out.write(''.join(w + '\n' for w in sorted(words)))
        print(f'{os.path.relpath(path, ROOT)}: {len(words)} words')


if __name__ == '__main__':
    main()
