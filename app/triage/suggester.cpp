// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggester.h"

#include "core/clock.h"
#include "store/incidentsearch.h"
#include "store/reportlisting.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace desk {

namespace {

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
    return IncidentSearch::openIncidents(m_db, searchTerms(report.subject + u' ' + report.body), report.serviceKey, kCandidates);
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
    auto recent = ReportListing::recentUnlinked(db, toMs(now) - qint64(windowMinutes) * 60 * 1000);
    if (!recent.ok())
        return recent.error();
    QList<Spike> spikes;
    Spike current;
    const auto flush = [&] {
        if (current.reportIds.size() >= threshold)
            spikes.append(current);
    };
    for (const ReportListing::UnlinkedReport &r : recent.value()) {
        if (r.serviceKey != current.serviceKey) {
            flush();
            current = Spike{r.serviceKey, r.serviceName, {}, r.receivedAt};
        }
        current.reportIds.append(r.id);
    }
    flush();
    return spikes;
}

} // namespace desk
