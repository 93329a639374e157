#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The translation gate: for each shipped language, fails on a message left unfinished or empty,
a placeholder (%1, %n, %L1) lost or added, or two keyboard shortcuts (&) of one window that the
translation made clash. English ships the plural forms only (lupdate -pluralonly): its other
messages fall back to the source text.

    check-translations.py TRANSLATIONS_DIR it en
"""
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

# Classes whose strings belong to several menus or windows: one letter may serve in each. The
# widget walk (test_accessibility) checks their menus and windows as they are shown.
SEVERAL_WINDOWS = {"desk::ui::MainWindow"}
PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")
MNEMONIC = re.compile(r"&([^&\s])")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def mnemonic(text):
    m = MNEMONIC.search((text or "").replace("&&", ""))
    return m.group(1).lower() if m else None


def forms(message):
    translation = message.find("translation")
    if translation is None:
        return None, []
    numerus = translation.findall("numerusform")
    texts = [n.text or "" for n in numerus] if numerus else [translation.text or ""]
    return translation, texts


def check(path, language):
    problems = []
    finished = 0
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        # Shortcuts: two strings of one class whose source letters differ must not end up the same.
        by_letter = defaultdict(list)
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation, texts = forms(message)
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            plural = message.get("numerus") == "yes"
            unfinished = translation.get("type") == "unfinished"
            if language == "en" and not plural:
                continue  # the source text is the English
            where = f"{language}: {name}: {source[:70]!r}"
            if unfinished or any(not t.strip() for t in texts):
                problems.append(f"{where}: not translated")
                continue
            finished += 1
            wanted = placeholders(source)
            for text in texts:
                got = placeholders(text)
                if plural and "%n" not in got and "%n" in wanted:
                    got = sorted(set(got) | {"%n"}) if len(texts) > 1 and text is texts[0] else got
                if got != wanted:
                    problems.append(f"{where}: placeholders {wanted} in the source, {got} in {text[:70]!r}")
            letter = mnemonic(texts[0])
            if letter and mnemonic(source):
                by_letter[letter].append((mnemonic(source), source, texts[0]))
        for letter, uses in by_letter.items():
            if name in SEVERAL_WINDOWS:
                break
            sources = {u[0] for u in uses}
            if len(uses) > 1 and len(sources) == len(uses):
                listed = ", ".join(repr(u[2]) for u in uses)
                problems.append(f"{language}: {name}: shortcut &{letter} clashes: {listed}")
    return finished, problems


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(sys.argv[1])
    failed = False
    for language in sys.argv[2:]:
        path = folder / f"incident-desk_{language}.ts"
        finished, problems = check(path, language)
        for p in problems:
            print(p)
        print(f"{path.name}: {finished} messages translated, {len(problems)} problems")
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
