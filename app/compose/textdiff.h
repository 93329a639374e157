// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace desk::TextDiff {

struct Piece
{
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text;
};

/**
 * The difference between two texts word by word (words, spaces and punctuation are tokens):
 * Myers' algorithm, so the time grows with the length times the number of differences, at any
 * length.
 */
QList<Piece> compare(const QString &before, const QString &after);

/** The difference as HTML: removed text struck through in red, added text in green; all escaped. */
QString toHtml(const QList<Piece> &pieces);

struct Stats
{
    int addedWords = 0;
    int removedWords = 0;
};
Stats stats(const QList<Piece> &pieces);

} // namespace desk::TextDiff
