// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "domain/types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace desk {

/**
 * Spelling in an update's language with hunspell and the system's dictionaries
 * (`/usr/share/hunspell`, or the folders in `DICPATH`). One dictionary per language is loaded
 * once and shared; it is safe to use from any thread.
 */
class SpellChecker final
{
public:
    struct Range
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };

    /** The checker for a language; null when no dictionary is installed for it. */
    static std::shared_ptr<SpellChecker> forLanguage(Language language);
    /** The dictionary names tried for a language, best first (it_IT, en_US …). */
    static QStringList dictionaryNames(Language language);

    ~SpellChecker();
    Q_DISABLE_COPY_MOVE(SpellChecker)

    /**
     * The words a person added (a product name, a colleague's surname), one per line in
     * `<data folder>/dictionaries/<language>.txt`; loaded with the dictionary.
     */
    static QString personalDictionaryPath(Language language);
    /** Accepts the word from now on, in every editor of this language, and keeps it in the file. */
    Status addWord(const QString &word);

    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word, int max = 6) const;
    /**
     * The misspelled words of a Markdown text. Links, inline code, code blocks, e-mail
     * addresses, references like INC-2026-0042 and words with digits are not checked.
     */
    QList<Range> misspelled(const QString &text) const;

private:
    struct Engine;
    SpellChecker(std::unique_ptr<Engine> engine, Language language);
    std::unique_ptr<Engine> m_engine;
    Language m_language;
};

} // namespace desk
