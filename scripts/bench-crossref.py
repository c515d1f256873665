#!/usr/bin/env python3
"""Crossref at scale: generates N English and N Arabic reports from real name
pairs (the TRAIN split wikidata-en2ar-80.tsv) and times `tarjuman crossref`.

Each story gets 6 random people (English/Arabic spellings of one pair), 2
places from the gazetteer and a number; the English and Arabic report of a
story share them, in template sentences. Prints reports/s and whether every
story was paired with its counterpart.

Usage: python3 scripts/bench-crossref.py [--reports 1000] [--names Data/names/wikidata-en2ar-80.tsv]
(builds nothing: run `swift build -c release --product tarjuman` first)
"""
import argparse, json, os, random, resource, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--reports', type=int, default=1000)
    ap.add_argument('--names', default=os.path.join(ROOT, 'Data', 'names', 'wikidata-en2ar-80.tsv'))
    ap.add_argument('--work', default='/tmp/tarjuman-crossref-bench')
    args = ap.parse_args()
    rng = random.Random(7)
    pairs = []
    for line in open(args.names, encoding='utf-8'):
        cols = line.rstrip('\n').split('\t')
        if len(cols) >= 2 and cols[0].isascii() and len(cols[0]) >= 4:
            pairs.append((cols[0].title(), cols[1]))
    places = []
    for line in open(os.path.join(ROOT, 'Data', 'gazetteer.tsv'), encoding='utf-8'):
        cols = line.rstrip('\n').split('\t')
        if len(cols) == 3 and cols[0] == 'LOC' and cols[1] and cols[2]:
            places.append((cols[1].split('|')[0], cols[2].split('|')[0]))
    en_dir, ar_dir = os.path.join(args.work, 'en'), os.path.join(args.work, 'ar')
    for d in (en_dir, ar_dir):
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
    for i in range(args.reports):
        people = [(rng.choice(pairs), rng.choice(pairs)) for _ in range(6)]
        where = rng.sample(places, 2)
        number = rng.randint(10, 9999)
        en = [f"Officials meet in {where[0][0]} over border talks", ""]
        ar = [f"مسؤولون يجتمعون في {where[0][1]} لبحث الحدود", ""]
        for (first, last) in people:
            en.append(f"{first[0]} {last[0]}, a senior official, said on Monday that {number} people had left {where[1][0]}.")
            ar.append(f"وقال المسؤول الكبير {first[1]} {last[1]} يوم الاثنين إن {number} شخصا غادروا {where[1][1]}.")
        open(os.path.join(en_dir, f'story{i:05d}.txt'), 'w', encoding='utf-8').write('\n\n'.join(en) + '\n')
        open(os.path.join(ar_dir, f'story{i:05d}.txt'), 'w', encoding='utf-8').write('\n\n'.join(ar) + '\n')
    binary = subprocess.check_output(['swift', 'build', '-c', 'release', '--show-bin-path'], cwd=ROOT, text=True).strip()
    start = time.time()
    out = subprocess.run([os.path.join(binary, 'tarjuman'), 'crossref', '--english', en_dir, '--arabic', ar_dir,
                          '--format', 'json', '--out', os.path.join(args.work, 'out')],
                         capture_output=True, text=True)
    elapsed = time.time() - start
    # The largest resident set of a child so far: the crossref run (the
    # `swift build --show-bin-path` before it is far smaller).
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if out.returncode != 0:
        print(out.stderr, file=sys.stderr)
        sys.exit(1)
    index = json.loads(out.stdout)
    correct = sum(1 for m in index['matches'] if os.path.basename(m['english']) == os.path.basename(m['arabic']))
    print(f"crossref {args.reports} x {args.reports} generated reports: {elapsed:.1f} s "
          f"({args.reports / elapsed:.0f} report pairs/s, alignment of every chosen pair included); "
          f"{len(index['matches'])} pairs, {correct} correct, {len(index['unmatched_english'])} English unpaired; "
          f"peak memory {peak_mb:.0f} MB")

if __name__ == '__main__':
    main()
