#!/usr/bin/env python3
"""The HTML reports in a real browser (headless Chromium), as `make browser-test` runs them.

1. `tarjuman align --format html` on the seed pair; Chromium loads the page
   with a probe script appended (a copy: the page itself is not changed) and
   dumps the DOM. Checked:
   - every highlight (`mark.nm`) has exactly the text of its UTF-8 span
     (`data-start`, `data-end`) in the original file, and the highlights are
     exactly the mentions of the JSON report (pairs and one-sided names);
   - both columns are there, the Arabic one `lang="ar"` with a computed
     direction of rtl, laid out to the right of the English one;
   - every shared name is highlighted on both sides, with its number;
   - focusing a highlight shows its card (score, type, how it was found).
2. A report holding `<script>` and `&` shows them as text and runs no script
   of its own.
3. No console message at all from the page; a control page that logs an
   error proves the check sees console errors.
4. `tarjuman crossref --format html` writes index.html linking to each pair's page.
5. A screenshot of the seed pair: .build/artifacts/seed-pair.png (a build
   artifact; the docs show a copy).

Usage: python3 scripts/browser-check.py [--tarjuman PATH] [--chromium PATH]
Exits 1 on any failed check, listing them.
"""
import argparse
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile
from urllib.parse import unquote

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Relative, as a user types them (the page shows them); the script runs from the root.
ENGLISH = "seeds/000_63d4f025652b603e.txt"
ARABIC = "seeds/003_595fb47189156482.txt"
ARTIFACTS = os.path.join(ROOT, ".build/artifacts")

PROBE = """
<script>
window.addEventListener("load", function () {
  var en = document.querySelector("section.column.en"), ar = document.querySelector("section.column.ar");
  var result = {
    arDirection: ar ? getComputedStyle(ar).direction : null,
    enDirection: en ? getComputedStyle(en).direction : null,
    sideBySide: !!(en && ar) && ar.getBoundingClientRect().left >= en.getBoundingClientRect().right - 1,
    badges: Array.prototype.map.call(document.querySelectorAll("mark.p"), function (m) {
      return getComputedStyle(m, "::after").content; }),
  };
  var first = document.querySelector("mark.p");
  if (first) {
    first.focus();
    var card = document.getElementById("card");
    result.cardShown = !card.hidden;
    result.cardText = card.textContent;
    result.activeMarks = document.querySelectorAll("mark.active").length;
  }
  var out = document.createElement("pre");
  out.id = "probe-result";
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
});
</script>
"""


class Marks(html.parser.HTMLParser):
    """The text of every mark.nm, the sections and the scripts of a DOM dump."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.marks, self.sections, self.scripts = [], [], 0
        self.stack = []  # open marks
        self.probe = None
        self.in_probe = False
        self.text_chunks = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "mark" and "nm" in (a.get("class") or "").split():
            self.stack.append({"attrs": a, "text": ""})
        if tag == "section":
            self.sections.append(a)
        if tag == "script":
            self.scripts += 1
        if tag == "pre" and a.get("id") == "probe-result":
            self.in_probe, self.probe = True, ""

    def handle_endtag(self, tag):
        if tag == "mark" and self.stack:
            self.marks.append(self.stack.pop())
        if tag == "pre" and self.in_probe:
            self.in_probe = False

    def handle_data(self, data):
        for m in self.stack:
            m["text"] += data
        if self.in_probe:
            self.probe += data
        self.text_chunks.append(data)


def chromium_args(chromium):
    # --no-sandbox: CI runs as root; the pages are local files we made.
    return [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--no-first-run", "--disable-extensions", "--enable-logging=stderr", "--v=0"]


def run_chromium(chromium, url, *extra):
    result = subprocess.run(chromium_args(chromium) + list(extra) + [url], capture_output=True, timeout=120)
    console = [line for line in result.stderr.decode("utf-8", "replace").splitlines() if "CONSOLE" in line]
    return result.stdout.decode("utf-8"), console, result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tarjuman", default=None)
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser"))
    args = parser.parse_args()
    if not args.chromium:
        print("browser-check: chromium not found (make browser-test installs it)", file=sys.stderr)
        return 2
    tarjuman = os.path.abspath(args.tarjuman or os.path.join(ROOT, ".build/debug/tarjuman"))
    os.chdir(ROOT)
    failures = []

    def check(ok, what):
        print(("  ok    " if ok else "  FAIL  ") + what)
        if not ok:
            failures.append(what)

    os.makedirs(ARTIFACTS, exist_ok=True)
    work = tempfile.mkdtemp(prefix="tarjuman-browser-")
    page = os.path.join(ARTIFACTS, "seed-pair.html")
    subprocess.run([tarjuman, "align", "--format", "html", "-o", page, ENGLISH, ARABIC], check=True)
    report = json.loads(subprocess.run([tarjuman, "align", "--format", "json", ENGLISH, ARABIC], check=True,
                                       capture_output=True).stdout)
    files = {"en": open(ENGLISH, "rb").read(), "ar": open(ARABIC, "rb").read()}

    print("browser-check: the seed pair's page")
    probed = os.path.join(work, "probed.html")
    with open(page, encoding="utf-8") as f:
        text = f.read()
    with open(probed, "w", encoding="utf-8") as f:
        f.write(text.replace("</body>", PROBE + "</body>"))
    dom, console, _ = run_chromium(args.chromium, "file://" + probed, "--dump-dom", "--virtual-time-budget=5000",
                                   "--window-size=1400,1800")
    marks = Marks()
    marks.feed(dom)
    check(len(marks.marks) > 0, f"the page has highlights ({len(marks.marks)})")
    wrong = []
    seen = {"en": set(), "ar": set()}
    for m in marks.marks:
        a = m["attrs"]
        side = "ar" if a["id"].startswith(("ar-", "ao-")) else "en"
        start, end = int(a["data-start"]), int(a["data-end"])
        original = files[side][start:end].decode("utf-8")
        seen[side].add((start, end))
        if m["text"] != original:
            wrong.append(f"{a['id']}: {m['text']!r} != {original!r}")
    check(not wrong, "every highlight's text is its span in the original file" + ("; " + "; ".join(wrong[:5]) if wrong else ""))
    expected = {"en": set(), "ar": set()}
    for pair in report["pairs"]:
        for side, key in (("en", "english"), ("ar", "arabic")):
            expected[side] |= {(s["start"], s["end"]) for s in pair[key]["spans"]}
    for side, key in (("en", "unmatched_english"), ("ar", "unmatched_arabic")):
        for one in report[key]:
            expected[side] |= {(s["start"], s["end"]) for s in one["spans"]}
    check(seen == expected, "the highlights are exactly the JSON report's mentions "
          f"(en {len(seen['en'])}/{len(expected['en'])}, ar {len(seen['ar'])}/{len(expected['ar'])})")
    pairs_marked = {}
    for m in marks.marks:
        pair = m["attrs"].get("data-pair")
        if pair:
            pairs_marked.setdefault(pair, set()).add(m["attrs"]["id"][:2])
    check(len(pairs_marked) == len(report["pairs"]) and all(v == {"en", "ar"} for v in pairs_marked.values()),
          f"every shared name is highlighted on both sides ({len(pairs_marked)}/{len(report['pairs'])})")
    columns = {s.get("class"): s for s in marks.sections}
    en, ar = columns.get("column en"), columns.get("column ar")
    check(en is not None and ar is not None, "both columns are present")
    check(ar is not None and ar.get("dir") == "rtl" and ar.get("lang") == "ar", "the Arabic column has dir=rtl and lang=ar")
    probe = json.loads(marks.probe or "{}")
    check(probe.get("arDirection") == "rtl" and probe.get("enDirection") == "ltr",
          f"computed direction: Arabic {probe.get('arDirection')}, English {probe.get('enDirection')}")
    check(probe.get("sideBySide") is True, "the columns are side by side (Arabic to the right)")
    badges = probe.get("badges", [])
    check(badges and all(b.strip('"').isdigit() for b in badges), "every shared-name highlight shows its number")
    check(probe.get("cardShown") is True and "Score" in probe.get("cardText", "") and "Found by" in probe.get("cardText", ""),
          "focusing a highlight shows its card (score, type, how it was found)")
    check(probe.get("activeMarks", 0) >= 2, "focusing a name outlines its mentions on both sides")
    check(not console, "no console message from the page" + ("; " + console[0] if console else ""))

    print("browser-check: escaping")
    hostile_en = os.path.join(work, "hostile-en.txt")
    hostile_ar = os.path.join(work, "hostile-ar.txt")
    with open(hostile_en, "w", encoding="utf-8") as f:
        f.write('Mustafa Bali said <script>document.title="pwned"</script> & "quotes" \'here\' <b>not bold</b>.\n')
    with open(hostile_ar, "w", encoding="utf-8") as f:
        f.write('وقال مصطفى بالي <script>document.title="pwned"</script> إن القوات (SDF) وصلت 24 نقطة.\n')
    hostile = os.path.join(work, "hostile.html")
    subprocess.run([tarjuman, "align", "--format", "html", "-o", hostile, hostile_en, hostile_ar], check=True)
    dom, console, _ = run_chromium(args.chromium, "file://" + hostile, "--dump-dom", "--virtual-time-budget=3000")
    parsed = Marks()
    parsed.feed(dom)
    body_text = "".join(parsed.text_chunks)
    check(parsed.scripts == 1, f"only the page's own script element ({parsed.scripts})")
    check('<script>document.title="pwned"</script>' in body_text and "<b>not bold</b>" in body_text,
          "markup in a report shows as text")
    check("pwned" not in dom.split("<title>", 1)[1].split("</title>", 1)[0], "no script from a report ran")
    check(any(m["text"] == "مصطفى بالي" for m in parsed.marks), "the name in the hostile report is still highlighted")
    check(not console, "no console message from the hostile page")

    print("browser-check: console errors are seen")
    control = os.path.join(work, "control.html")
    with open(control, "w") as f:
        f.write('<!DOCTYPE html><html><body><script>console.error("control error"); undefinedFunction();</script></body></html>')
    _, console, _ = run_chromium(args.chromium, "file://" + control, "--dump-dom", "--virtual-time-budget=2000")
    check(any("control error" in line for line in console) and any("undefinedFunction" in line for line in console),
          "a page that logs an error and throws is caught")

    print("browser-check: crossref --format html")
    en_dir, ar_dir, out = (os.path.join(work, d) for d in ("en", "ar", "out"))
    os.makedirs(en_dir)
    os.makedirs(ar_dir)
    for name in os.listdir(os.path.join(ROOT, "seeds")):
        source = os.path.join(ROOT, "seeds", name)
        shutil.copy(source, os.path.join(ar_dir if name.startswith("003") else en_dir, name))
    subprocess.run([tarjuman, "crossref", "--english", en_dir, "--arabic", ar_dir, "--format", "html", "--out", out],
                   check=True, capture_output=True)
    index = os.path.join(out, "index.html")
    check(os.path.exists(index), "crossref wrote index.html")
    dom, console, _ = run_chromium(args.chromium, "file://" + index, "--dump-dom", "--virtual-time-budget=2000")
    links = [line.split('href="', 1)[1].split('"', 1)[0] for line in dom.split("<a ")[1:] if 'href="' in line]
    pages = [l for l in links if l.endswith(".html")]
    check(len(pages) == 1 and os.path.exists(os.path.join(out, unquote(pages[0]))), f"the index links to the pair's page ({pages})")
    check("000_63d4f025652b603e.txt" in dom and "without an Arabic counterpart" in dom, "the index lists the unpaired reports")
    check(not console, "no console message from the index")
    if pages:
        dom, console, _ = run_chromium(args.chromium, "file://" + os.path.join(out, unquote(pages[0])),
                                       "--dump-dom", "--virtual-time-budget=2000")
        check("mark class=\"nm p\"" in dom and not console, "the pair's page loads, highlighted, without console messages")

    print("browser-check: screenshot")
    shot = os.path.join(ARTIFACTS, "seed-pair.png")
    if os.path.exists(shot):
        os.remove(shot)
    run_chromium(args.chromium, "file://" + page, f"--screenshot={shot}", "--window-size=1400,1800")
    check(os.path.exists(shot) and os.path.getsize(shot) > 50_000, f"screenshot written: {os.path.relpath(shot, ROOT)}")
    # The same with the card of the third pair open, as focusing it (Tab) shows it.
    card_shot = os.path.join(ARTIFACTS, "seed-pair-card.png")
    if os.path.exists(card_shot):
        os.remove(card_shot)
    focused = os.path.join(work, "focused.html")
    with open(focused, "w", encoding="utf-8") as f:
        f.write(text.replace("</body>", '<script>document.getElementById("en-3-0").focus({ preventScroll: true });</script></body>'))
    run_chromium(args.chromium, "file://" + focused, f"--screenshot={card_shot}", "--window-size=1400,1800",
                 "--virtual-time-budget=2000")
    check(os.path.exists(card_shot) and os.path.getsize(card_shot) > 50_000,
          f"screenshot with a card written: {os.path.relpath(card_shot, ROOT)}")

    shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"browser-check: {len(failures)} FAILED")
        return 1
    print("browser-check: all checks passed; page and screenshot in .build/artifacts/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
