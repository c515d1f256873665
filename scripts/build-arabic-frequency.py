#!/usr/bin/env python3
"""Builds Data/arabic-frequency.tsv: how often common Arabic word forms occur
in real Arabic prose (mostly news), so that ordinary vocabulary (قال, المدينة,
الحكومة, قوات ...) can be told from proper names when looking for name
mentions in Arabic text.

Input: a folder of UTF-8 text files, one document a file. A line starting
with '#' is not counted; a line '# source: ADDRESS' names where the text came
from, and the addresses of all documents are written, sorted, to
Data/arabic-frequency-sources.txt.

Counting:
  * tashkeel (U+064B-U+0652, also U+0653-U+065F, U+0670) and tatweel (U+0640)
    are removed; a word is then a run of Arabic letters U+0621-U+064A or
    U+0671-U+06D3;
  * words are normalized for counting: أ إ آ ٱ -> ا, ى -> ي, ة -> ه
    (and the Persian letters ی ک -> ي ك, which some Arabic sites use);
  * one-letter words (a detached و or ب) and a bare article ال (from الـ
    written before a number: الـ33) are not counted;
  * a line of six or more words that was already seen (after normalization)
    is counted once only: syndicated copies, boilerplate and mirrors;
  * a document is skipped when it is not Arabic: Persian or Urdu (more than
    0.5% of its letters are پ چ ژ گ ک ی ۀ ہ ے and the like) or text extracted
    in visual order from a PDF (more than 3% of its words start with ة).

Output: a comment header (format, provenance, rebuild command) and then
word<TAB>count for the most frequent normalized words (default: top 6000
with count >= 3), most frequent first, ties in code-point order.

Usage: python3 scripts/build-arabic-frequency.py CORPUS_DIR
           [--out Data/arabic-frequency.tsv]
           [--sources-out Data/arabic-frequency-sources.txt]
           [--top 6000] [--min-count 3]
"""
import argparse
import collections
import os
import re
import sys

FORMAT = 1
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Marks that are dropped before tokenizing: tashkeel (and the other Arabic
# combining marks), superscript alef, tatweel, and zero-width/bidi controls.
MARKS = re.compile('[\u064B-\u065F\u0670\u0640\u200C\u200D\u200E\u200F\u061C]')
WORD = re.compile('[\u0621-\u064A\u0671-\u06D3]+')
FOLD = str.maketrans({
    '\u0623': '\u0627',  # أ
    '\u0625': '\u0627',  # إ
    '\u0622': '\u0627',  # آ
    '\u0671': '\u0627',  # ٱ
    '\u0649': '\u064A',  # ى -> ي
    '\u0629': '\u0647',  # ة -> ه
    '\u06CC': '\u064A',  # Persian ی -> ي
    '\u06A9': '\u0643',  # Persian ک -> ك
})
# Letters of Persian, Urdu and other languages written in Arabic script that
# Arabic does not use (ی and ک are used by some Arabic sites, but count here).
NON_ARABIC = set('\u067E\u0686\u0698\u06AF\u06A9\u06CC\u06C0\u06C1\u06D2\u0688\u0691\u06BA\u06BE\u0679')
SOURCE = re.compile(r'^#\s*source:\s*(\S+)')
LINE_MIN_WORDS = 6


def normalize(word):
    return word.translate(FOLD)


def words_of(line):
    return WORD.findall(MARKS.sub('', line))


def read_documents(folder):
    """(name, sources, text lines) for each .txt file of the folder, sorted."""
    for dirpath, _, filenames in sorted(os.walk(folder)):
        for filename in sorted(filenames):
            if not filename.endswith('.txt'):
                continue
            path = os.path.join(dirpath, filename)
            sources, lines = [], []
            with open(path, encoding='utf-8') as f:
                for line in f:
                    if line.startswith('#'):
                        m = SOURCE.match(line)
                        if m:
                            sources.append(m.group(1))
                        continue
                    lines.append(line)
            yield os.path.relpath(path, folder), sources, lines


def foreign_reason(lines):
    """Why a document is not counted as Arabic text, or None."""
    letters = ''.join(''.join(words_of(line)) for line in lines)
    if not letters:
        return 'no Arabic text'
    if sum(1 for c in letters if c in NON_ARABIC) > 0.005 * len(letters):
        return 'Persian/Urdu letters'
    words = [w for line in lines for w in words_of(line)]
    if sum(1 for w in words if w[0] == '\u0629') > 0.03 * len(words):
        return 'visual-order (reversed) text'
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('corpus', help='folder of UTF-8 .txt documents')
    parser.add_argument('--out', default=os.path.join(ROOT, 'Data', 'arabic-frequency.tsv'))
    parser.add_argument('--sources-out', default=os.path.join(ROOT, 'Data', 'arabic-frequency-sources.txt'))
    parser.add_argument('--top', type=int, default=6000)
    parser.add_argument('--min-count', type=int, default=3)
    args = parser.parse_args()

    counts = collections.Counter()
    seen_lines = set()
    sources = set()
    documents = tokens = repeated_lines = 0
    skipped = collections.Counter()
    for name, doc_sources, lines in read_documents(args.corpus):
        reason = foreign_reason(lines)
        if reason:
            skipped[reason] += 1
            print(f'skipped {name}: {reason}', file=sys.stderr)
            continue
        doc_tokens = 0
        for line in lines:
            words = [normalize(w) for w in words_of(line)]
            words = [w for w in words if len(w) > 1 and w != 'ال']
            if len(words) >= LINE_MIN_WORDS:
                key = ' '.join(words)
                if key in seen_lines:
                    repeated_lines += 1
                    continue
                seen_lines.add(key)
            counts.update(words)
            doc_tokens += len(words)
        if doc_tokens == 0:
            skipped['nothing new'] += 1
            continue
        documents += 1
        tokens += doc_tokens
        sources.update(doc_sources)

    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    kept = [(w, c) for w, c in ranked if c >= args.min_count][:args.top]
    rel_sources = os.path.relpath(args.sources_out, ROOT)
    header = [
        '# arabic-frequency.tsv: how often common Arabic word forms occur in Arabic prose',
        f'# format: {FORMAT}',
        f'# corpus: {documents} documents, {tokens} word tokens, {len(counts)} distinct normalized words',
        '# from: excerpts of public Arabic web pages (news and general prose: politics, economy,',
        '#   sport, health, science, culture, weather, crime and courts), found by a stored-page',
        f'#   search; {len(sources)} addresses in {rel_sources}. Only counts are kept, no text.',
        '# normalization: tashkeel and tatweel removed; أ إ آ ٱ -> ا, ى -> ي, ة -> ه;',
        '#   one-letter words and a bare ال dropped; a repeated line of 6+ words counted once.',
        f'# rows: word<TAB>count, the {len(kept)} most frequent words with count >= {args.min_count},',
        '#   most frequent first (ties in code-point order).',
        '# rebuild: python3 scripts/build-arabic-frequency.py CORPUS_DIR',
        '#   (CORPUS_DIR: one .txt file a document, with a "# source: ADDRESS" line; the',
        '#   collected corpus is not shipped, only its address list)',
    ]
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, 'w', encoding='utf-8') as f:
        f.write('\n'.join(header) + '\n')
        for w, c in kept:
            f.write(f'{w}\t{c}\n')
    with open(args.sources_out, 'w', encoding='utf-8') as f:
        f.write('# Addresses of the public web pages whose Arabic text (search excerpts) was counted\n')
        f.write(f'# for Data/arabic-frequency.tsv ({len(sources)} addresses, sorted). No text is shipped.\n')
        for s in sorted(sources):
            f.write(s + '\n')

    print(f'{documents} documents, {tokens} tokens, {len(counts)} distinct words; '
          f'{repeated_lines} repeated lines not counted; skipped: {dict(skipped) or "none"}',
          file=sys.stderr)
    print(f'wrote {len(kept)} rows to {args.out}, {len(sources)} sources to {args.sources_out}',
          file=sys.stderr)


if __name__ == '__main__':
    main()
