// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the export of resolution confirmations for 10,000 reporters through the CLI (its
// wall time and peak memory, by wait4). Prints BENCH lines:
//   eml_s (floor ≤ 5), pdf_each_s (≤ 60), pdf_combined_s (≤ 30), csv_s, peak_rss_mb (≤ 300)
// Usage: bench_export [--reports N]
#include "benchsupport.h"

#include "core/clock.h"
#include "store/database.h"
#include "store/incidentrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

using namespace desk;
using namespace desk::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures exporting resolution confirmations."));
    parser.addHelpOption();
    const QCommandLineOption reports(QStringLiteral("reports"), QStringLiteral("Reporters (default 10000)."),
                                     QStringLiteral("n"), QStringLiteral("10000"));
    parser.addOption(reports);
    parser.process(app);
    const int n = parser.value(reports).toInt();
    const QString cli = QStringLiteral(DESK_CLI_PATH);

    QTemporaryDir dir;
    // SQLite: the reporters are generated with its JSON functions, straight into the tables.
    auto bench = std::make_unique<BenchDatabase>();
    if (!bench->open({}, QStringLiteral("sqlite"), QStringLiteral("bench_export"), cli))
        return 1;
    const QString file = bench->location();
    const User admin{0, QStringLiteral("bench"), {}, Role::Admin, true};
    Incident draft;
    draft.title = QStringLiteral("Card payments refused at checkout");
    draft.description = QStringLiteral("The card processor refused most payments for two hours.");
    draft.impactSummary = QStringLiteral("Customers could not pay by card; other payment methods worked.");
    auto incident = IncidentRepository(bench->db(), admin).create(draft);
    if (!incident.ok()) {
        qCritical("%s", qPrintable(incident.errorString()));
        return 1;
    }
    const qint64 now = Clock::nowMs();
    (void)bench->db().exec(QStringLiteral("UPDATE incidents SET state = 'resolved', resolved_at = ? WHERE id = ?"),
                           {now, incident->id});
    // Reporters in five languages, names with accents, quotes and other scripts.
    auto inserted = bench->db().exec(QStringLiteral(
        "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < %1) "
        "INSERT INTO reports (external_ref, received_at, channel, customer_ref, customer_name, customer_email, language, "
        "subject, body, status, incident_id, updated_at) "
        "SELECT 'B-' || n, %2 - n * 1000, CASE WHEN n % 3 = 0 THEN 'email' ELSE 'contact_form' END, 'C' || n, "
        "json_extract('[\"Zoë O''Neil\",\"Niccolò Dell''Acqua\",\"Ἀλέξανδρος Π.\",\"Дмитрий Иванов\",\"José “Pepe” Núñez\"]', "
        "'$[' || (n % 5) || ']') || ' ' || n, 'customer' || n || '@example.org', "
        "json_extract('[\"en\",\"it\",\"fr\",\"de\",\"es\"]', '$[' || (n % 5) || ']'), "
        "'Payment refused', 'My card was refused.', 'linked', %3, %2 FROM g")
                                         .arg(n)
                                         .arg(now)
                                         .arg(incident->id));
    if (!inserted.ok()) {
        qCritical("%s", qPrintable(inserted.errorString()));
        return 1;
    }
    bench->close();

    double peak = 0;
    auto measure = [&](const QString &name, const QString &format) -> bool {
        const QString out = dir.filePath(name);
        QDir().mkpath(out);
        const Measured m = runMeasured(cli, {QStringLiteral("-d"), file, QStringLiteral("export"), QStringLiteral("confirmations"),
                                             QStringLiteral("--incident"), incident->reference, QStringLiteral("--format"),
                                             format, QStringLiteral("--out"), out, QStringLiteral("--all"),
                                             QStringLiteral("--link-base"), QStringLiteral("https://help.example.org/incidents/")});
        if (m.exitCode != 0) {
            qCritical("export %s failed: %s", qPrintable(format), qPrintable(m.output));
            return false;
        }
        report(name + QStringLiteral("_s"), m.seconds, QStringLiteral("s"));
        peak = qMax(peak, m.peakRssMb);
        report(name + QStringLiteral("_files"), double(QDir(out).entryList(QDir::Files).size()), QStringLiteral("files"));
        QDir(out).removeRecursively();
        return true;
    };
    report(QStringLiteral("confirmations"), n, QStringLiteral("reporters"));
    if (!measure(QStringLiteral("eml"), QStringLiteral("eml")) || !measure(QStringLiteral("pdf_each"), QStringLiteral("pdf-each"))
        || !measure(QStringLiteral("pdf_combined"), QStringLiteral("pdf-combined")) || !measure(QStringLiteral("csv"), QStringLiteral("csv")))
        return 1;
    report(QStringLiteral("peak_rss_mb"), peak, QStringLiteral("MB"));
    return 0;
}
