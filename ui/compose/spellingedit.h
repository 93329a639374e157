// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QPlainTextEdit>
#include <QSyntaxHighlighter>

#include <memory>

namespace desk {
class SpellChecker;
}

namespace desk::ui {

/** Underlines misspelled words of a Markdown text in red, skipping fenced code blocks. */
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellHighlighter)

public:
    explicit SpellHighlighter(QTextDocument *document);
    ~SpellHighlighter() override;
    void setLanguage(Language language);
    std::shared_ptr<SpellChecker> checker() const { return m_checker; }
    bool hasDictionary() const { return m_checker != nullptr; }

protected:
    void highlightBlock(const QString &text) override;

private:
    std::shared_ptr<SpellChecker> m_checker;
};

/** The update composer's text field: Markdown, spelling underlined, suggestions on right-click. */
class SpellingEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellingEdit)

public:
    explicit SpellingEdit(Language language, QWidget *parent = nullptr);
    ~SpellingEdit() override;
    Language language() const { return m_language; }
    SpellHighlighter *highlighter() const { return m_highlighter; }
    /** The misspelled words in the text now (what the user sees underlined). */
    QStringList misspelledWords() const;

    /** What *Add to the dictionary* in the context menu does. */
    void addToDictionary(const std::shared_ptr<SpellChecker> &checker, const QString &word);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    static QList<SpellingEdit *> &editors();

    Language m_language;
    SpellHighlighter *m_highlighter;
};

} // namespace desk::ui
