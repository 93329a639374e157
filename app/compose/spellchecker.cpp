// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellchecker.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell.hxx>

namespace desk {

struct SpellChecker::Engine
{
    std::unique_ptr<Hunspell> hunspell;
    QByteArray encoding;
    mutable QMutex mutex; // Hunspell objects are not thread-safe

    std::string encode(const QString &word) const
    {
        if (encoding.isEmpty() || encoding == "UTF-8")
            return word.toStdString();
        QStringEncoder encoder(encoding.constData());
        const QByteArray bytes = encoder.encode(word);
        return bytes.toStdString();
    }
    QString decode(const std::string &word) const
    {
        if (encoding.isEmpty() || encoding == "UTF-8")
            return QString::fromStdString(word);
        QStringDecoder decoder(encoding.constData());
        return decoder.decode(QByteArrayView(word.data(), qsizetype(word.size())));
    }
};

QStringList SpellChecker::dictionaryNames(Language language)
{
    switch (language) {
    case Language::It:
        return {QStringLiteral("it_IT"), QStringLiteral("it_CH")};
    case Language::En:
        return {QStringLiteral("en_US"), QStringLiteral("en_GB")};
    case Language::Fr:
        return {QStringLiteral("fr_FR"), QStringLiteral("fr")};
    case Language::De:
        return {QStringLiteral("de_DE"), QStringLiteral("de_DE_frami"), QStringLiteral("de_AT")};
    case Language::Es:
        return {QStringLiteral("es_ES"), QStringLiteral("es")};
    }
    return {};
}

std::shared_ptr<SpellChecker> SpellChecker::forLanguage(Language language)
{
    static QMutex cacheMutex;
    static QHash<int, std::shared_ptr<SpellChecker>> cache;
    QMutexLocker locker(&cacheMutex);
    if (auto it = cache.constFind(int(language)); it != cache.constEnd())
        return it.value();

    QStringList folders = qEnvironmentVariable("DICPATH").split(u':', Qt::SkipEmptyParts);
    folders << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell");
    std::shared_ptr<SpellChecker> checker;
    for (const QString &name : dictionaryNames(language)) {
        for (const QString &folder : std::as_const(folders)) {
            const QString aff = QDir(folder).filePath(name + QStringLiteral(".aff"));
            const QString dic = QDir(folder).filePath(name + QStringLiteral(".dic"));
            if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic))
                continue;
            auto engine = std::make_unique<Engine>();
            engine->hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(),
                                                          QFile::encodeName(dic).constData());
            engine->encoding = QByteArray::fromStdString(engine->hunspell->get_dict_encoding()).toUpper();
            QFile personal(personalDictionaryPath(language));
            if (personal.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : personal.readAll().split('\n')) {
                    if (const QString word = QString::fromUtf8(line).trimmed(); !word.isEmpty())
                        engine->hunspell->add(engine->encode(word));
                }
            }
            checker.reset(new SpellChecker(std::move(engine), language));
            break;
        }
        if (checker)
            break;
    }
    if (!checker)
        qCInfo(lcCompose) << "no hunspell dictionary for" << toKey(language);
    cache.insert(int(language), checker);
    return checker;
}

SpellChecker::SpellChecker(std::unique_ptr<Engine> engine, Language language)
    : m_engine(std::move(engine)), m_language(language)
{
}
SpellChecker::~SpellChecker() = default;

QString SpellChecker::personalDictionaryPath(Language language)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/dictionaries/")
        + toKey(language) + QStringLiteral(".txt");
}

Status SpellChecker::addWord(const QString &word)
{
    const QString clean = word.trimmed();
    static const QRegularExpression oneWord(QStringLiteral("^[\\w'’-]{1,60}$"), QRegularExpression::UseUnicodePropertiesOption);
    if (!oneWord.match(clean).hasMatch())
        return Error::invalid(QCoreApplication::translate("desk::SpellChecker", "Only a single word can be added to the dictionary."));
    QMutexLocker locker(&m_engine->mutex);
    if (m_engine->hunspell->spell(m_engine->encode(clean)))
        return {};
    const QString path = personalDictionaryPath(m_language);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::Append | QIODevice::Text) || file.write(clean.toUtf8() + '\n') < 0)
        return Error{Error::Code::Io, QCoreApplication::translate("desk::SpellChecker", "Cannot save the word in %1: %2")
                                          .arg(path, file.errorString())};
    m_engine->hunspell->add(m_engine->encode(clean));
    return {};
}

bool SpellChecker::isCorrect(const QString &word) const
{
    QMutexLocker locker(&m_engine->mutex);
    return m_engine->hunspell->spell(m_engine->encode(word));
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    QMutexLocker locker(&m_engine->mutex);
    QStringList out;
    for (const std::string &s : m_engine->hunspell->suggest(m_engine->encode(word))) {
        out << m_engine->decode(s);
        if (out.size() >= max)
            break;
    }
    return out;
}

QList<SpellChecker::Range> SpellChecker::misspelled(const QString &text) const
{
    // Spans that are not prose: fenced code, inline code, links' targets, URLs, e-mail addresses.
    static const QRegularExpression skip(QStringLiteral(
        R"(```[\s\S]*?(```|$)|`[^`\n]*`|\]\([^)\n]*\)|\b(?:https?|ftp|mailto):[^\s)>\]]+|www\.[^\s)>\]]+|[\w.+-]+@[\w-]+(\.[\w-]+)+)"));
    static const QRegularExpression word(QStringLiteral(R"(\b[\p{L}][\p{L}\p{M}'’\-]*[\p{L}\p{M}]|\b\p{L}\b)"));
    QList<Range> skipped;
    for (auto it = skip.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        skipped.append({m.capturedStart(), m.capturedLength()});
    }
    QList<Range> out;
    qsizetype s = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype start = m.capturedStart();
        while (s < skipped.size() && skipped[s].start + skipped[s].length <= start)
            ++s;
        if (s < skipped.size() && skipped[s].start <= start)
            continue;
        const qsizetype end = m.capturedEnd();
        // Parts of references and identifiers (INC-2026-0042, v2, api_key) are not words.
        if ((end < text.size() && (text[end].isDigit() || text[end] == u'_'))
            || (start > 0 && (text[start - 1].isDigit() || text[start - 1] == u'_')))
            continue;
        const QString candidate = m.captured();
        if (isCorrect(candidate))
            continue;
        // Typographic apostrophes (l’incidente) are checked as the dictionary writes them.
        QString straight = candidate;
        straight.replace(u'’', u'\'');
        if (straight != candidate && isCorrect(straight))
            continue;
        out.append({start, m.capturedLength()});
    }
    return out;
}

} // namespace desk
