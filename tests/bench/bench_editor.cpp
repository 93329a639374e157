// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the incident editor and the update composer. Prints BENCH lines:
//   preview_ms        — the composer's preview of a 20,000-character body (median of 20; floor ≤ 30)
//   preview_max_ms    — the slowest of those 20
//   diff_ms           — the difference from a published update of the same size (median)
//   open_incident_ms  — opening an incident with 50,000 linked reports until it is shown (median of 7; floor ≤ 200)
//   open_incident_max_ms
// Usage: bench_editor [--engine sqlite|postgres] [--database URL] [--linked N]
#include "benchsupport.h"

#include "compose/textdiff.h"
#include "core/clock.h"
#include "incident/incidenteditor.h"
#include "compose/spellingedit.h"
#include "store/database.h"
#include "store/dbworker.h"
#include "store/incidentrepository.h"
#include "store/reportrepository.h"
#include "compose/updatecomposer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace desk;
using namespace desk::bench;
using namespace desk::ui;

namespace {
const QString kCli = QStringLiteral(DESK_CLI_PATH);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

/** A long update as agents write them: headings, paragraphs, lists, links, emphasis. */
QString longBody(int characters, int variant)
{
    QString out;
    for (int n = 0; out.size() < characters; ++n) {
        out += QStringLiteral("## Update %1, part %2\n\n").arg(variant).arg(n);
        out += QStringLiteral("Customers paying by **card** saw errors between %1:00 and %1:30; the *payment provider* "
                              "confirmed a fault in its gateway. See [the status page](https://status.example.org/%2) "
                              "for details. Orders placed meanwhile are kept and will be charged once.\n\n")
                   .arg(8 + n % 12)
                   .arg(n);
        out += QStringLiteral("- Affected: checkout, saved cards (%1)\n- Not affected: browsing, wish lists\n"
                              "- Workaround: pay by bank transfer or PayPal\n\n")
                   .arg(variant + n);
        out += QStringLiteral("| Time | Status |\n|---|---|\n| %1:00 | investigating |\n| %1:30 | identified |\n\n").arg(n % 24);
    }
    out.truncate(characters);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the incident editor and the update composer."));
    parser.addHelpOption();
    const QCommandLineOption linked(QStringLiteral("linked"), QStringLiteral("Reports linked to the measured incident."),
                                    QStringLiteral("n"), QStringLiteral("50000"));
    parser.addOption(linked);
    BenchDatabase::addOptions(parser);
    parser.process(app);

    BenchDatabase bench;
    if (!bench.open(parser, QStringLiteral("bench_editor"), kCli))
        return 1;
    const QString location = bench.location();
    const int linkedCount = parser.value(linked).toInt();
    const User admin{0, QStringLiteral("admin"), QStringLiteral("Bench"), Role::Admin, true};
    if (ReportRepository(bench.db(), admin).count().value_or(0) < linkedCount) {
        const Measured demo = runMeasured(kCli, {QStringLiteral("-d"), location, QStringLiteral("demo"), QStringLiteral("--reports"),
                                                 QString::number(linkedCount), QStringLiteral("--quiet")});
        if (demo.exitCode != 0) {
            qCritical("demo failed: %s", qPrintable(demo.output));
            return 1;
        }
    }
    Incident draft;
    draft.title = QStringLiteral("Bench: checkout errors for every customer");
    draft.description = longBody(2000, 1);
    auto incident = IncidentRepository(bench.db(), admin).create(draft);
    if (!incident.ok()) {
        qCritical("%s", qPrintable(incident.errorString()));
        return 1;
    }
    auto moved = bench.db().exec(QStringLiteral("UPDATE reports SET incident_id = ?, status = 'linked' WHERE id IN "
                                                 "(SELECT id FROM reports ORDER BY id LIMIT %1)")
                                      .arg(linkedCount),
                                  {incident->id});
    if (!moved.ok()) {
        qCritical("%s", qPrintable(moved.errorString()));
        return 1;
    }
    (void)bench.db().exec(bench.db().isPostgres() ? QStringLiteral("ANALYZE") : QStringLiteral("ANALYZE"));
    report(QStringLiteral("linked_reports"), double(IncidentRepository(bench.db(), admin).scope(incident->id)->reports),
           QStringLiteral("reports"));

    DbWorker worker;
    QSignalSpy opened(&worker, &DbWorker::opened);
    worker.open(bench.url());
    if (!opened.wait(30000) || !opened.first().first().toBool()) {
        qCritical("worker could not open the database");
        return 1;
    }
    const Session session{admin, bench.url(), &worker};

    // Opening the incident: from the editor's creation to its first paint with everything loaded.
    QList<double> openMs;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto *editor = new IncidentEditor(session, incident->id);
        editor->show();
        if (!waitFor([editor] { return editor->isLoaded(); })) {
            qCritical("the editor did not load");
            return 1;
        }
        editor->repaint();
        openMs << double(timer.nsecsElapsed()) / 1e6;
        delete editor;
        QCoreApplication::processEvents();
    }
    report(QStringLiteral("open_incident_ms"), median(openMs), QStringLiteral("ms"));
    report(QStringLiteral("open_incident_max_ms"), maximum(openMs), QStringLiteral("ms"));

    // The composer's preview of a 20,000-character body.
    auto *composer = new UpdateComposer(session, incident.value(), {}, UpdateKind::Progress);
    composer->resize(1200, 800);
    composer->show();
    if (!waitFor([composer] { return composer->isLoaded(); })) {
        qCritical("the composer did not load");
        return 1;
    }
    composer->setLanguages({Language::En});
    const QString body = longBody(20000, 2);
    const QString published = longBody(20000, 3);
    QList<double> previewMs;
    for (int run = 0; run < 20; ++run) {
        composer->setText(Language::En, body + QString::number(run));
        QElapsedTimer timer;
        timer.start();
        composer->renderPreviewNow();
        previewMs << double(timer.nsecsElapsed()) / 1e6;
    }
    report(QStringLiteral("preview_chars"), double(body.size()), QStringLiteral("characters"));
    report(QStringLiteral("preview_ms"), median(previewMs), QStringLiteral("ms"));
    report(QStringLiteral("preview_max_ms"), maximum(previewMs), QStringLiteral("ms"));

    QList<double> diffMs;
    for (int run = 0; run < 10; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QString html = TextDiff::toHtml(TextDiff::compare(published, body));
        diffMs << double(timer.nsecsElapsed()) / 1e6;
        if (html.isEmpty())
            return 1;
    }
    report(QStringLiteral("diff_ms"), median(diffMs), QStringLiteral("ms"));

    QList<double> spellMs;
    auto *edit = composer->editor(Language::En);
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        edit->highlighter()->rehighlight();
        spellMs << double(timer.nsecsElapsed()) / 1e6;
    }
    report(QStringLiteral("spellcheck_20k_ms"), median(spellMs), QStringLiteral("ms"));
    delete composer;
    return 0;
}
