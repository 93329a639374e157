// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdiff.h"

#include <QHash>

#include <dtl/dtl.hpp>

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

void append(QList<Piece> &out, Piece::Kind kind, QStringView text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().kind == kind)
        out.last().text += text;
    else
        out.append({kind, text.toString()});
}

// Myers' O((N+M)·D) difference (dtl), on the tokens between a common prefix and suffix. The
// tokens are interned as numbers first, so that the algorithm compares integers.
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

    QHash<QStringView, int> ids;
    auto intern = [&ids](const Tokens &tokens, qsizetype from, qsizetype to) {
        std::vector<int> out;
        out.reserve(size_t(to - from));
        for (qsizetype i = from; i < to; ++i) {
            auto it = ids.constFind(tokens[i]);
            if (it == ids.cend())
                it = ids.insert(tokens[i], int(ids.size()));
            out.push_back(*it);
        }
        return out;
    };
    const std::vector<int> x = intern(a, prefix, a.size() - suffix);
    const std::vector<int> y = intern(b, prefix, b.size() - suffix);
    dtl::Diff<int> diff(x, y);
    diff.onHuge(); // keeps memory linear in long texts
    diff.compose();
    qsizetype i = prefix;
    qsizetype j = prefix;
    for (const auto &[id, info] : diff.getSes().getSequence()) {
        Q_UNUSED(id)
        switch (info.type) {
        case dtl::SES_COMMON:
            append(out, Piece::Kind::Same, a[i++]);
            ++j;
            break;
        case dtl::SES_DELETE:
            append(out, Piece::Kind::Removed, a[i++]);
            break;
        case dtl::SES_ADD:
            append(out, Piece::Kind::Added, b[j++]);
            break;
        }
    }
    for (qsizetype k = a.size() - suffix; k < a.size(); ++k)
        append(out, Piece::Kind::Same, a[k]);
    return out;
}

} // namespace

QList<Piece> compare(const QString &before, const QString &after)
{
    return diffTokens(words(before), words(after));
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
