#!/usr/bin/env python3
"""Builds Data/translation/words.tsv, the English-Arabic word translations the
aligner's translation path uses (Central Bank of Iraq / البنك المركزي العراقي).

Sources, each tagged in the file's third column:

  E  FreeDict English-Arabic (Debian dict-freedict-eng-ara, GPL-2+):
     every headword with its Arabic.
  A  FreeDict Arabic-English (Debian dict-freedict-ara-eng, GPL-2+): every
     sense, inverted (English sense -> Arabic headword).
  C  CLDR display names through the system ICU (Unicode licence): languages,
     scripts and territories, English and Arabic (Kurdish / الكردية).
  H  Data/translation/news-terms.tsv, the project's hand-curated words of
     institutions, offices and events (league / دوري), where FreeDict has only
     another sense or no entry.
  I  iso-codes ISO 3166-1 (Debian iso-codes, LGPL-2.1+): country names,
     official names (Republic of Korea / جمهورية كوريا) and common names, with
     their Arabic translations. iso-codes has no Arabic ISO 3166-2
     (subdivision) translations, so none are taken.

Kept: entries of one to three words on each side, English letters on the
English side and Arabic letters on the Arabic side, diacritics removed.
The matcher normalizes both sides when the data pack is built.

Usage:
  python3 scripts/build-translations.py            rebuild Data/translation/words.tsv
  python3 scripts/build-translations.py --check    fail if the file differs from a rebuild

The rebuild needs the Debian packages dict-freedict-eng-ara,
dict-freedict-ara-eng, iso-codes and libicu-dev (make data installs them),
and compiles a small C helper against the system ICU under /tmp.
"""
import argparse
import gettext
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, 'Data', 'translation', 'words.tsv')
HAND = os.path.join(ROOT, 'Data', 'translation', 'news-terms.tsv')
DICTD = '/usr/share/dictd'
ISO = '/usr/share/iso-codes/json/iso_3166-1.json'
LOCALE = '/usr/share/locale'
B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

ENGLISH = re.compile(r"^[a-z][a-z'\-]*( [a-z][a-z'\-]*){0,2}$")
ARABIC = re.compile(r'^[\u0621-\u064A\u0671-\u06D3]+( [\u0621-\u064A\u0671-\u06D3]+){0,2}$')
MARKS = re.compile(r'[\u064B-\u065F\u0670\u0640]')


def b64(text):
    value = 0
    for c in text:
        value = value * 64 + B64.index(c)
    return value


def dictd(name):
    """(headword, definition lines) of a dictd dictionary."""
    data = gzip.open(os.path.join(DICTD, f'freedict-{name}.dict.dz')).read()
    with open(os.path.join(DICTD, f'freedict-{name}.index'), encoding='utf-8') as f:
        for line in f:
            word, offset, length = line.rstrip('\n').split('\t')
            if word.startswith('00database'):
                continue
            body = data[b64(offset):b64(offset) + b64(length)].decode('utf-8').split('\n')
            senses = [re.sub(r'^\d+\.\s*', '', s).strip() for s in body[1:] if s.strip()]
            yield word, senses


def english(text):
    text = unicodedata.normalize('NFKC', text).strip().lower()
    text = re.sub(r'\s*\(.*?\)\s*', ' ', text).strip()
    text = re.sub(r'\s+', ' ', text)
    return text if ENGLISH.match(text) else None


def arabic(text):
    text = unicodedata.normalize('NFC', text).strip()
    text = MARKS.sub('', text)
    text = re.sub(r'\s*\(.*?\)\s*', ' ', text).strip()
    text = re.sub(r'\s+', ' ', text)
    return text if ARABIC.match(text) else None


HELPER = r'''
#include <unicode/uloc.h>
#include <unicode/ustring.h>
#include <unicode/uscript.h>
#include <stdio.h>
#include <string.h>
typedef int32_t (*Display)(const char *, const char *, UChar *, int32_t, UErrorCode *);
static void show(const char *kind, const char *code, const char *locale, Display display) {
    UChar buffer[256]; char utf8[4][1024];
    const char *targets[2] = {"en", "ar"};
    for (int i = 0; i < 2; i++) {
        UErrorCode status = U_ZERO_ERROR;
        int32_t n = display(locale, targets[i], buffer, 256, &status);
        if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return;
        u_strToUTF8(utf8[i], 1024, NULL, buffer, n, &status);
        if (U_FAILURE(status)) return;
    }
    if (strcmp(utf8[0], code) == 0) return;
    printf("%s\t%s\t%s\t%s\n", kind, code, utf8[0], utf8[1]);
}
int main(void) {
    for (const char *const *l = uloc_getISOLanguages(); *l; l++) show("language", *l, *l, uloc_getDisplayLanguage);
    for (const char *const *c = uloc_getISOCountries(); *c; c++) {
        char locale[16]; snprintf(locale, sizeof locale, "und_%s", *c);
        show("territory", *c, locale, uloc_getDisplayCountry);
    }
    for (int s = 0; s < USCRIPT_CODE_LIMIT; s++) {
        const char *code = uscript_getShortName((UScriptCode)s);
        if (!code || !*code) continue;
        char locale[32]; snprintf(locale, sizeof locale, "und_%s", code);
        show("script", code, locale, uloc_getDisplayScript);
    }
    return 0;
}
'''


def cldr():
    work = os.path.join(tempfile.gettempdir(), 'tarjuman-translations')
    os.makedirs(work, exist_ok=True)
    source, binary = os.path.join(work, 'cldr.c'), os.path.join(work, 'cldr')
    with open(source, 'w') as f:
        f.write(HELPER)
    flags = subprocess.run(['pkg-config', '--cflags', '--libs', 'icu-uc'], check=True, capture_output=True,
                           text=True).stdout.split()
    subprocess.run(['cc', '-O1', '-o', binary, source] + flags, check=True)
    version = subprocess.run(['pkg-config', '--modversion', 'icu-uc'], check=True, capture_output=True,
                             text=True).stdout.strip()
    rows = subprocess.run([binary], check=True, capture_output=True, text=True).stdout.splitlines()
    return version, [row.split('\t') for row in rows]


def iso():
    with open(ISO, encoding='utf-8') as f:
        entries = json.load(f)['3166-1']
    translation = gettext.translation('iso_3166-1', localedir=LOCALE, languages=['ar'])
    for entry in entries:
        for field in ('name', 'official_name', 'common_name'):
            if field in entry:
                translated = translation.gettext(entry[field])
                if translated != entry[field]:
                    yield entry[field], translated


def build():
    pairs = {}

    def add(en, ar, source):
        en, ar = english(en), arabic(ar)
        if en and ar:
            pairs.setdefault((en, ar), set()).add(source)

    for word, senses in dictd('eng-ara'):
        for sense in senses[:8]:
            add(word, sense, 'E')
    for word, senses in dictd('ara-eng'):
        for sense in senses[:8]:
            add(sense, word, 'A')
    icu_version, rows = cldr()
    for kind, code, en, ar in rows:
        add(en, ar, 'C')
    for en, ar in iso():
        add(en, ar, 'I')
    with open(HAND, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or line.startswith('english\t') or not line.strip():
                continue
            en, forms = line.rstrip('\n').split('\t')
            for ar in forms.split('|'):
                add(en, ar, 'H')
    counts = {s: sum(1 for v in pairs.values() if s in v) for s in 'EACIH'}
    lines = [
        '# format: 1',
        '# Tarjuman English-Arabic word translations, for names that are translated rather than transliterated.',
        '# Columns: English (lower case, 1-3 words), Arabic (1-3 words, no diacritics), sources.',
        '# Sources: E FreeDict eng-ara 2022.04.21 (GPL-2+), A FreeDict ara-eng 2022.04.21 (GPL-2+, inverted),',
        f'#   C CLDR display names via ICU {icu_version} (Unicode licence), I iso-codes ISO 3166-1 (LGPL-2.1+),',
        '#   H Data/translation/news-terms.tsv (hand-curated).',
        f'# Pairs per source: E {counts["E"]}, A {counts["A"]}, C {counts["C"]}, I {counts["I"]}, H {counts["H"]}; {len(pairs)} pairs in all.',
        '# Generated: do not edit. Rebuild: python3 scripts/build-translations.py (see Data/README.md)',
        'english\tarabic\tsources',
    ]
    for (en, ar) in sorted(pairs):
        lines.append(f'{en}\t{ar}\t{"".join(s for s in "EACIH" if s in pairs[(en, ar)])}')
    return '\n'.join(lines) + '\n'


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--check', action='store_true', help='fail if Data/translation/words.tsv differs from a rebuild')
    args = parser.parse_args()
    text = build()
    if args.check:
        with open(OUT, encoding='utf-8') as f:
            if f.read() != text:
                sys.exit('Data/translation/words.tsv is not what scripts/build-translations.py builds')
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(text)
    print(f'wrote {OUT}: {text.count(chr(10)) - 9} pairs')


if __name__ == '__main__':
    main()
