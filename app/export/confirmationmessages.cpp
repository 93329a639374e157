// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmationmessages.h"

#include "domain/readers.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QTimeZone>

#include <kainjow/mustache.hpp>

static void initTemplateResources()
{
    Q_INIT_RESOURCE(templates);
}

namespace desk::ConfirmationMessages {

namespace {
QString fallbackName(Language language)
{
    switch (language) {
    case Language::It: return QStringLiteral("cliente");
    case Language::En: return QStringLiteral("customer");
    case Language::Fr: return QStringLiteral("Madame, Monsieur");
    case Language::De: return QStringLiteral("Kundin, Kunde");
    case Language::Es: return QStringLiteral("cliente");
    }
    return {};
}

/** One line of customer text: no line breaks (they would break the subject or the layout). */
std::string line(const QString &s)
{
    return s.simplified().toStdString();
}

QString toHtml(const QString &text)
{
    static const QRegularExpression url(QStringLiteral(R"((https?://[^\s<>"]+))"));
    QString html;
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &p : paragraphs) {
        QString escaped = p.toHtmlEscaped();
        escaped.replace(url, QStringLiteral("<a href=\"\\1\">\\1</a>"));
        escaped.replace(u'\n', QStringLiteral("<br>\n"));
        html += QStringLiteral("<p>") + escaped + QStringLiteral("</p>\n");
    }
    return html;
}
} // namespace

QString helpCenterLink(const QString &baseUrl, const Incident &incident, Language language)
{
    if (baseUrl.isEmpty())
        return {};
    QString base = baseUrl;
    if (!base.endsWith(u'/'))
        base += u'/';
    return base + incident.reference.toLower() + u'/' + toKey(language) + QStringLiteral(".html");
}

Result<ReporterMessage> render(NoticeKind kind, const Report &report, const Incident &incident, const QString &link)
{
    initTemplateResources();
    const Language language = report.language;
    const QString name = kind == NoticeKind::Resolution ? QStringLiteral("confirmation") : QStringLiteral("notice");
    // Ten templates at most: read each once, not once per reporter.
    static QMutex cacheMutex;
    static QHash<QString, std::string> cache;
    const QString path = QStringLiteral(":/templates/%1/%2.mustache").arg(toKey(language), name);
    std::string source;
    {
        QMutexLocker lock(&cacheMutex);
        auto it = cache.constFind(path);
        if (it == cache.constEnd()) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error::notFound(QCoreApplication::translate("desk::ConfirmationMessages",
                                                                   "There is no %1 template in %2.")
                                           .arg(name, toKey(language)));
            it = cache.insert(path, file.readAll().toStdString());
        }
        source = it.value();
    }
    kainjow::mustache::mustache tmpl(source);
    if (!tmpl.is_valid())
        return Error::invalid(QString::fromStdString(tmpl.error_message()));
    tmpl.set_custom_escape([](const std::string &s) { return s; }); // plain text; HTML is escaped afterwards

    const QLocale locale = Readers::locale(language);
    const QTimeZone zone = Readers::zone(language);
    kainjow::mustache::data d;
    d.set("name", line(report.customerName.trimmed().isEmpty() ? fallbackName(language) : report.customerName));
    d.set("report_ref", line(report.externalRef));
    d.set("report_date", line(locale.toString(report.receivedAt.toTimeZone(zone).date(), QLocale::LongFormat)));
    d.set("title", line(incident.title));
    d.set("reference", line(incident.reference));
    d.set("description", line(incident.description));
    d.set("impact", line(incident.impactSummary));
    d.set("resolved_at", line(Readers::dateTime(incident.resolvedAt, language)));
    d.set("link", line(link));
    const QString rendered = QString::fromStdString(tmpl.render(d)).trimmed();
    ReporterMessage m;
    m.language = language;
    m.subject = rendered.section(u'\n', 0, 0).trimmed();
    m.text = rendered.section(u'\n', 1).trimmed() + u'\n';
    m.html = toHtml(m.text);
    return m;
}

} // namespace desk::ConfirmationMessages
