// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpcentersite.h"

#include "compose/markdown.h"
#include "domain/lifecycle.h"
#include "domain/readers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace desk::HelpCenterSite {

namespace {
/** The page's fixed words, per language (the site is read by customers, not by the team). */
struct Words
{
    const char *state, *impact, *services, *updates, *resolved, *review, *rootCause, *actions, *workaround, *journeys,
        *open, *recent, *none, *back, *lastUpdate, *noneRecent, *planned, *done, *by;
};

Words wordsOf(Language l)
{
    switch (l) {
    case Language::It:
        return {"Stato", "Impatto sull'uso del sito", "Servizi coinvolti", "Aggiornamenti", "Risolto il",
                "Analisi dopo l'incidente", "Causa", "Azioni preventive", "Nel frattempo", "Cosa non funziona",
                "Incidenti in corso", "Ultimi 90 giorni", "Nessun incidente in corso.", "Tutti gli incidenti",
                "Ultimo aggiornamento", "Nessun incidente risolto negli ultimi 90 giorni.", "Prevista", "Completata",
                "entro il %1"};
    case Language::Fr:
        return {"État", "Conséquences sur l'utilisation du site", "Services concernés", "Mises à jour", "Résolu le",
                "Analyse après l'incident", "Cause", "Mesures préventives", "En attendant", "Ce qui ne fonctionne pas",
                "Incidents en cours", "90 derniers jours", "Aucun incident en cours.", "Tous les incidents",
                "Dernière mise à jour", "Aucun incident résolu ces 90 derniers jours.", "Prévue", "Réalisée",
                "d'ici le %1"};
    case Language::De:
        return {"Status", "Auswirkungen auf die Nutzung der Website", "Betroffene Dienste", "Updates", "Behoben am",
                "Auswertung nach der Störung", "Ursache", "Vorbeugende Maßnahmen", "In der Zwischenzeit",
                "Was nicht funktioniert", "Aktuelle Störungen", "Letzte 90 Tage", "Keine aktuellen Störungen.",
                "Alle Störungen", "Letztes Update", "Keine in den letzten 90 Tagen behobenen Störungen.", "Geplant",
                "Umgesetzt", "bis %1"};
    case Language::Es:
        return {"Estado", "Cómo afecta al uso del sitio", "Servicios afectados", "Actualizaciones", "Resuelto el",
                "Análisis posterior", "Causa", "Medidas preventivas", "Mientras tanto", "Qué no funciona",
                "Incidencias en curso", "Últimos 90 días", "No hay incidencias en curso.", "Todas las incidencias",
                "Última actualización", "Ninguna incidencia resuelta en los últimos 90 días.", "Prevista", "Realizada",
                "antes del %1"};
    case Language::En:
        break;
    }
    return {"State", "Impact on using the site", "Affected services", "Updates", "Resolved on", "Post-incident review",
            "Root cause", "Preventive actions", "Meanwhile", "What does not work", "Current incidents", "Last 90 days",
            "No current incidents.", "All incidents", "Last update", "No incidents resolved in the last 90 days.", "Planned",
            "Done", "by %1"};
}

QString stateWord(IncidentState s, Language l)
{
    const bool it = l == Language::It, fr = l == Language::Fr, de = l == Language::De, es = l == Language::Es;
    switch (s) {
    case IncidentState::Reported:
    case IncidentState::Acknowledged:
        return it ? QStringLiteral("Preso in carico") : fr ? QStringLiteral("Pris en charge") : de ? QStringLiteral("In Bearbeitung") : es ? QStringLiteral("En curso") : QStringLiteral("Acknowledged");
    case IncidentState::Investigating:
        return it ? QStringLiteral("In analisi") : fr ? QStringLiteral("En cours d'analyse") : de ? QStringLiteral("Wird untersucht") : es ? QStringLiteral("En investigación") : QStringLiteral("Investigating");
    case IncidentState::Identified:
        return it ? QStringLiteral("Causa individuata") : fr ? QStringLiteral("Cause identifiée") : de ? QStringLiteral("Ursache gefunden") : es ? QStringLiteral("Causa identificada") : QStringLiteral("Identified");
    case IncidentState::Monitoring:
        return it ? QStringLiteral("In osservazione") : fr ? QStringLiteral("Sous surveillance") : de ? QStringLiteral("Wird beobachtet") : es ? QStringLiteral("En observación") : QStringLiteral("Monitoring");
    case IncidentState::Resolved:
    case IncidentState::Reviewed:
    case IncidentState::Closed:
        return it ? QStringLiteral("Risolto") : fr ? QStringLiteral("Résolu") : de ? QStringLiteral("Behoben") : es ? QStringLiteral("Resuelto") : QStringLiteral("Resolved");
    }
    return {};
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString head(const QString &title, Language l, const QString &cssPath)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self'\">\n"
                          "<title>%2</title>\n<link rel=\"stylesheet\" href=\"%3\">\n"
                          "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"%4feed.atom\">\n</head>\n<body>\n")
        .arg(toKey(l), esc(title), cssPath, cssPath.left(cssPath.size() - QStringLiteral("style.css").size()));
}

QList<UpdateWithBodies> newestFirst(QList<UpdateWithBodies> updates)
{
    std::sort(updates.begin(), updates.end(), [](const UpdateWithBodies &a, const UpdateWithBodies &b) {
        return a.update.publishedAt != b.update.publishedAt ? a.update.publishedAt > b.update.publishedAt
                                                            : a.update.id > b.update.id;
    });
    return updates;
}

} // namespace

QString bodyIn(const UpdateWithBodies &u, Language l)
{
    if (u.bodies.contains(l))
        return u.bodies.value(l);
    if (u.bodies.contains(Language::En))
        return u.bodies.value(Language::En);
    return u.bodies.isEmpty() ? QString() : u.bodies.first();
}

namespace {
const char kCss[] = R"(:root { color-scheme: light; }
body { font-family: system-ui, "DejaVu Sans", sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f24; line-height: 1.5; }
header.site { border-bottom: 1px solid #d0d7de; margin-bottom: 1.5rem; }
h1 { font-size: 1.6rem; margin: .2rem 0; }
.state { display: inline-block; padding: .1rem .6rem; border-radius: 1rem; font-size: .9rem; background: #fff4d6; color: #6b4b00; }
.state.resolved { background: #dff3e4; color: #0b5d1e; }
.meta { color: #57606a; font-size: .9rem; }
section { margin: 1.5rem 0; }
article.update { border-left: 3px solid #d0d7de; padding: .2rem 0 .2rem 1rem; margin: 1rem 0; }
article.update time { color: #57606a; font-size: .9rem; }
ul.incidents { padding-left: 1.2rem; }
nav.languages a { margin-right: .6rem; }
ul.actions { list-style: none; padding-left: 0; }
ul.actions li { margin: .4rem 0; }
.action-state { display: inline-block; min-width: 6.5rem; padding: .05rem .5rem; margin-right: .4rem; border-radius: 1rem; font-size: .85rem; text-align: center; background: #eef1f4; color: #3b434b; }
li.done .action-state { background: #dff3e4; color: #0b5d1e; }
footer { margin-top: 3rem; color: #57606a; font-size: .85rem; }
)";

QDateTime lastPublished(const SiteIncident &s)
{
    QDateTime last;
    for (const UpdateWithBodies &u : s.published)
        last = qMax(last, u.update.publishedAt);
    return last;
}
} // namespace

QString pagePath(const Incident &incident, Language language)
{
    return incident.reference.toLower() + u'/' + toKey(language) + QStringLiteral(".html");
}

QString reportHtml(const SiteIncident &s, Language l)
{
    const Incident &i = s.incident;
    const Words w = wordsOf(l);
    const bool resolved = !Lifecycle::isOpen(i.state);
    const QList<UpdateWithBodies> updates = newestFirst(s.published);
    QString html;
    html += QStringLiteral("<section><h2>%1</h2>\n<p>%2</p>\n").arg(esc(QString::fromUtf8(w.impact)), esc(i.impactSummary));
    if (!i.userJourneys.trimmed().isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(esc(QString::fromUtf8(w.journeys)));
        for (const QString &j : i.userJourneys.split(u'\n', Qt::SkipEmptyParts))
            html += QStringLiteral("<li>%1</li>\n").arg(esc(j.trimmed()));
        html += QStringLiteral("</ul>\n");
    }
    if (!i.workaround.trimmed().isEmpty() && !resolved)
        html += QStringLiteral("<p><strong>%1:</strong> %2</p>\n").arg(esc(QString::fromUtf8(w.workaround)), esc(i.workaround));
    if (const QStringList services = s.serviceNames.isEmpty() ? i.serviceKeys : s.serviceNames; !services.isEmpty())
        html += QStringLiteral("<p><strong>%1:</strong> %2</p>\n")
                    .arg(esc(QString::fromUtf8(w.services)), esc(Readers::locale(l).createSeparatedList(services)));
    html += QStringLiteral("</section>\n");
    if (resolved && i.resolvedAt.isValid())
        html += QStringLiteral("<p class=\"meta\">%1 %2</p>\n").arg(esc(QString::fromUtf8(w.resolved)), esc(Readers::dateTime(i.resolvedAt, l)));
    html += QStringLiteral("<section><h2>%1</h2>\n").arg(esc(QString::fromUtf8(w.updates)));
    for (const UpdateWithBodies &u : updates) {
        html += QStringLiteral("<article class=\"update\" id=\"update-%1\"><time datetime=\"%2\">%3</time>\n%4</article>\n")
                    .arg(u.update.id)
                    .arg(u.update.publishedAt.toUTC().toString(Qt::ISODate), esc(Readers::dateTime(u.update.publishedAt, l)),
                         Markdown::toHtml(bodyIn(u, l)));
    }
    html += QStringLiteral("</section>\n");
    if (!i.rootCause.trimmed().isEmpty() && (i.state == IncidentState::Reviewed || i.state == IncidentState::Closed)) {
        html += QStringLiteral("<section id=\"review\"><h2>%1</h2>\n<p><strong>%2:</strong> %3</p>\n")
                    .arg(esc(QString::fromUtf8(w.review)), esc(QString::fromUtf8(w.rootCause)), esc(i.rootCause));
        if (!i.actions.isEmpty()) {
            // Each action with its state, so customers can follow what was promised after the review.
            html += QStringLiteral("<h3>%1</h3>\n<ul class=\"actions\">\n").arg(esc(QString::fromUtf8(w.actions)));
            for (const PreventiveAction &a : i.actions) {
                const QString due = !a.done && a.dueDate.isValid()
                    ? QStringLiteral(" <span class=\"meta\">(%1)</span>")
                          .arg(esc(QString::fromUtf8(w.by).arg(Readers::locale(l).toString(a.dueDate, QLocale::LongFormat))))
                    : QString();
                html += QStringLiteral("<li class=\"action %1\"><span class=\"action-state\">%2</span> %3%4</li>\n")
                            .arg(a.done ? QStringLiteral("done") : QStringLiteral("planned"),
                                 esc(QString::fromUtf8(a.done ? w.done : w.planned)), esc(a.description), due);
            }
            html += QStringLiteral("</ul>\n");
        }
        html += QStringLiteral("</section>\n");
    }
    return html;
}

QList<SiteFile> incidentPages(const SiteIncident &s, const SiteOptions &options)
{
    Q_UNUSED(options) // the pages link relatively; the options matter for the index, JSON and feed
    QList<SiteFile> out;
    const Incident &i = s.incident;
    for (Language l : allValues<Language>()) {
        const Words w = wordsOf(l);
        const bool resolved = !Lifecycle::isOpen(i.state);
        QString html = head(i.title + QStringLiteral(" — ") + i.reference, l, QStringLiteral("../style.css"));
        html += QStringLiteral("<header class=\"site\"><p><a href=\"../index.html\">%1</a></p>\n<nav class=\"languages\">")
                    .arg(esc(QString::fromUtf8(w.back)));
        for (Language other : allValues<Language>())
            html += QStringLiteral("<a href=\"%1.html\" hreflang=\"%1\">%2</a>").arg(toKey(other), toKey(other).toUpper());
        html += QStringLiteral("</nav></header>\n<main>\n<h1>%1</h1>\n<p class=\"meta\">%2 · <span class=\"state%3\">%4</span></p>\n")
                    .arg(esc(i.title), esc(i.reference), resolved ? QStringLiteral(" resolved") : QString(),
                         esc(QString::fromUtf8(w.state) + QStringLiteral(": ") + stateWord(i.state, l)));
        html += reportHtml(s, l);
        html += QStringLiteral("</main>\n</body>\n</html>\n");
        out.append({pagePath(i, l), html.toUtf8(), QStringLiteral("text/html; charset=utf-8")});
    }
    return out;
}

QList<SiteFile> incidentPages(const QList<const SiteIncident *> &incidents, const SiteOptions &options)
{
    const QList<QList<SiteFile>> pages = QtConcurrent::blockingMapped(
        incidents, [&options](const SiteIncident *s) { return incidentPages(*s, options); });
    QList<SiteFile> out;
    out.reserve(incidents.size() * qsizetype(allValues<Language>().size()));
    for (const QList<SiteFile> &p : pages)
        out += p;
    return out;
}

QList<SiteFile> render(const QList<SiteIncident> &incidents, const SiteOptions &options)
{
    QList<const SiteIncident *> all;
    all.reserve(incidents.size());
    for (const SiteIncident &s : incidents)
        all << &s;
    return incidentPages(all, options) + sharedFiles(incidents, options);
}

QList<SiteFile> sharedFiles(const QList<SiteIncident> &incidents, const SiteOptions &options)
{
    QList<SiteFile> out;
    out.append({QStringLiteral("style.css"), QByteArray(kCss), QStringLiteral("text/css; charset=utf-8")});
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    QList<const SiteIncident *> open;
    QList<const SiteIncident *> recent;
    for (const SiteIncident &s : incidents) {
        if (Lifecycle::isOpen(s.incident.state))
            open << &s;
        else if (s.incident.resolvedAt.isValid() && s.incident.resolvedAt.daysTo(now) <= 90)
            recent << &s;
    }
    auto byNewest = [](const SiteIncident *a, const SiteIncident *b) {
        return a->incident.createdAt != b->incident.createdAt ? a->incident.createdAt > b->incident.createdAt
                                                              : a->incident.id > b->incident.id;
    };
    std::sort(open.begin(), open.end(), byNewest);
    std::sort(recent.begin(), recent.end(), byNewest);

    // The index in English with links to every language of each incident.
    const Words w = wordsOf(Language::En);
    QString index = head(options.title, Language::En, QStringLiteral("style.css"));
    index += QStringLiteral("<header class=\"site\"><h1>%1</h1></header>\n<main>\n").arg(esc(options.title));
    auto list = [&](const QString &heading, const QList<const SiteIncident *> &items, const char *none) {
        index += QStringLiteral("<section><h2>%1</h2>\n").arg(esc(heading));
        if (items.isEmpty()) {
            index += QStringLiteral("<p>%1</p>\n").arg(esc(QString::fromUtf8(none)));
        } else {
            index += QStringLiteral("<ul class=\"incidents\">\n");
            for (const SiteIncident *s : items) {
                index += QStringLiteral("<li><a href=\"%1\">%2</a> <span class=\"meta\">%3 · %4 · %5 %6</span> "
                                        "<nav class=\"languages\">")
                             .arg(pagePath(s->incident, Language::En), esc(s->incident.title), esc(s->incident.reference),
                                  esc(stateWord(s->incident.state, Language::En)), esc(QString::fromUtf8(w.lastUpdate)),
                                  esc(Readers::dateTime(lastPublished(*s), Language::En)));
                for (Language l : allValues<Language>())
                    index += QStringLiteral("<a href=\"%1\" hreflang=\"%2\">%3</a>")
                                 .arg(pagePath(s->incident, l), toKey(l), toKey(l).toUpper());
                index += QStringLiteral("</nav></li>\n");
            }
            index += QStringLiteral("</ul>\n");
        }
        index += QStringLiteral("</section>\n");
    };
    list(QString::fromUtf8(w.open), open, w.none);
    list(QString::fromUtf8(w.recent), recent, w.noneRecent);
    index += QStringLiteral("</main>\n<footer><a href=\"incidents.json\">incidents.json</a> · <a href=\"feed.atom\">Atom</a></footer>\n</body>\n</html>\n");
    out.append({QStringLiteral("index.html"), index.toUtf8(), QStringLiteral("text/html; charset=utf-8")});

    // incidents.json: the same lists for programs.
    QJsonArray items;
    for (const QList<const SiteIncident *> *group : {&open, &recent}) {
        for (const SiteIncident *s : *group) {
            QJsonObject pages;
            for (Language l : allValues<Language>())
                pages.insert(toKey(l), QString(options.baseUrl + pagePath(s->incident, l)));
            QJsonArray services;
            for (const QString &name : s->serviceNames.isEmpty() ? s->incident.serviceKeys : s->serviceNames)
                services.append(name);
            const QDateTime last = lastPublished(*s);
            items.append(QJsonObject{{QStringLiteral("reference"), s->incident.reference},
                                     {QStringLiteral("title"), s->incident.title},
                                     {QStringLiteral("state"), toKey(s->incident.state)},
                                     {QStringLiteral("open"), Lifecycle::isOpen(s->incident.state)},
                                     {QStringLiteral("impact"), toKey(s->incident.impact)},
                                     {QStringLiteral("services"), services},
                                     {QStringLiteral("created_at"), s->incident.createdAt.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("resolved_at"), s->incident.resolvedAt.isValid()
                                                                          ? QJsonValue(s->incident.resolvedAt.toUTC().toString(Qt::ISODate))
                                                                          : QJsonValue()},
                                     {QStringLiteral("last_update_at"), last.isValid() ? QJsonValue(last.toUTC().toString(Qt::ISODate)) : QJsonValue()},
                                     {QStringLiteral("updates"), int(s->published.size())},
                                     {QStringLiteral("pages"), pages}});
        }
    }
    // "<" only occurs inside strings: as \u003c the JSON is safe even where it is embedded in HTML.
    QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("incidents"), items}})
                          .toJson(QJsonDocument::Indented);
    json.replace('<', "\\u003c").replace('>', "\\u003e");
    out.append({QStringLiteral("incidents.json"), json, QStringLiteral("application/json")});

    // Atom feed: one entry per published update of the listed incidents, newest first.
    struct Entry
    {
        const SiteIncident *incident;
        UpdateWithBodies update;
    };
    QList<Entry> entries;
    for (const QList<const SiteIncident *> *group : {&open, &recent}) {
        for (const SiteIncident *s : *group) {
            for (const UpdateWithBodies &u : s->published)
                entries.append({s, u});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.update.update.publishedAt != b.update.update.publishedAt
                   ? a.update.update.publishedAt > b.update.update.publishedAt
                   : a.update.update.id > b.update.update.id;
    });
    const QString updated = entries.isEmpty() ? now.toUTC().toString(Qt::ISODate)
                                              : entries.first().update.update.publishedAt.toUTC().toString(Qt::ISODate);
    QString atom = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                                  "<title>%1</title>\n<id>%2</id>\n<link rel=\"self\" href=\"%2feed.atom\"/>\n"
                                  "<link href=\"%2index.html\"/>\n<updated>%3</updated>\n<author><name>%1</name></author>\n")
                       .arg(esc(options.title), esc(options.baseUrl), updated);
    for (const Entry &e : entries.mid(0, 200)) {
        const QString link = options.baseUrl + pagePath(e.incident->incident, Language::En) + QStringLiteral("#update-")
                             + QString::number(e.update.update.id);
        atom += QStringLiteral("<entry>\n<title>%1</title>\n<id>%2</id>\n<link href=\"%2\"/>\n<updated>%3</updated>\n"
                               "<content type=\"html\">%4</content>\n</entry>\n")
                    .arg(esc(e.incident->incident.reference + QStringLiteral(" — ") + e.incident->incident.title), esc(link),
                         e.update.update.publishedAt.toUTC().toString(Qt::ISODate),
                         esc(Markdown::toHtml(bodyIn(e.update, Language::En))));
    }
    atom += QStringLiteral("</feed>\n");
    out.append({QStringLiteral("feed.atom"), atom.toUtf8(), QStringLiteral("application/atom+xml")});
    return out;
}

} // namespace desk::HelpCenterSite
