#!/usr/bin/env python3
"""Compiles Data/gazetteer.tsv into Sources/Tarjuman/Alignment/Gazetteer+Data.swift.

Usage: python3 scripts/embed-gazetteer.py   (run after editing or rebuilding Data/gazetteer.tsv;
GazetteerTests checks that the two agree)
"""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, 'Data', 'gazetteer.tsv')
OUT = os.path.join(ROOT, 'Sources', 'Tarjuman', 'Alignment', 'Gazetteer+Data.swift')

text = open(SOURCE, encoding='utf-8').read()
assert '"""#' not in text
with open(OUT, 'w', encoding='utf-8') as out:
    out.write('// GENERATED from Data/gazetteer.tsv by scripts/embed-gazetteer.py. Do not edit.\n\n')
    out.write('extension Gazetteer {\n')
    out.write('    /// The text of `Data/gazetteer.tsv`.\n')
    out.write('    public static let builtInText = #"""\n')
    out.write(text if text.endswith('\n') else text + '\n')
    out.write('"""#\n}\n')
print(OUT)
