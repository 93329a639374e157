// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing the Help Center to a real nginx with WebDAV (tests/nginx-start.sh): the first
// publish, an update that uploads only what changed, a re-publish that uploads nothing, a
// location that answers 500 and one so slow that it times out.
#include "publish/helpcentersite.h"
#include "publish/webdavpublisher.h"
#include "testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace desk;

namespace {
SiteIncident incident(int updates)
{
    SiteIncident s;
    s.incident.id = 1;
    s.incident.reference = QStringLiteral("INC-2026-0042");
    s.incident.title = QStringLiteral("Orders <delayed> & \"stuck\"");
    s.incident.impactSummary = QStringLiteral("Orders arrive late.");
    s.incident.state = IncidentState::Investigating;
    s.incident.createdAt = QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC);
    for (int n = 0; n < updates; ++n) {
        UpdateWithBodies u;
        u.update.id = 100 + n;
        u.update.status = UpdateStatus::Published;
        u.update.publishedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC).addDays(n);
        u.bodies = {{Language::En, QStringLiteral("Update %1").arg(n)}, {Language::It, QStringLiteral("Aggiornamento %1").arg(n)}};
        s.published << u;
    }
    return s;
}

SiteOptions options()
{
    SiteOptions o;
    o.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    return o;
}
} // namespace

class TestWebDav final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void publishUpdateAndRepublish();
    void failingLocationSaysWhat();
    void slowLocationTimesOut();
    void busyServerSaysWhenToComeBack();

private:
    QUrl m_url;
    QString m_root;
};

void TestWebDav::initTestCase()
{
    m_url = QUrl(test::davTestValue(QStringLiteral("DESK_TEST_DAV_URL")));
    m_root = test::davTestValue(QStringLiteral("DESK_TEST_DAV_DIR")) + QStringLiteral("/www");
    if (m_url.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("CI=true but no nginx WebDAV test server is running (tests/nginx-start.sh failed)");
        QSKIP("no nginx WebDAV test server (tests/nginx-start.sh); install nginx and libnginx-mod-http-dav-ext");
    }
}

void TestWebDav::publishUpdateAndRepublish()
{
    const QUrl base = m_url.resolved(QUrl(QStringLiteral("site/")));
    WebDavPublisher dav(base);
    const QList<SiteFile> first = HelpCenterSite::render({incident(1)}, options());
    auto published = dav.publish(first, {});
    QVERIFY2(published.ok(), qPrintable(published.errorString()));
    QCOMPARE(published->uploaded, int(first.size()));
    QVERIFY(published->foldersCreated >= 1);
    for (const SiteFile &f : first) {
        QFile onDisk(m_root + QStringLiteral("/site/") + f.path);
        QVERIFY2(onDisk.open(QIODevice::ReadOnly), qPrintable(f.path));
        QCOMPARE(onDisk.readAll(), f.content);
    }

    // A new update: only the files whose bytes changed go up.
    const QList<SiteFile> second = HelpCenterSite::render({incident(2)}, options());
    QStringList changed;
    for (qsizetype i = 0; i < second.size(); ++i) {
        if (second[i].content != first[i].content)
            changed << second[i].path;
    }
    QVERIFY(!changed.isEmpty() && changed.size() < second.size());
    auto update = dav.publish(second, published->manifest);
    QVERIFY2(update.ok(), qPrintable(update.errorString()));
    QStringList uploaded = update->uploadedPaths; // uploads run side by side: any order
    uploaded.sort();
    changed.sort();
    QCOMPARE(uploaded, changed);
    QCOMPARE(update->unchanged, int(second.size() - changed.size()));
    QVERIFY(update->manifest.value(QStringLiteral("inc-2026-0042/en.html")).etag.startsWith(u'"'));

    // The same again: nothing to upload.
    auto again = dav.publish(second, update->manifest);
    QVERIFY(again.ok());
    QCOMPARE(again->uploaded, 0);
    QCOMPARE(again->foldersCreated, 0);
}

void TestWebDav::failingLocationSaysWhat()
{
    WebDavPublisher dav(m_url.resolved(QUrl(QStringLiteral("fail/"))));
    auto result = dav.publish(HelpCenterSite::render({incident(1)}, options()), {});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::Unavailable); // worth retrying later
    QVERIFY2(result.errorString().contains(QLatin1String("500")), qPrintable(result.errorString()));
    QVERIFY(result.errorString().contains(QLatin1String("the disk of this site is broken")));
}

void TestWebDav::slowLocationTimesOut()
{
    WebDavPublisher dav(m_url.resolved(QUrl(QStringLiteral("slow/"))), {}, {}, 1500);
    SiteFile big{QStringLiteral("big.html"), QByteArray(4000, 'x'), QStringLiteral("text/html")};
    QElapsedTimer timer;
    timer.start();
    auto result = dav.publish({big}, {});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::Unavailable);
    QVERIFY2(result.errorString().contains(QLatin1String("did not answer")), qPrintable(result.errorString()));
    QVERIFY(timer.elapsed() < 10000);
}

void TestWebDav::busyServerSaysWhenToComeBack()
{
    WebDavPublisher dav(m_url.resolved(QUrl(QStringLiteral("busy/"))));
    auto result = dav.publish(HelpCenterSite::render({incident(1)}, options()), {});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::Unavailable); // 429: retry, later
    QVERIFY2(result.errorString().contains(QLatin1String("429")), qPrintable(result.errorString()));
    QCOMPARE(dav.retryAfterMs(), qint64(7000));
}

QTEST_GUILESS_MAIN(TestWebDav)
#include "test_webdav.moc"
