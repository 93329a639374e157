// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>

namespace desk::ui {

void HighlightDelegate::setSearchText(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    m_words = text.split(separators, Qt::SkipEmptyParts);
}

QString HighlightDelegate::highlighted(const QString &text, const QStringList &words)
{
    if (words.isEmpty())
        return text.toHtmlEscaped();
    QStringList escaped;
    for (const QString &w : words)
        escaped << QRegularExpression::escape(w);
    const QRegularExpression pattern(QStringLiteral("(") + escaped.join(u'|') + u')',
                                     QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString out;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += text.mid(last, match.capturedStart() - last).toHtmlEscaped();
        // A highlighter pen: its own ink and paper, readable in any palette.
        out += QStringLiteral("<span style=\"background-color:#ffe58a; color:#000\">") + match.captured().toHtmlEscaped()
            + QStringLiteral("</span>");
        last = match.capturedEnd();
    }
    out += text.mid(last).toHtmlEscaped();
    return out;
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_words.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setDocumentMargin(0);
    doc.setHtml(highlighted(text, m_words));
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    painter->save();
    painter->translate(area.left() + 3, area.top() + (area.height() - doc.size().height()) / 2);
    painter->setClipRect(QRect(0, 0, area.width() - 3, area.height()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    if (opt.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace desk::ui
