// SPDX-License-Identifier: GPL-3.0-or-later
// Measures publishing the Help Center to a local nginx with WebDAV (tests/nginx-start.sh).
// Prints BENCH lines:
//   site_full_s               — render and upload the whole site for N incidents (floor ≤ 5 s for 10,000)
//   publish_one_update_ms     — one more published update to the uploaded, verified site (floor ≤ 200 ms)
//   files_uploaded_one_update — how many files that took
// Usage: bench_publish [--incidents N]
#include "benchsupport.h"

#include "publish/helpcentersite.h"
#include "publish/webdavpublisher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>

using namespace desk;
using namespace desk::bench;

namespace {
SiteIncident incident(int n, int total, int updates)
{
    SiteIncident s;
    s.incident.id = n;
    s.incident.reference = QStringLiteral("INC-2026-%1").arg(n, 5, 10, QLatin1Char('0'));
    s.incident.title = QStringLiteral("Checkout problem number %1").arg(n);
    s.incident.impactSummary = QStringLiteral("Some customers cannot pay by card.");
    // Ten thousand incidents over three years (one every 2.5 hours), the newest five still open:
    // the index and the feed list the open ones and those of the last 90 days, about 860.
    s.incident.state = n > total - 5 ? IncidentState::Investigating : IncidentState::Closed;
    s.incident.createdAt = QDateTime(QDate(2023, 11, 25), QTime(8, 0), Qt::UTC).addSecs(qint64(n) * 3 * 365 * 86400 / total);
    s.incident.resolvedAt = s.incident.createdAt.addSecs(7200);
    s.serviceNames = {QStringLiteral("Payments")};
    for (int u = 0; u < updates; ++u) {
        UpdateWithBodies up;
        up.update.id = qint64(n) * 100 + u;
        up.update.status = UpdateStatus::Published;
        up.update.publishedAt = s.incident.createdAt.addSecs(600 * (u + 1));
        up.bodies = {{Language::En, QStringLiteral("Update %1: we are working on it.").arg(u)},
                     {Language::It, QStringLiteral("Aggiornamento %1: ci stiamo lavorando.").arg(u)}};
        s.published << up;
    }
    return s;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("incidents"), QStringLiteral("Incidents on the site (default 10000)."),
                                   QStringLiteral("n"), QStringLiteral("10000"));
    parser.addOption(count);
    parser.process(app);
    const int n = parser.value(count).toInt();

    QTemporaryDir dir;
    const QString env = dir.filePath(QStringLiteral("nginx.env"));
    const Measured started = runMeasured(QStringLiteral("bash"), {QStringLiteral(DESK_SOURCE_DIR "/tests/nginx-start.sh"), env});
    QFile file(env);
    if (started.exitCode != 0 || !file.open(QIODevice::ReadOnly)) {
        qCritical("no nginx: %s", qPrintable(started.output));
        return 1;
    }
    QUrl base;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1String("DESK_TEST_DAV_URL=")))
            base = QUrl(line.mid(18) + QStringLiteral("bench/"));
    }
    auto stop = qScopeGuard([&] { runMeasured(QStringLiteral("bash"), {QStringLiteral(DESK_SOURCE_DIR "/tests/nginx-stop.sh"), env}); });

    QList<SiteIncident> site;
    for (int i = 1; i <= n; ++i)
        site << incident(i, n, 3);
    SiteOptions options;
    options.now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    WebDavPublisher dav(base);

    QElapsedTimer timer;
    timer.start();
    const QList<SiteFile> files = HelpCenterSite::render(site, options);
    const double renderS = double(timer.nsecsElapsed()) / 1e9;
    auto full = dav.publish(files, {});
    if (!full.ok()) {
        qCritical("%s", qPrintable(full.errorString()));
        return 1;
    }
    report(QStringLiteral("site_incidents"), n, QStringLiteral("incidents"));
    report(QStringLiteral("site_files"), double(files.size()), QStringLiteral("files"));
    report(QStringLiteral("site_render_s"), renderS, QStringLiteral("s"));
    report(QStringLiteral("site_full_s"), double(timer.nsecsElapsed()) / 1e9, QStringLiteral("s"));

    // One more update on an open incident, as the publication runner sends it: that incident's
    // pages and the shared files (index, JSON, feed) rendered, what changed uploaded and read back.
    site[n - 1] = incident(n, n, 4); // the newest, open
    timer.restart();
    QList<SiteFile> changed = HelpCenterSite::incidentPages(site[n - 1], options);
    changed += HelpCenterSite::sharedFiles(site, options);
    const double renderOneMs = double(timer.nsecsElapsed()) / 1e6;
    auto one = dav.publish(changed, full->manifest);
    if (!one.ok()) {
        qCritical("%s", qPrintable(one.errorString()));
        return 1;
    }
    report(QStringLiteral("publish_one_update_ms"), double(timer.nsecsElapsed()) / 1e6, QStringLiteral("ms"));
    report(QStringLiteral("files_uploaded_one_update"), one->uploaded, QStringLiteral("files"));
    report(QStringLiteral("render_one_update_ms"), renderOneMs, QStringLiteral("ms"));
    return 0;
}
