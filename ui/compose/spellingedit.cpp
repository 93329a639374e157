// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellingedit.h"
#include "widgets/tones.h"

#include "compose/spellchecker.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMessageBox>
#include <QTextBlock>

namespace desk::ui {

namespace {
enum BlockState { Prose = 0, InFence = 1 };
}

SpellHighlighter::SpellHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}
SpellHighlighter::~SpellHighlighter() = default;

void SpellHighlighter::setLanguage(Language language)
{
    m_checker = SpellChecker::forLanguage(language);
    rehighlight();
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    const bool fence = text.trimmed().startsWith(QLatin1String("```"));
    const int state = previousBlockState() == InFence ? InFence : Prose;
    setCurrentBlockState(fence ? (state == InFence ? Prose : InFence) : state);
    if (!m_checker || fence || state == InFence)
        return;
    QTextCharFormat wrong;
    wrong.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    wrong.setUnderlineColor(Tones::color(Tones::Tone::Bad));
    for (const SpellChecker::Range &r : m_checker->misspelled(text))
        setFormat(int(r.start), int(r.length), wrong);
}

SpellingEdit::SpellingEdit(Language language, QWidget *parent)
    : QPlainTextEdit(parent), m_language(language), m_highlighter(new SpellHighlighter(document()))
{
    m_highlighter->setLanguage(language);
    setObjectName(QStringLiteral("body_") + toKey(language));
    setTabChangesFocus(false);
    QFont mono = font();
    mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Monospace")});
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);
    editors().append(this);
}

SpellingEdit::~SpellingEdit()
{
    editors().removeOne(this);
}

QStringList SpellingEdit::misspelledWords() const
{
    QStringList out;
    if (!m_highlighter->checker())
        return out;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        for (const QTextLayout::FormatRange &r : b.layout()->formats()) {
            if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                out << b.text().mid(r.start, r.length);
        }
    }
    return out;
}

void SpellingEdit::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    QTextCursor cursor = cursorForPosition(event->pos());
    const auto checker = m_highlighter->checker();
    if (checker) {
        const QString blockText = cursor.block().text();
        const int at = cursor.positionInBlock();
        for (const SpellChecker::Range &r : checker->misspelled(blockText)) {
            if (at < r.start || at > r.start + r.length)
                continue;
            const QString word = blockText.mid(r.start, r.length);
            QList<QAction *> suggestions;
            for (const QString &s : checker->suggestions(word)) {
                auto *action = new QAction(s, menu.get());
                connect(action, &QAction::triggered, this, [this, cursor, r, s]() mutable {
                    cursor.setPosition(cursor.block().position() + int(r.start));
                    cursor.setPosition(cursor.block().position() + int(r.start + r.length), QTextCursor::KeepAnchor);
                    cursor.insertText(s);
                });
                suggestions << action;
            }
            if (suggestions.isEmpty())
                suggestions << new QAction(tr("No suggestions for “%1”").arg(word), menu.get());
            auto *add = new QAction(tr("&Add “%1” to the dictionary").arg(word), menu.get());
            add->setObjectName(QStringLiteral("addToDictionary"));
            connect(add, &QAction::triggered, this, [this, checker, word] { addToDictionary(checker, word); });
            suggestions << add;
            QAction *first = menu->actions().value(0);
            menu->insertActions(first, suggestions);
            menu->insertSeparator(first);
            break;
        }
    }
    menu->exec(event->globalPos());
}

void SpellingEdit::addToDictionary(const std::shared_ptr<SpellChecker> &checker, const QString &word)
{
    if (Status added = checker->addWord(word); !added.ok()) {
        QMessageBox::warning(this, tr("Add to the dictionary"), added.errorString());
        return;
    }
    // Every editor of this language shares the checker: underline again wherever it is open.
    for (SpellingEdit *edit : editors())
        if (edit->m_language == m_language)
            edit->m_highlighter->rehighlight();
}

QList<SpellingEdit *> &SpellingEdit::editors()
{
    static QList<SpellingEdit *> open;
    return open;
}

} // namespace desk::ui
