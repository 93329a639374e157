// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdiff.h"

#include <algorithm>
#include <vector>

namespace desk::TextDiff {

namespace {

using Tokens = QList<QStringView>;

Tokens words(QStringView text)
{
    Tokens out;
    qsizetype start = 0;
    auto kindOf = [](QChar c) { return c.isLetterOrNumber() ? 0 : (c.isSpace() ? 1 : 2); };
    for (qsizetype i = 1; i <= text.size(); ++i) {
        if (i == text.size() || kindOf(text[i]) != kindOf(text[start]) || kindOf(text[i]) == 2) {
            out.append(text.mid(start, i - start));
            start = i;
        }
    }
    return out;
}

Tokens lines(QStringView text)
{
    Tokens out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n') {
            out.append(text.mid(start, i - start + 1));
            start = i + 1;
        }
    }
    if (start < text.size())
        out.append(text.mid(start));
    return out;
}

void append(QList<Piece> &out, Piece::Kind kind, QStringView text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().kind == kind)
        out.last().text += text;
    else
        out.append({kind, text.toString()});
}

// Longest common subsequence on the tokens between a common prefix and suffix.
QList<Piece> diffTokens(const Tokens &a, const Tokens &b)
{
    QList<Piece> out;
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    for (qsizetype i = 0; i < prefix; ++i)
        append(out, Piece::Kind::Same, a[i]);

    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    // table[i][j]: LCS length of a[prefix+i..] and b[prefix+j..]
    std::vector<quint32> table(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> quint32 & { return table[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1 : qMax(at(i + 1, j), at(i, j + 1));
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a[prefix + i] == b[prefix + j]) {
            append(out, Piece::Kind::Same, a[prefix + i]);
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            append(out, Piece::Kind::Removed, a[prefix + i++]);
        } else {
            append(out, Piece::Kind::Added, b[prefix + j++]);
        }
    }
    for (; i < n; ++i)
        append(out, Piece::Kind::Removed, a[prefix + i]);
    for (; j < m; ++j)
        append(out, Piece::Kind::Added, b[prefix + j]);
    for (qsizetype k = a.size() - suffix; k < a.size(); ++k)
        append(out, Piece::Kind::Same, a[k]);
    return out;
}

// Above this many cells the word table would cost too much memory and time; lines then.
constexpr qsizetype kMaxCells = 4'000'000;

qsizetype middleCells(const Tokens &a, const Tokens &b)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    return (a.size() - prefix - suffix + 1) * (b.size() - prefix - suffix + 1);
}

} // namespace

QList<Piece> compare(const QString &before, const QString &after)
{
    const Tokens a = words(before);
    const Tokens b = words(after);
    if (middleCells(a, b) <= kMaxCells)
        return diffTokens(a, b);
    const Tokens la = lines(before);
    const Tokens lb = lines(after);
    if (middleCells(la, lb) <= kMaxCells)
        return diffTokens(la, lb);
    return {{Piece::Kind::Removed, before}, {Piece::Kind::Added, after}};
}

QString toHtml(const QList<Piece> &pieces)
{
    QString html;
    for (const Piece &p : pieces) {
        QString text = p.text.toHtmlEscaped();
        text.replace(u'\n', QStringLiteral("<br>"));
        switch (p.kind) {
        case Piece::Kind::Same:
            html += text;
            break;
        case Piece::Kind::Added:
            html += QStringLiteral("<span style=\"background:#d7f5dd;color:#0b5d1e\">") + text
                    + QStringLiteral("</span>");
            break;
        case Piece::Kind::Removed:
            html += QStringLiteral("<span style=\"background:#fbe0df;color:#8a1c15;text-decoration:line-through\">")
                    + text + QStringLiteral("</span>");
            break;
        }
    }
    return html;
}

Stats stats(const QList<Piece> &pieces)
{
    Stats s;
    for (const Piece &p : pieces) {
        if (p.kind == Piece::Kind::Same)
            continue;
        const Tokens tokens = words(p.text);
        const int n = int(std::count_if(tokens.cbegin(), tokens.cend(),
                                        [](QStringView t) { return !t.isEmpty() && t.front().isLetterOrNumber(); }));
        (p.kind == Piece::Kind::Added ? s.addedWords : s.removedWords) += n;
    }
    return s;
}

} // namespace desk::TextDiff
