#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A man page from a program's --help and --version (help2man), compressed as Debian wants it.
#   make-manpage.sh PROGRAM "one-line description" OUTPUT.1.gz
set -euo pipefail
program=$1 name=$2 out=$3
runtime=$(mktemp -d)
trap 'rm -rf "$runtime"' EXIT
# The GUI parses its options inside a QApplication: no display needed, nothing written.
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$runtime HOME=$runtime LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= \
    help2man --no-info --no-discard-stderr --locale=C.UTF-8 -n "$name" "$program" > "${out%.gz}"
gzip -9nf "${out%.gz}"
