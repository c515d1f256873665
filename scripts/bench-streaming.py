#!/usr/bin/env python3
"""Streaming throughput of the CLIs beside C baselines, in one run.

Times, end to end on one input file (the seed reports repeated to --size MB):

  normalize --arabic none --english none           (no step)   vs C getline + fwrite
  normalize --form nfkc --arabic none --english none           vs C getline + ICU NFKC
  normalize --arabic search --english none                     vs C getline + ICU NFKC
  normalize (default: Arabic and English search)               vs C getline + ICU NFKC
  tarjuman transliterate --scheme buckwalter                   vs C getline + fwrite

each writing to a file on disk (standard output redirected, so no fsync) and
to /dev/null, plus `normalize -o FILE` (atomic output: fsync + rename) for the
no-step case. The C programs are kept in Benchmarks/c/ and compiled here:

  getline_copy.c   getline(3) + fwrite(3), lines unchanged
  getline_nfkc.c   getline(3) + u_strFromUTF8 -> unorm2_normalize (NFKC) ->
                   u_strToUTF8 + fwrite(3), buffers reused; `-q`: the
                   unorm2_spanQuickCheckYes idiom (a normalized line is
                   written as it was read)

Every case runs --runs times, interleaved with the others; the table shows the
best time as MB/s (MB = 10^6 bytes of input), the baseline's best MB/s, the
ratio of the two times (case / baseline: under 1 is faster than C) and the
peak RSS of the process (the largest of its runs, from GNU time's %M). Before the
table, outputs that must be identical are compared byte for byte: the no-step
output and the C copy with the input, normalize's NFKC with both C NFKC
programs. The search rows do other work than NFKC (the baseline is the
project's yardstick, "as fast as ICU's NFKC"), hence "n/a" under "same".

With --before-normalize/--before-tarjuman (an older build) every case runs
with those binaries too, interleaved, as rows marked "(before)", whose output
must be the same bytes as this build's.

Usage: python3 scripts/bench-streaming.py [--size 100] [--runs 5]
         [--normalize PATH --tarjuman PATH] [--cases REGEX] [--keep DIR]
         [--before-normalize PATH --before-tarjuman PATH]
Without --normalize/--tarjuman it builds both release products first
(`swift build -c release --product ...`; SWIFT overrides the driver).
Exits 1 when an output differs from its reference or a run fails.
"""
import argparse, hashlib, os, re, shlex, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def build(swift):
    for product in ('normalize', 'tarjuman'):
        print(f'bench-streaming: {swift} build -c release --product {product}', file=sys.stderr)
        out = subprocess.run([swift, 'build', '-c', 'release', '--product', product], cwd=ROOT,
                             capture_output=True, text=True)
        if out.returncode != 0:
            sys.stderr.write(out.stdout[-4000:] + out.stderr[-4000:])
            sys.exit(2)
    return subprocess.check_output([swift, 'build', '-c', 'release', '--show-bin-path'], cwd=ROOT, text=True).strip()


def make_corpus(path, size):
    """The seed reports (a line feed after each, as they end without one),
    in name order, repeated to at least `size` bytes."""
    seeds = sorted(f for f in os.listdir(os.path.join(ROOT, 'seeds')) if f.endswith('.txt'))
    block = b''.join(open(os.path.join(ROOT, 'seeds', f), 'rb').read() + b'\n' for f in seeds)
    count = -(-size // len(block))
    with open(path, 'wb') as out:
        for _ in range(count):
            out.write(block)
    return len(block) * count


def compile_c(work):
    cc = os.environ.get('CC', 'cc')
    icu = shlex.split(subprocess.check_output(['pkg-config', '--cflags', '--libs', 'icu-uc', 'icu-i18n'], text=True))
    c = os.path.join(ROOT, 'Benchmarks', 'c')
    copy, nfkc = os.path.join(work, 'getline_copy'), os.path.join(work, 'getline_nfkc')
    sh([cc, '-O2', '-o', copy, os.path.join(c, 'getline_copy.c')])
    sh([cc, '-O2', '-o', nfkc, os.path.join(c, 'getline_nfkc.c')] + icu)
    return copy, nfkc


TIME = '/usr/bin/time'


def run(cmd, stdin_path, stdout_path, report):
    """Runs cmd with stdin from a file and stdout to a file; returns
    (seconds, peak RSS in KiB, exit status, stderr). The peak RSS comes from
    GNU time (`%M`) when it is installed: the child's own figure from wait4
    would include the Python process it was forked from."""
    use_time = os.access(TIME, os.X_OK)
    full = [TIME, '-f', '%M', '-o', report, '--'] + cmd if use_time else cmd
    with open(stdin_path, 'rb') as fin, open(stdout_path, 'wb') as fout:
        start = time.perf_counter()
        proc = subprocess.Popen(full, stdin=fin, stdout=fout, stderr=subprocess.PIPE)
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    peak = usage.ru_maxrss
    if use_time:
        lines = open(report).read().split()
        peak = int(lines[-1]) if lines and lines[-1].isdigit() else 0
        if lines and lines[0] == 'Command':  # "Command exited with non-zero status N" / "terminated by signal"
            code = code or 1
    return elapsed, peak, code, err.decode(errors='replace')


def digest(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        for chunk in iter(lambda: f.read(1 << 20), b''):
            h.update(chunk)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--size', type=int, default=100, help='input size in MB (10^6 bytes; default 100)')
    ap.add_argument('--runs', type=int, default=5, help='runs of each case, interleaved (default 5)')
    ap.add_argument('--normalize', help='the normalize binary (default: build release)')
    ap.add_argument('--tarjuman', help='the tarjuman binary (default: build release)')
    ap.add_argument('--cases', help='only the cases whose name matches this regular expression (baselines always run)')
    ap.add_argument('--before-normalize', help='another normalize (an older build): its rows, "(before)", run interleaved')
    ap.add_argument('--before-tarjuman', help='another tarjuman, likewise')
    ap.add_argument('--keep', help='work in this directory and keep it (default: a temporary directory, removed)')
    args = ap.parse_args()

    if not args.normalize or not args.tarjuman:
        bin_path = build(os.environ.get('SWIFT', 'swift'))
        args.normalize = args.normalize or os.path.join(bin_path, 'normalize')
        args.tarjuman = args.tarjuman or os.path.join(bin_path, 'tarjuman')
    work = args.keep or tempfile.mkdtemp(prefix='tarjuman-streaming.')
    os.makedirs(work, exist_ok=True)
    try:
        return bench(args, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def bench(args, work):
    corpus = os.path.join(work, 'input.txt')
    size = make_corpus(corpus, args.size * 1_000_000)
    copy, nfkc = compile_c(work)
    N, T = args.normalize, args.tarjuman
    none = ['--arabic', 'none', '--english', 'none']

    # name, command, baseline name, output kind ('file' | 'null' | 'atomic'), reference for "same"
    baselines = [
        ('C getline + fwrite', [copy], None),
        ('C getline + ICU NFKC', [nfkc], None),
        ('C getline + ICU NFKC, quick check', [nfkc, '-q'], None),
    ]
    cases = [
        ('normalize, no step', [N] + none, 'C getline + fwrite'),
        ('normalize --form nfkc, no step', [N, '--form', 'nfkc'] + none, 'C getline + ICU NFKC'),
        ('normalize --arabic search --english none', [N, '--arabic', 'search', '--english', 'none'], 'C getline + ICU NFKC'),
        ('normalize (default: search)', [N], 'C getline + ICU NFKC'),
        ('tarjuman transliterate --scheme buckwalter', [T, 'transliterate', '--scheme', 'buckwalter'], 'C getline + fwrite'),
    ]
    if args.before_normalize or args.before_tarjuman:
        swap = {N: args.before_normalize, T: args.before_tarjuman}
        cases = [row for name, cmd, base in cases
                 for row in [(name, cmd, base)] + ([(name + ' (before)', [swap[cmd[0]]] + cmd[1:], base)] if swap[cmd[0]] else [])]
    if args.cases:
        cases = [c for c in cases if re.search(args.cases, c[0])]
    jobs = []  # (label, name, output kind, command)
    for name, cmd, _ in baselines:
        for kind in ('file', 'null'):
            jobs.append((name, kind, cmd))
    for name, cmd, _ in cases:
        for kind in ('file', 'null'):
            jobs.append((name, kind, cmd))
        if name.startswith('normalize, no step'):
            jobs.append((name, 'atomic', cmd))
    out_file = os.path.join(work, 'out.txt')
    atomic_file = os.path.join(work, 'atomic.txt')

    best, rss, digests = {}, {}, {}
    failed = False
    for r in range(args.runs):
        for name, kind, cmd in jobs:
            key = (name, kind)
            if kind == 'atomic':
                full, dest = cmd + ['-o', atomic_file, corpus], os.devnull
            else:
                full, dest = cmd, (out_file if kind == 'file' else os.devnull)
            stdin = os.devnull if kind == 'atomic' else corpus
            seconds, peak, status, err = run(full, stdin, dest, os.path.join(work, 'time.txt'))
            if status != 0:
                print(f'bench-streaming: {name} ({kind}) failed with {status}: {err.strip()[:300]}', file=sys.stderr)
                failed = True
                continue
            best[key] = min(best.get(key, float('inf')), seconds)
            rss[key] = max(rss.get(key, 0), peak)
            if r == 0 and kind in ('file', 'atomic'):
                digests[key] = digest(out_file if kind == 'file' else atomic_file)
        print(f'bench-streaming: run {r + 1}/{args.runs} done', file=sys.stderr)

    # Outputs that must be byte-identical.
    input_digest = digest(corpus)
    same = {}
    def check(key, reference, label):
        nonlocal failed
        if key not in digests or reference is None:
            return
        ok = digests[key] == reference
        same[key] = 'yes' if ok else 'NO'
        if not ok:
            print(f'bench-streaming: {key[0]} ({key[1]}): output differs from {label}', file=sys.stderr)
            failed = True
    check(('C getline + fwrite', 'file'), input_digest, 'the input')
    check(('C getline + ICU NFKC, quick check', 'file'), digests.get(('C getline + ICU NFKC', 'file')), 'C NFKC')
    for before in ('', ' (before)'):
        check(('normalize, no step' + before, 'file'), input_digest, 'the input')
        check(('normalize, no step' + before, 'atomic'), input_digest, 'the input')
        check(('normalize --form nfkc, no step' + before, 'file'), digests.get(('C getline + ICU NFKC', 'file')), 'C NFKC')
    # An older build must give the same bytes as this one.
    for name, _, _ in cases:
        if name.endswith(' (before)'):
            check((name, 'file'), digests.get((name[:-len(' (before)')], 'file')), 'this build')

    mb = size / 1e6
    where = {'file': 'file (stdout)', 'null': '/dev/null', 'atomic': 'file (-o, fsync)'}
    print()
    print(f'Input: {mb:.1f} MB ({size} bytes; the seeds repeated), best of {args.runs} interleaved runs; '
          f'ratio = time / baseline time (under 1: faster than the baseline).')
    print()
    print('| case | output | MB/s | baseline | baseline MB/s | ratio | peak RSS MB | same |')
    print('| --- | --- | ---: | --- | ---: | ---: | ---: | --- |')
    base_of = {name: base for name, _, base in cases}
    for name, kind, _ in jobs:
        key = (name, kind)
        if key not in best:
            continue
        speed = mb / best[key]
        base = base_of.get(name)
        bkey = (base, 'null' if kind == 'null' else 'file')
        if base and bkey in best:
            bspeed = f'{mb / best[bkey]:.0f}'
            ratio = f'{best[key] / best[bkey]:.2f}×'
        else:
            base, bspeed, ratio = base or '—', '', ''
        s = same.get(key, 'n/a' if name in base_of and kind == 'file' else '')
        print(f'| {name} | {where[kind]} | {speed:.0f} | {base} | {bspeed} | {ratio} | {rss[key] / 1024:.1f} | {s} |')
    print()
    print('Commands (input on stdin; -o FILE for the atomic row):')
    for name, cmd, _ in baselines + cases:
        shown = ' '.join(shlex.quote(os.path.basename(c) if i == 0 else c) for i, c in enumerate(cmd))
        print(f'  {name}: {shown}')
    if failed:
        print('bench-streaming: FAILED (see above)', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
