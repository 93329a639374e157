// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitetemplates.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <atomic>
#include <memory>
#include <unordered_map>

static void initSiteResources()
{
    Q_INIT_RESOURCE(site);
}

namespace desk {

namespace {
const char *const kTemplates[] = {"head", "foot", "report", "incidents", "incident", "index", "root", "feed", "style"};
std::atomic<quint64> g_generations{0};
} // namespace

const SiteTemplates &SiteTemplates::builtIn()
{
    static const SiteTemplates set = [] {
        SiteTemplates t;
        const Status loaded = t.load(QString());
        Q_ASSERT_X(loaded.ok(), "SiteTemplates", "the built-in templates are part of the program");
        return t;
    }();
    return set;
}

Result<SiteTemplates> SiteTemplates::withOverrides(const QString &folder)
{
    SiteTemplates t;
    if (!QDir(folder).exists())
        return Error::invalid(tr("The Help Center's template folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    if (Status loaded = t.load(folder); !loaded.ok())
        return loaded.error();
    return t;
}

Status SiteTemplates::load(const QString &folder)
{
    initSiteResources();
    m_generation = ++g_generations;
    // A file of the folder where it has one, else the built-in one.
    auto read = [&folder](const QString &relative, QByteArray &out, QString &from) -> bool {
        const QString paths[] = {folder.isEmpty() ? QString() : QDir(folder).filePath(relative),
                                 QString(QStringLiteral(":/site/") + relative)};
        for (const QString &path : paths) {
            if (path.isEmpty())
                continue;
            QFile file(path);
            if (file.exists() && file.open(QIODevice::ReadOnly)) {
                out = file.readAll();
                from = QDir::toNativeSeparators(path);
                return true;
            }
        }
        return false;
    };
    for (const char *name : kTemplates) {
        QByteArray text;
        QString from;
        if (!read(QString::fromLatin1(name) + QStringLiteral(".mustache"), text, from))
            return Error::notFound(tr("The Help Center template %1.mustache is missing.").arg(QString::fromLatin1(name)));
        // Each file on its own first, so that an error names the file that has it.
        kainjow::mustache::mustache parsed(text.toStdString());
        if (!parsed.is_valid())
            return Error::invalid(tr("The Help Center template %1 cannot be read: %2")
                                      .arg(from, QString::fromStdString(parsed.error_message())));
        m_sources.insert(QString::fromLatin1(name), text.toStdString());
    }
    // Partials inlined: "{{> head}}" is the head template's text, read in the page's context.
    static const QRegularExpression partial(QStringLiteral("\\{\\{>\\s*([a-z]+)\\s*\\}\\}"));
    for (auto it = m_sources.begin(); it != m_sources.end(); ++it) {
        QString source = QString::fromStdString(it.value());
        for (int depth = 0; depth < 3 && source.contains(partial); ++depth) {
            source.replace(partial, QStringLiteral("\\1\x01"));
            for (auto inner = m_sources.cbegin(); inner != m_sources.cend(); ++inner)
                source.replace(inner.key() + u'\x01', QString::fromStdString(inner.value()));
        }
        if (source.contains(u'\x01'))
            return Error::invalid(tr("The Help Center template %1.mustache includes a template that does not exist.").arg(it.key()));
        it.value() = source.toStdString();
        kainjow::mustache::mustache parsed(it.value());
        if (!parsed.is_valid())
            return Error::invalid(tr("The Help Center template %1.mustache cannot be read: %2")
                                      .arg(it.key(), QString::fromStdString(parsed.error_message())));
    }
    // A folder's texts change what they name; the rest stays built in. Every language has every
    // text of the English set: one missing is taken from English.
    QJsonObject english;
    for (Language l : {Language::En, Language::It, Language::Fr, Language::De, Language::Es}) {
        const QString relative = QStringLiteral("texts/") + toKey(l) + QStringLiteral(".json");
        QJsonObject texts;
        const QString paths[] = {QString(QStringLiteral(":/site/") + relative),
                                 folder.isEmpty() ? QString() : QDir(folder).filePath(relative)};
        for (const QString &path : paths) {
            QFile file(path);
            if (path.isEmpty() || !file.exists())
                continue;
            if (!file.open(QIODevice::ReadOnly))
                return Error{Error::Code::Io, tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
            if (!doc.isObject())
                return Error::invalid(tr("%1 is not a JSON object of texts: %2").arg(QDir::toNativeSeparators(path), error.errorString()));
            const QJsonObject read = doc.object();
            for (auto it = read.constBegin(); it != read.constEnd(); ++it) {
                if (!it.value().isString())
                    return Error::invalid(tr("In %1, the text %2 is not a string.").arg(QDir::toNativeSeparators(path), it.key()));
                texts.insert(it.key(), it.value());
            }
        }
        for (auto it = english.constBegin(); it != english.constEnd(); ++it) {
            if (texts.value(it.key()).toString().isEmpty())
                texts.insert(it.key(), it.value());
        }
        if (l == Language::En)
            english = texts;
        Data data;
        for (auto it = texts.constBegin(); it != texts.constEnd(); ++it)
            data.set(it.key().toStdString(), it.value().toString().toStdString());
        m_texts[size_t(l)] = texts;
        m_textData[size_t(l)] = std::move(data);
    }
    return {};
}

std::string SiteTemplates::render(const char *name, const Data &data) const
{
    // Parsed once per thread and set: kainjow's renderer keeps state while rendering.
    struct Parsed
    {
        quint64 generation;
        std::unique_ptr<kainjow::mustache::mustache> tmpl;
    };
    thread_local std::unordered_map<std::string, Parsed> parsed;
    Parsed &p = parsed[name];
    if (!p.tmpl || p.generation != m_generation) {
        p.tmpl = std::make_unique<kainjow::mustache::mustache>(m_sources.value(QString::fromLatin1(name)));
        p.generation = m_generation;
    }
    return p.tmpl->render(data);
}

QString SiteTemplates::text(Language language, const char *key, const QHash<QString, QString> &values) const
{
    QString out = m_texts[size_t(language)].value(QLatin1String(key)).toString();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        out.replace(u'{' + it.key() + u'}', it.value());
    return out;
}

} // namespace desk
