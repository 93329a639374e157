#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists the largest source files and the longest functions, and checks the structure's limits:
no file over 600 lines in app/ and ui/, no function over 80 lines in ui/.

    python3 tests/tools/check-sizes.py [--top N] [--check]

A function is a definition that starts at the beginning of a line and whose body opens with a
brace alone on the next line (the project's style, clang-format); its length runs to the
matching closing brace at the beginning of a line.
"""
import argparse
import pathlib
import re
import signal
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
MAX_FILE_LINES = 600
MAX_UI_FUNCTION_LINES = 80
HEAD = re.compile(r"^[A-Za-z_~].*\)\s*(const)?\s*(override)?\s*(noexcept)?\s*$|^[A-Za-z_~].*\)\s*:\s*.*$|^\s+:\s")


def functions(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    i = 0
    while i < len(lines):
        if lines[i] == "{" and i > 0:
            # Walk back to the line where the signature starts (column 0, not a comment).
            start = i - 1
            while start > 0 and (lines[start].startswith((" ", "\t")) or lines[start] == ""):
                start -= 1
            signature = lines[start]
            end = i + 1
            while end < len(lines) and lines[end] != "}":
                end += 1
            if "(" in signature and not signature.startswith(("namespace", "class", "struct", "enum", "//", "#")):
                name = signature.split("(")[0].split()[-1] if signature.split("(")[0].split() else signature
                out.append((end - start + 1, name, start + 1))
            i = end + 1
            continue
        i += 1
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--check", action="store_true", help="fail when a limit is exceeded")
    parser.add_argument("--root", type=pathlib.Path, help="another checkout to measure (e.g. an older commit)")
    args = parser.parse_args()
    global ROOT
    if args.root:
        ROOT = args.root.resolve()
    sources = [p for folder in ("app", "ui") for p in (ROOT / folder).rglob("*") if p.suffix in (".cpp", ".h")]
    sizes = sorted(((len(p.read_text(encoding="utf-8").splitlines()), p.relative_to(ROOT)) for p in sources), reverse=True)
    print(f"largest files (of {len(sizes)}):")
    for n, p in sizes[: args.top]:
        print(f"  {n:5d}  {p}")
    all_functions = []
    for p in sources:
        if p.suffix == ".cpp":
            for n, name, line in functions(p):
                all_functions.append((n, f"{p.relative_to(ROOT)}:{line}", name))
    all_functions.sort(reverse=True)
    print("longest functions:")
    for n, where, name in all_functions[: args.top]:
        print(f"  {n:5d}  {where}  {name}")
    problems = [f"{p}: {n} lines (at most {MAX_FILE_LINES})" for n, p in sizes if n > MAX_FILE_LINES]
    problems += [f"{where} {name}: {n} lines (at most {MAX_UI_FUNCTION_LINES} in ui/)"
                 for n, where, name in all_functions if where.startswith("ui/") and n > MAX_UI_FUNCTION_LINES]
    for p in problems:
        print("over the limit:", p)
    if not problems:
        print(f"within the limits: files at most {MAX_FILE_LINES} lines, ui/ functions at most {MAX_UI_FUNCTION_LINES}")
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # piped into head: stop quietly
    sys.exit(main())
