// SPDX-License-Identifier: GPL-3.0-or-later
// Measures publishing the Help Center through the real publication runner, from a SQLite database
// of N incidents with three published updates each (in English and Italian), to a local nginx
// with WebDAV (tests/nginx-start.sh; its root on /dev/shm where there is one, so that the test
// server's file system is not what is measured). Prints BENCH lines:
//   site_full_s               — the first publication: the whole site rendered from the database,
//                               uploaded and read back (floor ≤ 5 s for 10,000 incidents)
//   site_files, site_folders  — what that site is on the server
//   publish_one_update_ms     — one more update, from the lead's Publish to its page on the server,
//                               read back and compared (floor ≤ 200 ms)
//   files_uploaded_one_update — how many files that took
//   raw_upload_s              — the raw baseline: the same files (read back from the server's
//                               folder) uploaded to the same nginx by a bare libcurl loop, MKCOL
//                               per folder and PUT per file on one connection, nothing read back
//   site_full_over_raw        — site_full_s / raw_upload_s (goal ≤ 1.5)
// Usage: bench_publish [--incidents N]
#include "benchsupport.h"

#include "core/clock.h"
#include "publish/helpcentersite.h"
#include "publish/httpclient.h"
#include "publish/publicationrunner.h"
#include "store/database.h"
#include "store/databaseurl.h"
#include "store/incidentrepository.h"
#include "store/migrator.h"
#include "store/publicationrepository.h"
#include "store/servicerepository.h"
#include "store/updaterepository.h"
#include "store/userrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <curl/curl.h>

using namespace desk;
using namespace desk::bench;

namespace {
const User kAgent{0, QStringLiteral("anna"), QStringLiteral("Anna"), Role::Agent, true};
const User kLead{0, QStringLiteral("giulia"), QStringLiteral("Giulia"), Role::Lead, true};
const User kAdmin{0, QStringLiteral("admin"), QStringLiteral("Admin"), Role::Admin, true};

/** N incidents over three years (the newest five still open), three published updates each. */
Status seed(Database &db, int n)
{
    for (const User &u : {kAgent, kLead, kAdmin}) {
        if (auto added = UserRepository(db).add(u.name, u.displayName, u.role, QStringLiteral("bench-password"), kAdmin.name);
            !added.ok())
            return added.error();
    }
    auto service = ServiceRepository(db).ensure(QStringLiteral("payments"), QStringLiteral("Payments"));
    if (!service.ok())
        return service.error();
    const qint64 first = QDateTime(QDate(2023, 11, 25), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 span = qint64(3) * 365 * 86400 * 1000;
    return db.transaction([&]() -> Status {
        for (int i = 1; i <= n; ++i) {
            const qint64 created = first + span / n * i;
            const bool open = i > n - 5;
            auto incident = db.exec(
                QStringLiteral("INSERT INTO incidents (reference, title, impact_summary, user_journeys, impact_level, state, "
                               "created_at, acknowledged_at, resolved_at, last_published_at, updated_at) VALUES (?, ?, ?, ?, "
                               "'major', ?, ?, ?, ?, ?, ?)"),
                {QStringLiteral("INC-%1-%2").arg(2023 + i * 3 / n).arg(i, 5, 10, QLatin1Char('0')),
                 QStringLiteral("Card payments failing at checkout (%1)").arg(i),
                 QStringLiteral("Some customers cannot pay by card; orders paid by bank transfer go through."),
                 QStringLiteral("Paying by card\nSaving a card"), open ? QStringLiteral("investigating") : QStringLiteral("closed"),
                 created, created + 600000, open ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(created + 7200000),
                 created + 1800000, created + 7200000});
            if (!incident.ok())
                return incident.error();
            const qint64 id = incident.value().lastInsertId().toLongLong();
            if (auto s = db.exec(QStringLiteral("INSERT INTO incident_services (incident_id, service_id) VALUES (?, ?)"),
                                 {id, service.value()});
                !s.ok())
                return s.error();
            for (int u = 0; u < 3; ++u) {
                const qint64 at = created + 600000 * (u + 1);
                auto update = db.exec(QStringLiteral("INSERT INTO updates (incident_id, kind, status, author, approver, created_at, "
                                                     "submitted_at, decided_at, published_at, updated_at) VALUES (?, ?, "
                                                     "'approved', 'anna', 'giulia', ?, ?, ?, ?, ?)"),
                                      {id, u == 0 ? QStringLiteral("acknowledgement") : QStringLiteral("progress"), at - 300000,
                                       at - 200000, at - 100000, at, at});
                if (!update.ok())
                    return update.error();
                const qint64 updateId = update.value().lastInsertId().toLongLong();
                for (const auto &[lang, body] :
                     {std::pair{QStringLiteral("en"), QStringLiteral("**Update %1.** We found the cause and are deploying a fix; "
                                                                     "next update within 24 hours.")},
                      std::pair{QStringLiteral("it"), QStringLiteral("**Aggiornamento %1.** Abbiamo trovato la causa e stiamo "
                                                                     "installando la correzione; prossimo aggiornamento entro 24 ore.")}}) {
                    if (auto b = db.exec(QStringLiteral("INSERT INTO update_bodies (update_id, language, body) VALUES (?, ?, ?)"),
                                         {updateId, lang, body.arg(u + 1)});
                        !b.ok())
                        return b.error();
                }
            }
        }
        // Published once their texts are in: a published update's texts never change.
        auto published = db.exec(QStringLiteral("UPDATE updates SET status = 'published' WHERE status = 'approved'"));
        return published.ok() ? Status{} : Status{published.error()};
    });
}

/** Writes, approves and publishes one update of an incident, as the agent and the lead do. */
Result<Id> publishUpdate(Database &db, Id incident, const QString &english)
{
    auto u = UpdateRepository(db, kAgent).createDraft(incident, UpdateKind::Progress,
                                                      {{Language::En, english}, {Language::It, QStringLiteral("IT: ") + english}});
    if (u.ok())
        u = UpdateRepository(db, kAgent).submit(u->update.id, u->update.version);
    if (u.ok())
        u = UpdateRepository(db, kLead).approve(u->update.id, u->update.version);
    if (u.ok())
        u = UpdateRepository(db, kLead).publish(u->update.id, u->update.version);
    if (!u.ok())
        return u.error();
    return u->update.id;
}

/** What published_files says the server holds: path → content hash. */
QHash<QString, QString> held(Database &db)
{
    QHash<QString, QString> out;
    auto q = db.exec(QStringLiteral("SELECT path, sha256 FROM published_files"));
    while (q.ok() && q.value().next())
        out.insert(q.value().value(0).toString(), q.value().value(1).toString());
    return out;
}

bool allDone(Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM publication_jobs WHERE state <> 'done'")).value_or(1).toInt() == 0;
}

int fail(const QString &why)
{
    qCritical("%s", qPrintable(why));
    return 1;
}
} // namespace

/**
 * The raw baseline: every file under `root` PUT to `url` by a bare libcurl loop, one easy handle
 * (so one kept-alive connection), MKCOL for each folder first. Returns seconds, or -1.
 */
double rawUpload(const QString &root, const QString &url, qsizetype &files)
{
    QStringList folders{QString()};
    QList<std::pair<QString, QByteArray>> contents;
    QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            folders << relative + u'/';
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        contents.append({relative, f.readAll()});
    }
    std::sort(folders.begin(), folders.end()); // parents first
    files = contents.size();
    CURL *curl = curl_easy_init();
    auto cleanup = qScopeGuard([curl] { curl_easy_cleanup(curl); });
    auto discard = +[](char *, size_t size, size_t count, void *) { return size * count; };
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
    QElapsedTimer timer;
    timer.start();
    for (const QString &folder : std::as_const(folders)) {
        const QByteArray address = (url + folder).toUtf8();
        curl_easy_setopt(curl, CURLOPT_URL, address.constData());
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "MKCOL");
        curl_easy_setopt(curl, CURLOPT_NOBODY, 0L);
        if (curl_easy_perform(curl) != CURLE_OK)
            return -1;
    }
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "PUT");
    for (const auto &[relative, body] : std::as_const(contents)) {
        const QByteArray address = (url + relative).toUtf8();
        curl_easy_setopt(curl, CURLOPT_URL, address.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
        long status = 0;
        if (curl_easy_perform(curl) != CURLE_OK || curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status) != CURLE_OK
            || status >= 300)
            return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

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
    if (QDir(QStringLiteral("/dev/shm")).exists())
        qputenv("DESK_DAV_TMP", "/dev/shm");
    const Measured started = runMeasured(QStringLiteral("bash"), {QStringLiteral(DESK_SOURCE_DIR "/tests/nginx-start.sh"), env});
    QFile file(env);
    if (started.exitCode != 0 || !file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("no nginx: ") + started.output);
    QString dav;
    QString davDir;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1String("DESK_TEST_DAV_URL=")))
            dav = line.mid(18) + QStringLiteral("bench/");
        if (line.startsWith(QLatin1String("DESK_TEST_DAV_DIR=")))
            davDir = line.mid(18);
    }
    auto stop = qScopeGuard([&] { runMeasured(QStringLiteral("bash"), {QStringLiteral(DESK_SOURCE_DIR "/tests/nginx-stop.sh"), env}); });

    // SQLite: the published updates are written straight into the tables, which PostgreSQL's policy refuses.
    BenchDatabase bench;
    if (!bench.open({}, QStringLiteral("sqlite"), QStringLiteral("bench_publish"), {}))
        return 1;
    Database &db = bench.db();
    QElapsedTimer timer;
    timer.start();
    if (Status s = seed(db, n); !s.ok())
        return fail(s.errorString());
    report(QStringLiteral("seed_s"), double(timer.nsecsElapsed()) / 1e9, QStringLiteral("s"));
    const QJsonObject config{{QStringLiteral("davUrl"), dav}, {QStringLiteral("baseUrl"), QStringLiteral("https://help.example.org/incidents/")}};
    auto target = PublicationRepository(db, kAdmin)
                      .addTarget(PublicationKind::HelpCenter, QStringLiteral("Help Center"),
                                 QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)));
    if (!target.ok())
        return fail(target.errorString());
    auto incident = IncidentRepository(db, kLead).byReference(QStringLiteral("INC-2026-%1").arg(n, 5, 10, QLatin1Char('0')));
    if (!incident.ok())
        return fail(incident.errorString());
    PublicationRunner runner(db, kLead);

    // The first publication: nothing on the server yet, so every page goes up.
    if (auto u = publishUpdate(db, incident->id, QStringLiteral("The fix is being rolled out.")); !u.ok())
        return fail(u.errorString());
    timer.restart();
    auto full = runner.runDue();
    const double fullS = double(timer.nsecsElapsed()) / 1e9;
    if (!full.ok() || full->done != 1 || !allDone(db))
        return fail(QStringLiteral("the first publication did not finish: ") + (full.ok() ? QString() : full.errorString()));
    const QHash<QString, QString> before = held(db);
    report(QStringLiteral("site_incidents"), n, QStringLiteral("incidents"));
    const auto folders = std::count_if(before.keyBegin(), before.keyEnd(), [](const QString &p) { return p.endsWith(u'/'); });
    report(QStringLiteral("site_files"), double(before.size() - folders), QStringLiteral("files"));
    report(QStringLiteral("site_folders"), double(folders), QStringLiteral("folders"));
    report(QStringLiteral("site_full_s"), fullS, QStringLiteral("s"));
    // The same files, as the server holds them, up again by the bare loop into a folder of their own.
    qsizetype rawFiles = 0;
    const double rawS = rawUpload(davDir + QStringLiteral("/www/bench"), dav.chopped(6) + QStringLiteral("raw/"), rawFiles);
    if (rawS < 0 || rawFiles != before.size() - folders)
        return fail(QStringLiteral("the raw libcurl upload failed (%1 files)").arg(rawFiles));
    report(QStringLiteral("raw_upload_s"), rawS, QStringLiteral("s"));
    report(QStringLiteral("site_full_over_raw"), fullS / rawS, QStringLiteral("x"));

    // One more update on the newest open incident: from the lead's Publish to the verified page.
    const QString marker = QStringLiteral("Payments are back to normal for 98% of customers.");
    timer.restart();
    if (auto u = publishUpdate(db, incident->id, marker); !u.ok())
        return fail(u.errorString());
    auto one = runner.runDue();
    const double oneMs = double(timer.nsecsElapsed()) / 1e6;
    if (!one.ok() || one->done != 1 || !allDone(db))
        return fail(QStringLiteral("the update was not published: ") + (one.ok() ? QString() : one.errorString()));
    const QHash<QString, QString> after = held(db);
    int uploaded = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        uploaded += before.value(it.key()) != it.value();
    const HttpReply page = HttpClient().send({"GET", QUrl(dav + HelpCenterSite::pagePath(incident.value(), Language::En)), {}, {}});
    if (!page.success() || !page.body.contains(marker.toUtf8()))
        return fail(QStringLiteral("the page on the server does not show the update"));
    report(QStringLiteral("publish_one_update_ms"), oneMs, QStringLiteral("ms"));
    report(QStringLiteral("files_uploaded_one_update"), uploaded, QStringLiteral("files"));

    // The same, with nobody's window open: the service publishes, woken by the change feed. From
    // the lead's Publish to the page on the server showing the update, five times: the median.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return fail(QStringLiteral("no free port"));
    const quint16 httpPort = probe.serverPort();
    probe.close();
    QFile conf(dir.filePath(QStringLiteral("service.conf")));
    if (!conf.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write the service's configuration"));
    conf.write(QStringLiteral("[database]\nurl=%1\n[http]\nlisten=127.0.0.1:%2\n[intake]\nspool_path=%3\n[publishing]\nenabled=true\n")
                   .arg(bench.location())
                   .arg(httpPort)
                   .arg(dir.filePath(QStringLiteral("spool.db")))
                   .toUtf8());
    conf.close();
    QProcess service;
    service.setProcessChannelMode(QProcess::MergedChannels);
    service.start(QStringLiteral(DESK_SERVICE_PATH), {QStringLiteral("--config"), conf.fileName()});
    auto stopService = qScopeGuard([&] {
        service.terminate();
        service.waitForFinished(15000);
    });
    QByteArray log;
    QElapsedTimer waited;
    waited.start();
    while (!log.contains("listening on") && waited.elapsed() < 15000 && service.state() != QProcess::NotRunning) {
        service.waitForReadyRead(100);
        log += service.readAll();
    }
    if (!log.contains("listening on"))
        return fail(QStringLiteral("the service did not start: ") + QString::fromUtf8(log));
    QList<double> viaService;
    const QUrl pageUrl(dav + HelpCenterSite::pagePath(incident.value(), Language::En));
    for (int round = 0; round < 5; ++round) {
        const QString text = QStringLiteral("Round %1: payments flow again for every card.").arg(round);
        timer.restart();
        if (auto u = publishUpdate(db, incident->id, text); !u.ok())
            return fail(u.errorString());
        bool shown = false;
        while (!shown && timer.elapsed() < 20000) {
            const HttpReply page = HttpClient().send({"GET", pageUrl, {}, {}});
            shown = page.success() && page.body.contains(text.toUtf8());
            if (!shown)
                QThread::msleep(5);
        }
        if (!shown)
            return fail(QStringLiteral("the service did not publish round %1: ").arg(round) + QString::fromUtf8(log + service.readAll()));
        viaService << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(viaService.begin(), viaService.end());
    report(QStringLiteral("publish_via_service_ms"), viaService.at(viaService.size() / 2), QStringLiteral("ms"));
    report(QStringLiteral("publish_via_service_max_ms"), viaService.last(), QStringLiteral("ms"));
    return 0;
}
