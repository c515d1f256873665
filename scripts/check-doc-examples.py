#!/usr/bin/env python3
"""Compile and run every Swift example of the documentation; check its output.

    python3 scripts/check-doc-examples.py [--show] [FILE.md ...]    (make doc-examples)

Without arguments it checks README.md and every .md file of the DocC catalogs
(Sources/*/*.docc). Python 3 standard library only.

The convention, in the Markdown files:

  * A fenced block opened with ```swift is an example. It must compile.
  * If the next non-blank line after the block opens a ```text block, that
    text block is the exact standard output of running the example (compared
    line for line; the example's output must end with a line feed, as
    print does).
  * ```swift ignore (or ```swift skip) marks a block that is not an example,
    such as a Package.swift snippet. Use it sparingly.
  * An example starts with its own import lines; one without any gets
    `import Tarjuman`. Each example is a file of its own with the upcoming
    feature MemberImportVisibility on, so an example that uses Foundation's
    `range(of:)` must import Foundation itself.
  * The body runs inside `do { ... } catch { ... }` in a function of its own,
    so `try` works; an error that escapes fails the example.

How: a throwaway consumer package under .build/doc-examples/ depends on this
checkout by path (product Tarjuman, Swift 6 language mode) and holds one file
per example plus a main.swift that runs the example whose number it is given.
It is built once with its own scratch path (.build/doc-examples/.build, apart
from the package's own build); `#sourceLocation` makes compiler messages point
at the Markdown file and line. If some examples do not compile, they are
reported, replaced by stubs that fail, and the rest is built and run. Each
example runs in a process of its own (timeout TIMEOUT seconds). Every failure
is reported as FILE:LINE; the exit status is 1 if any example failed.

--show prints every example's standard output (for writing new examples).

Environment: SWIFT (default swift), DOC_EXAMPLES_TIMEOUT (default 300).
"""

import difflib
import glob
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, ".build", "doc-examples")
SCRATCH = os.path.join(WORK, ".build")
SWIFT = os.environ.get("SWIFT", "swift")
TIMEOUT = float(os.environ.get("DOC_EXAMPLES_TIMEOUT", "300"))
SKIP_WORDS = {"ignore", "skip"}
FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*([^`]*)$")


class Example:
    def __init__(self, path, line, code, body_line, expected, expected_line):
        self.path = path                  # Markdown file (relative to ROOT)
        self.line = line                  # line of the opening fence
        self.code = code                  # list of lines
        self.body_line = body_line        # line of the first code line
        self.expected = expected          # list of lines, or None
        self.expected_line = expected_line
        self.index = 0

    @property
    def where(self):
        return f"{self.path}:{self.line}"


def fenced_blocks(lines):
    """Yield (info, open_line, content_lines, first_content_line, close_index)."""
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, fence, info = len(m.group(1)), m.group(2), m.group(3).strip()
        start = i
        content = []
        i += 1
        while i < len(lines):
            stripped = lines[i].strip()
            if stripped.startswith(fence[0] * len(fence)) and stripped.strip(fence[0]) == "":
                break
            line = lines[i]
            # Drop the fence's indentation (blocks inside list items).
            content.append(line[indent:] if line[:indent].strip() == "" else line.lstrip())
            i += 1
        yield info, start + 1, content, start + 2, i
        i += 1


SKIPPED = []


def examples_in(path):
    rel = os.path.relpath(path, ROOT)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    blocks = list(fenced_blocks(lines))
    found = []
    for n, (info, open_line, content, first, close) in enumerate(blocks):
        words = info.split()
        if not words or words[0] != "swift":
            continue
        if SKIP_WORDS & set(words[1:]):
            SKIPPED.append(f"{rel}:{open_line}")
            continue
        expected = expected_line = None
        if n + 1 < len(blocks):
            nxt = blocks[n + 1]
            between = lines[close + 1: nxt[1] - 1]
            if nxt[0].split()[:1] == ["text"] and all(l.strip() == "" for l in between):
                expected, expected_line = nxt[2], nxt[1]
        found.append(Example(rel, open_line, content, first, expected, expected_line))
    return found


def swift_file(example, stub=False):
    """One example as a Swift file: its imports on top, its body in a function."""
    imports, body, body_line = [], list(example.code), example.body_line
    while body and (body[0].strip() == "" or body[0].lstrip().startswith(("import ", "@preconcurrency import "))):
        if body[0].strip():
            imports.append((body_line, body[0].strip()))
        body.pop(0)
        body_line += 1
    src = os.path.join(ROOT, example.path)
    out = [f"// {example.where} (generated by scripts/check-doc-examples.py)"]
    if not imports:
        out.append("import Tarjuman")
    for line_no, imp in imports:
        out += [f'#sourceLocation(file: "{src}", line: {line_no})', imp, "#sourceLocation()"]
    out.append(f"func example{example.index}() {{")
    if stub:
        out.append(f'    exampleDidNotCompile("{example.where}")')
    else:
        out.append("    do {")
        out.append("        try exampleStart()")
        out.append(f'#sourceLocation(file: "{src}", line: {body_line})')
        out += body
        out.append("#sourceLocation()")
        out.append("    } catch {")
        out.append("        exampleThrew(error)")
        out.append("    }")
    out.append("}")
    return "\n".join(out) + "\n"


MAIN = """\
// Generated by scripts/check-doc-examples.py: runs the example whose number is
// the first argument.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func exampleStart() throws {}

func standardError(_ message: String) {
    var message = message + "\\n"
    message.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
}

func exampleThrew(_ error: any Error) {
    standardError("example threw: \\(error)")
    exit(3)
}

func exampleDidNotCompile(_ place: String) {
    standardError("\\(place): did not compile")
    exit(4)
}

let examples: [() -> Void] = [
%s
]

let arguments = CommandLine.arguments
guard arguments.count == 2, let n = Int(arguments[1]), examples.indices.contains(n) else {
    standardError("usage: doc-examples N (0..<\\(examples.count))")
    exit(64)
}
examples[n]()
"""

PACKAGE = """\
// swift-tools-version: 6.0
// Generated by scripts/check-doc-examples.py: the documentation's examples as
// a consumer of the package at %(root)s.
import PackageDescription

let package = Package(
    name: "DocExamples",
    dependencies: [.package(path: %(root_literal)s)],
    targets: [
        .executableTarget(
            name: "doc-examples",
            dependencies: [.product(name: "Tarjuman", package: %(identity)s)],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
"""


def write_package(examples, stubs):
    sources = os.path.join(WORK, "Sources", "doc-examples")
    if os.path.isdir(sources):
        shutil.rmtree(sources)
    os.makedirs(sources)
    literal = '"' + ROOT.replace("\\", "\\\\").replace('"', '\\"') + '"'
    identity = '"' + os.path.basename(ROOT).lower() + '"'
    write_if_changed(os.path.join(WORK, "Package.swift"),
                     PACKAGE % {"root": ROOT, "root_literal": literal, "identity": identity})
    for e in examples:
        write_if_changed(os.path.join(sources, f"Example{e.index}.swift"), swift_file(e, e.index in stubs))
    table = "\n".join(f"    example{e.index}," for e in examples)
    write_if_changed(os.path.join(sources, "main.swift"), MAIN % table)


def write_if_changed(path, text):
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def build():
    cmd = [SWIFT, "build", "--package-path", WORK, "--scratch-path", SCRATCH, "--product", "doc-examples"]
    print("doc-examples: " + " ".join(cmd), flush=True)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return p.returncode, p.stdout


def failing_examples(log, examples):
    """Examples that a compiler error points into, with the error lines."""
    by_file = {}
    for e in examples:
        by_file.setdefault(os.path.join(ROOT, e.path), []).append(e)
    errors, stray = {}, []
    pattern = re.compile(r"^(.+?):(\d+):(\d+): error: (.*)$")
    for line in log.split("\n"):
        m = pattern.match(line)
        if not m:
            continue
        path, line_no = m.group(1), int(m.group(2))
        hit = None
        for e in by_file.get(path, []):
            if e.line <= line_no <= e.line + len(e.code) + 1:
                hit = e
        if hit is None:
            gen = re.search(r"/Example(\d+)\.swift$", path)
            if gen:
                hit = next((e for e in examples if e.index == int(gen.group(1))), None)
        if hit is None:
            stray.append(line)
        else:
            message = f"{os.path.relpath(path, ROOT)}:{line_no}:{m.group(3)}: error: {m.group(4)}"
            if message not in errors.setdefault(hit.index, []):
                errors[hit.index].append(message)
    return errors, stray


def main(argv):
    show = "--show" in argv
    argv = [a for a in argv if a != "--show"]
    if argv:
        files = [os.path.abspath(a) for a in argv]
    else:
        files = [os.path.join(ROOT, "README.md")]
        files += sorted(glob.glob(os.path.join(ROOT, "Sources", "*", "*.docc", "**", "*.md"), recursive=True))
    examples = []
    for path in files:
        examples += examples_in(path)
    for i, e in enumerate(examples):
        e.index = i
    checked = sum(1 for e in examples if e.expected is not None)
    print(f"doc-examples: {len(examples)} Swift examples in {len(files)} files, "
          f"{checked} with expected output; skipped (swift ignore): {', '.join(SKIPPED) or 'none'}", flush=True)
    if not examples:
        return 0

    os.makedirs(WORK, exist_ok=True)
    failures = []
    write_package(examples, set())
    status, log = build()
    if status != 0:
        errors, stray = failing_examples(log, examples)
        if stray or not errors:
            print(log)
            print("doc-examples: FAILED: the examples' package does not build (log above)")
            return 1
        for index, messages in sorted(errors.items()):
            e = examples[index]
            failures.append(e)
            print(f"{e.where}: FAIL: does not compile")
            for message in messages:
                print("    " + message)
        write_package(examples, set(errors))
        status, log = build()
        if status != 0:
            print(log)
            print("doc-examples: FAILED: the examples' package does not build even without the failing examples")
            return 1
    binary = os.path.join(SCRATCH, "debug", "doc-examples")
    for e in examples:
        if any(f is e for f in failures):
            continue
        try:
            p = subprocess.run([binary, str(e.index)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               timeout=TIMEOUT, cwd=ROOT)
        except subprocess.TimeoutExpired:
            failures.append(e)
            print(f"{e.where}: FAIL: still running after {TIMEOUT:.0f} s")
            continue
        out = p.stdout.decode("utf-8", errors="replace")
        err = p.stderr.decode("utf-8", errors="replace")
        if p.returncode != 0:
            failures.append(e)
            print(f"{e.where}: FAIL: exit status {p.returncode}")
            for line in err.rstrip("\n").split("\n")[-10:]:
                print("    " + line)
            continue
        if show:
            print(f"{e.where}: output:")
            for line in out.rstrip("\n").split("\n"):
                print("    | " + line)
        if e.expected is None:
            print(f"{e.where}: ok (compiles and runs)")
            continue
        expected = "".join(line + "\n" for line in e.expected)
        if out == expected:
            print(f"{e.where}: ok (output matches {e.path}:{e.expected_line})")
        else:
            failures.append(e)
            print(f"{e.where}: FAIL: output differs from the text block at {e.path}:{e.expected_line}")
            if expected.splitlines() == out.splitlines():
                print(f"    only the line ends differ: expected {expected[-20:]!r}, got {out[-20:]!r}")
            diff = difflib.unified_diff(expected.splitlines(), out.splitlines(),
                                        "expected", "actual", lineterm="", n=1)
            for line in diff:
                print("    " + line)
    if failures:
        print(f"doc-examples: FAILED: {len(failures)} of {len(examples)} examples")
        return 1
    print(f"doc-examples: all {len(examples)} examples compile and run; "
          f"{checked} printed exactly their expected output")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
