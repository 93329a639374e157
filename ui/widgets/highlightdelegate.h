// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace desk::ui {

/** Paints cell text with the words of the current search marked. */
class HighlightDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    ~HighlightDelegate() override = default;

    void setSearchText(const QString &text);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /** The text as HTML with every word of `search` marked; everything else escaped. */
    static QString highlighted(const QString &text, const QStringList &words);

private:
    QStringList m_words;
};

} // namespace desk::ui
