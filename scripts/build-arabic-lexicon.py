#!/usr/bin/env python3
"""Builds the Arabic word lists in Data/arabic-lexicon/ (stems.txt, names.txt, al-names.txt).

Two word sets for the clitic segmenter, in its analysis form (tashkeel and
tatweel removed, hamza/madda alef forms folded to bare alef; teh marbuta,
alef maqsura and hamza carriers kept):

  stems  Ayaspell's Arabic stems (Debian package hunspell-ar, /usr/share/hunspell/ar.dic),
         affix flags dropped: ordinary Arabic vocabulary. Tri-licensed
         GPL-2.0 / LGPL-2.1 / MPL-1.1 (Data/LICENSE-ayaspell.txt).
  names  the Arabic side of the TRAIN splits of the name-pair data:
         google-ar2en-train.tsv (google/transliteration, Apache-2.0) and
         wikidata-en2ar-80.tsv (NETransliteration, CC0). Never the test splits.

Usage: python3 scripts/build-arabic-lexicon.py [--stems]   (`make data` runs it without --stems;
       --stems needs apt-get install hunspell-ar)
(needs hunspell-ar installed: apt-get install hunspell-ar)
"""
import argparse
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

MARKS = re.compile('[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D\u200E\u200F\u061C]')
ALEFS = re.compile('[\u0622\u0623\u0625\u0671\u0672\u0673\u0675]')
ARABIC_WORD = re.compile('^[\u0621-\u063A\u0641-\u064A\u0671-\u06D3]{2,}$')


def analysis_form(word):
    word = MARKS.sub('', word)
    word = ALEFS.sub('\u0627', word)
    return word


def write_list(path, words):
    with open(path, 'w', encoding='utf-8') as out:
        out.write(''.join(w + '\n' for w in sorted(words)))
    print('%s: %d words' % (os.path.relpath(path, ROOT), len(words)), file=sys.stderr)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--stems', action='store_true',
                        help='also rebuild stems.txt from the hunspell dictionary (needs hunspell-ar)')
    parser.add_argument('--dic', default='/usr/share/hunspell/ar.dic')
    parser.add_argument('--names-dir', default=os.path.join(ROOT, 'Data', 'names'))
    parser.add_argument('--out', default=os.path.join(ROOT, 'Data', 'arabic-lexicon'))
    args = parser.parse_args()

    if args.stems:
        write_list(os.path.join(args.out, 'stems.txt'), read_stems(args.dic))

    # Names, and for names that start with ال, whether that ال is the article:
    # an English spelling without it (الأتاسي atassi, البغدادي baghdadi) says
    # article; when most English spellings (weighted by how often the pair was
    # seen) start with al, el, il, l... (البرت albert, الياس elias, lyès), the
    # ال belongs to the name.
    names = set()
    english_of = {}
    sources = [('google-ar2en-train.tsv', 0, 1), ('wikidata-en2ar-80.tsv', 1, 0)]
    for name, arabic_col, english_col in sources:
        with open(os.path.join(args.names_dir, name), encoding='utf-8') as f:
            for line in f:
                cols = line.rstrip('\n').split('\t')
                if len(cols) > max(arabic_col, english_col):
                    word = analysis_form(cols[arabic_col].strip())
                    if ARABIC_WORD.match(word):
                        names.add(word)
                        count = int(cols[2]) if name.startswith('wikidata') and len(cols) > 2 and cols[2].isdigit() else 1
                        english = unicodedata.normalize('NFKD', cols[english_col].strip().lower())
                        english = ''.join(c for c in english if not unicodedata.combining(c))
                        english_of.setdefault(word, []).append((english, count))
    al_names = set()
    for word in names:
        if word.startswith('ال') and len(word) >= 4:
            spellings = english_of.get(word, [])
            total = sum(count for _, count in spellings)
            kept = sum(count for english, count in spellings if re.match('^[aeiouy]?l[^-_ \']', english))
            if total and kept * 2 > total:
                al_names.add(word)

    write_list(os.path.join(args.out, 'names.txt'), names)
    write_list(os.path.join(args.out, 'al-names.txt'), al_names)


def read_stems(dic):
    # ar.dic is four sections: stopwords.dic (function words listed with every
    # clitic form: غير, بغير, وبغير, غيرها ...), tools.dic, names.dic (nouns)
    # and verb.huns.dic (stems with affix flags). Keep the noun, verb and tool
    # stems, and from the stopwords only the bare forms: a stopword that is
    # another stopword plus clitics (بغير, غيرها) is not a stem.
    sections = {}
    section = None
    with open(dic, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line.endswith('.dic'):
                section = line
                continue
            if line.startswith('::::') or section is None:
                continue
            word = analysis_form(line.split('/')[0].split('\t')[0].strip())
            if ARABIC_WORD.match(word):
                sections.setdefault(section, set()).add(word)
    stopwords = sections.pop('stopwords.dic', set())
    stems = set().union(*sections.values())
    proclitics = ['و', 'ف', 'ب', 'ك', 'ل', 'أ', 'ا', 'س']
    enclitics = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'كن', 'نا', 'ه', 'ك', 'ي', 'ني']

    def derived(word):
        for p in proclitics:
            if word.startswith(p) and word[len(p):] in stopwords:
                return True
        for e in enclitics:
            if word.endswith(e) and len(word) - len(e) >= 2 and word[:-len(e)] in stopwords:
                return True
        return False

    stems |= {w for w in stopwords if not derived(w)}

    return stems


if __name__ == '__main__':
    main()
