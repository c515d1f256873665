#!/usr/bin/env python3
"""Compiles the data files the library ships into Swift sources:

  Data/gazetteer.tsv          -> Sources/Tarjuman/Alignment/Gazetteer+Data.swift
  Data/arabic-frequency.tsv   -> Sources/Tarjuman/Alignment/ArabicWordFrequency+Data.swift
  Data/schemes/*.tsv          -> Sources/Tarjuman/Transliteration/TransliterationScheme+Data.swift
  Data/reranker.tsv           -> Sources/Tarjuman/Names/RerankWeights+Data.swift

Usage: python3 scripts/embed-data.py   (run after editing or rebuilding a data
file; GazetteerTests and ArabicWordFrequencyTests check that file and copy agree)
"""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = [
    ('gazetteer.tsv', 'Alignment/Gazetteer+Data.swift', 'Gazetteer', 'builtInText'),
    ('arabic-frequency.tsv', 'Alignment/ArabicWordFrequency+Data.swift', 'ArabicWordFrequency', 'builtInText'),
    ('reranker.tsv', 'Names/RerankWeights+Data.swift', 'RerankWeights', 'builtInText'),
]

for source, target, type_name, member in FILES:
    text = open(os.path.join(ROOT, 'Data', source), encoding='utf-8').read()
    assert '"""#' not in text
    out_path = os.path.join(ROOT, 'Sources', 'Tarjuman', target)
    with open(out_path, 'w', encoding='utf-8') as out:
        out.write(f'// GENERATED from Data/{source} by scripts/embed-data.py. Do not edit.\n\n')
        out.write(f'extension {type_name} {{\n')
        out.write(f'    /// The text of `Data/{source}`.\n')
        out.write(f'    public static let {member} = #"""\n')
        out.write(text if text.endswith('\n') else text + '\n')
        out.write('"""#\n}\n')
    print(out_path)

schemes_dir = os.path.join(ROOT, 'Data', 'schemes')
out_path = os.path.join(ROOT, 'Sources', 'Tarjuman', 'Transliteration', 'TransliterationScheme+Data.swift')
with open(out_path, 'w', encoding='utf-8') as out:
    out.write('// GENERATED from Data/schemes/*.tsv by scripts/embed-data.py. Do not edit.\n\n')
    out.write('extension TransliterationScheme {\n')
    out.write('    /// The text of each `Data/schemes/NAME.tsv`, by scheme name.\n')
    out.write('    public static let builtInTables: [String: String] = [\n')
    for name in sorted(os.listdir(schemes_dir)):
        if not name.endswith('.tsv'):
            continue
        text = open(os.path.join(schemes_dir, name), encoding='utf-8').read()
        assert '"""#' not in text
        out.write(f'        "{name[:-4]}": #"""\n')
        out.write(text if text.endswith('\n') else text + '\n')
        out.write('"""#,\n')
    out.write('    ]\n}\n')
print(out_path)
