#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Fills translations/incident-desk_<lang>.ts from translations/<language>.py after lupdate.
# Usage: python3 translations/fill.py it   (or en)
import sys, pathlib, xml.etree.ElementTree as ET
here = pathlib.Path(__file__).parent
lang = sys.argv[1] if len(sys.argv) > 1 else "it"
module = {"it": "italian", "en": "english"}[lang]
ns = {}
exec((here / f"{module}.py").read_text(encoding="utf-8"), ns)
table, by_context = ns["TABLE"], ns.get("CONTEXT", {})
only_listed = lang == "en"  # English: the sources are the texts, only plurals need forms
path = here / f"incident-desk_{lang}.ts"
tree = ET.parse(path)
missing = []
for ctx in tree.getroot().iter("context"):
    name = ctx.find("name").text
    for msg in ctx.findall("message"):
        src = msg.find("source").text
        tr = msg.find("translation")
        comment = msg.find("comment").text if msg.find("comment") is not None else None
        value = by_context.get((name, src, comment), table.get(src))
        if value is None and only_listed and msg.get("numerus") == "yes" and "(s)" in src:
            # English plurals follow the source: "report(s)" is "report" and "reports".
            value = [src.replace("(s)", ""), src.replace("(s)", "s")]
        if value is None:
            if not only_listed:
                missing.append(f"{name}: {src}")
            continue
        if isinstance(value, list) != (msg.get("numerus") == "yes"):
            missing.append(f"{name}: {src} (plural forms do not match the message)")
            continue
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in value:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value
tree.write(str(path), encoding="utf-8", xml_declaration=True)
text = path.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
path.write_text(text, encoding="utf-8")
for m in missing:
    print("untranslated:", m)
print(f"{path.name}: {len(missing)} untranslated")
