// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggester.h"

#include "core/clock.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace desk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("desk::IncidentSuggester", text);
}

constexpr int kCandidates = 50;
constexpr double kTextWeight = 0.55;
constexpr double kServiceWeight = 0.30;
constexpr double kTimeWeight = 0.15;
constexpr double kTimeScaleHours = 72.0;

// Words as the engines index them: lowercased, accents kept (FTS5 folds them itself).
QStringList searchTerms(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList out;
    for (const QString &w : text.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (w.size() >= 3 && !out.contains(w))
            out << w;
        if (out.size() >= 12)
            break;
    }
    return out;
}

} // namespace

IncidentSuggester::IncidentSuggester(Database &db) : m_db(db) {}

QSet<QString> IncidentSuggester::words(const QString &text)
{
    // One pass over the decomposed text: letters and digits make words, accents are dropped.
    QSet<QString> out;
    const QString folded = text.normalized(QString::NormalizationForm_D);
    QString word;
    const auto flush = [&] {
        if (word.size() >= 3)
            out.insert(word);
        word.clear();
    };
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            word += c.toLower();
        else if (c.category() != QChar::Mark_NonSpacing)
            flush();
    }
    flush();
    return out;
}

double IncidentSuggester::similarity(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    qsizetype common = 0;
    const QSet<QString> &small = a.size() < b.size() ? a : b;
    const QSet<QString> &large = a.size() < b.size() ? b : a;
    for (const QString &w : small)
        common += large.contains(w) ? 1 : 0;
    return 2.0 * double(common) / double(a.size() + b.size()); // Dice coefficient
}

QList<Suggestion> IncidentSuggester::rank(const Report &report, const QList<Candidate> &candidates, int limit)
{
    const QSet<QString> reportWords = words(report.subject + u' ' + report.body);
    const QDateTime received = report.receivedAt.isValid() ? report.receivedAt : Clock::now();
    QList<Suggestion> out;
    out.reserve(candidates.size());
    for (const Candidate &c : candidates) {
        const QSet<QString> incidentWords = words(c.text);
        const double text = similarity(reportWords, incidentWords);
        const bool sameService = !report.serviceKey.isEmpty() && c.serviceKeys.contains(report.serviceKey);
        const double hours = std::abs(double(c.createdAt.secsTo(received))) / 3600.0;
        const double time = c.createdAt.isValid() ? std::exp(-hours / kTimeScaleHours) : 0.0;
        Suggestion s;
        s.incidentId = c.id;
        s.reference = c.reference;
        s.title = c.title;
        s.score = kTextWeight * text + kServiceWeight * (sameService ? 1.0 : 0.0) + kTimeWeight * time;
        QStringList why;
        if (sameService)
            why << tr("same service");
        if (text > 0) {
            qsizetype common = 0;
            for (const QString &w : reportWords)
                common += incidentWords.contains(w) ? 1 : 0;
            why << QCoreApplication::translate("desk::IncidentSuggester", "%n word(s) in common", nullptr, int(common));
        }
        if (c.createdAt.isValid())
            why << (hours < 48 ? tr("opened %1 h apart").arg(qRound(hours)) : tr("opened %1 days apart").arg(qRound(hours / 24)));
        s.reason = why.join(QStringLiteral(" · "));
        out.append(s);
    }
    std::sort(out.begin(), out.end(), [](const Suggestion &a, const Suggestion &b) {
        return a.score != b.score ? a.score > b.score : a.incidentId > b.incidentId;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

Result<QList<IncidentSuggester::Candidate>> IncidentSuggester::candidates(const Report &report)
{
    const QStringList terms = searchTerms(report.subject + u' ' + report.body);
    QHash<Id, Candidate> found;
    const QString open = QStringLiteral("i.state NOT IN ('resolved', 'reviewed', 'closed')");
    const QString columns = QStringLiteral("i.id, i.reference, i.title, i.description, i.impact_summary, i.created_at");
    const auto collect = [&found](QSqlQuery &q) {
        while (q.next()) {
            Candidate c;
            c.id = q.value(0).toLongLong();
            c.reference = q.value(1).toString();
            c.title = q.value(2).toString();
            c.text = c.title + u' ' + q.value(3).toString() + u' ' + q.value(4).toString();
            c.createdAt = fromMs(q.value(5).toLongLong());
            found.insert(c.id, c);
        }
    };
    if (!terms.isEmpty()) {
        Result<QSqlQuery> q = Error::invalid(QString());
        if (m_db.isPostgres()) {
            q = m_db.exec(QStringLiteral("SELECT ") + columns
                              + QStringLiteral(" FROM incidents i, to_tsquery('simple', ?) query WHERE i.search @@ query AND ")
                              + open + QStringLiteral(" ORDER BY ts_rank(i.search, query) DESC LIMIT ?"),
                          {terms.join(QStringLiteral(" | ")), kCandidates});
        } else {
            QStringList quoted;
            for (const QString &t : terms)
                quoted << u'"' + t + u'"';
            q = m_db.exec(QStringLiteral("SELECT ") + columns
                              + QStringLiteral(" FROM incidents_fts f JOIN incidents i ON i.id = f.rowid "
                                               "WHERE incidents_fts MATCH ? AND ")
                              + open + QStringLiteral(" ORDER BY bm25(incidents_fts) LIMIT ?"),
                          {quoted.join(QStringLiteral(" OR ")), kCandidates});
        }
        if (!q.ok())
            return q.error();
        collect(q.value());
    }
    if (!report.serviceKey.isEmpty()) {
        auto q = m_db.exec(QStringLiteral("SELECT ") + columns
                               + QStringLiteral(" FROM incidents i JOIN incident_services x ON x.incident_id = i.id "
                                                "JOIN services s ON s.id = x.service_id WHERE s.key = ? AND ")
                               + open + QStringLiteral(" ORDER BY i.created_at DESC LIMIT 20"),
                           {report.serviceKey});
        if (!q.ok())
            return q.error();
        collect(q.value());
    }
    if (found.isEmpty())
        return QList<Candidate>();
    QStringList ids;
    for (Id id : found.keys())
        ids << QString::number(id);
    auto services = m_db.exec(QStringLiteral("SELECT x.incident_id, s.key FROM incident_services x JOIN services s ON "
                                             "s.id = x.service_id WHERE x.incident_id IN (")
                              + ids.join(u',') + u')');
    if (!services.ok())
        return services.error();
    while (services.value().next()) {
        auto it = found.find(services.value().value(0).toLongLong());
        if (it != found.end())
            it->serviceKeys << services.value().value(1).toString();
    }
    return found.values();
}

Result<QList<Suggestion>> IncidentSuggester::forReport(const Report &report, int limit)
{
    auto found = candidates(report);
    if (!found.ok())
        return found.error();
    return rank(report, found.value(), limit);
}

Result<QList<Spike>> SpikeDetector::detect(Database &db, const QDateTime &now, int threshold, int windowMinutes)
{
    const qint64 since = toMs(now) - qint64(windowMinutes) * 60 * 1000;
    auto q = db.exec(QStringLiteral("SELECT s.key, s.name, r.id, r.received_at FROM reports r "
                                    "JOIN services s ON s.id = r.service_id WHERE r.received_at >= ? "
                                    "AND r.incident_id IS NULL AND r.status IN ('new', 'claimed') "
                                    "ORDER BY s.key, r.received_at"),
                     {since});
    if (!q.ok())
        return q.error();
    QList<Spike> spikes;
    Spike current;
    const auto flush = [&] {
        if (current.reportIds.size() >= threshold)
            spikes.append(current);
    };
    while (q.value().next()) {
        const QString key = q.value().value(0).toString();
        if (key != current.serviceKey) {
            flush();
            current = Spike{key, q.value().value(1).toString(), {}, fromMs(q.value().value(3).toLongLong())};
        }
        current.reportIds.append(q.value().value(2).toLongLong());
    }
    flush();
    return spikes;
}

} // namespace desk
