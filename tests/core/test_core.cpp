// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials.h"
#include "core/csv.h"
#include "core/passwordhash.h"
#include "core/settings.h"
#include "store/databaseurl.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;

class TestCore final : public QObject
{
    Q_OBJECT

private slots:
    void credentialsComeFromFilesOnly();
    void databaseUrl_data();
    void databaseUrl();
    void databaseUrlNeverShowsPassword();
    void csvRoundTrip();
    void csvReaderLines();
    void csvNeutralisesFormulas();
    void passwordHash();
    void settingsProfilesKeepNoPassword();
};

void TestCore::databaseUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");

    QTest::newRow("sqlite path") << "/tmp/x.db" << true << false << "" << 0 << "" << "" << "";
    QTest::newRow("full url") << "postgresql://anna:s%40cret@db.example:6543/desk?sslmode=require" << true << true
                              << "db.example" << 6543 << "desk" << "anna" << "s@cret";
    QTest::newRow("short scheme") << "postgres://luca@localhost/team" << true << true << "localhost" << 5432 << "team"
                                  << "luca" << "";
    QTest::newRow("db defaults to user") << "postgresql://giulia@h" << true << true << "h" << 5432 << "giulia"
                                         << "giulia" << "";
    QTest::newRow("bad sslmode") << "postgresql://a@h/d?sslmode=maybe" << false << true << "" << 0 << "" << "" << "";
    QTest::newRow("empty") << "  " << false << false << "" << 0 << "" << "" << "";
}

void TestCore::databaseUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(bool, postgres);
    auto url = DatabaseUrl::parse(text);
    QCOMPARE(url.ok(), ok);
    if (!ok) {
        QVERIFY(!url.errorString().isEmpty());
        return;
    }
    QCOMPARE(url->engine == Engine::Postgres, postgres);
    if (!postgres) {
        QCOMPARE(url->path, text);
        return;
    }
    QTEST(url->host, "host");
    QTEST(url->port, "port");
    QTEST(url->database, "database");
    QTEST(url->user, "user");
    QTEST(url->password, "password");
}

void TestCore::databaseUrlNeverShowsPassword()
{
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://anna:topsecret@h:5432/d"));
    QVERIFY(url.ok());
    QVERIFY(!url->display().contains(QLatin1String("topsecret")));
    QVERIFY(url->toString(true).contains(QLatin1String("topsecret")));
}

void TestCore::csvRoundTrip()
{
    const QStringList fields{QStringLiteral("plain"), QStringLiteral("with, comma"), QStringLiteral("say \"hi\""),
                             QStringLiteral("two\nlines"), QString(), QStringLiteral("Müller 東京")};
    QByteArray data = csvLine(fields) + csvLine({QStringLiteral("second")});
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QList<QByteArray> record;
    QVERIFY(reader.next(&record));
    QCOMPARE(record.size(), fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i)
        QCOMPARE(QString::fromUtf8(record.at(i)), fields.at(i));
    QCOMPARE(reader.line(), 1);
    QVERIFY(reader.next(&record));
    QCOMPARE(reader.line(), 3); // the first record spanned two lines
    QVERIFY(!reader.next(&record));
}

void TestCore::csvNeutralisesFormulas()
{
    // Customer-written text that a spreadsheet would run: every one stays text.
    const QByteArray line = csvLine({QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"), QStringLiteral("+1+2"),
                                     QStringLiteral("-2+3"), QStringLiteral("@SUM(A1:A2)"), QStringLiteral("\t=1"),
                                     QStringLiteral("Zoë = fine"), QStringLiteral("2026-12-02"), QString()});
    QCOMPARE(line, QByteArray("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",'+1+2,'-2+3,'@SUM(A1:A2),'\t=1,"
                              "Zoë = fine,2026-12-02,\r\n"));
    QByteArray data = line;
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QList<QByteArray> record;
    QVERIFY(reader.next(&record));
    QCOMPARE(record.size(), 8);
    for (int i = 0; i < 5; ++i)
        QVERIFY2(record.at(i).startsWith('\''), record.at(i).constData());
}

void TestCore::csvReaderLines()
{
    QByteArray data("a,b\r\n\r\n1,\"open\n");
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QList<QByteArray> record;
    QVERIFY(reader.next(&record));
    QVERIFY(reader.next(&record));
    QCOMPARE(reader.line(), 3);
    QVERIFY(reader.unterminatedQuote());
}

void TestCore::passwordHash()
{
    auto hash = PasswordHash::hash(QStringLiteral("correct horse"));
    QVERIFY(hash.ok());
    QVERIFY(hash->startsWith(QLatin1String("$argon2id$")));
    QVERIFY(!hash->contains(QLatin1String("correct")));
    QVERIFY(PasswordHash::verify(hash.value(), QStringLiteral("correct horse")));
    QVERIFY(!PasswordHash::verify(hash.value(), QStringLiteral("correct horsE")));
    QVERIFY(!PasswordHash::verify(QString(), QStringLiteral("x")));
    auto again = PasswordHash::hash(QStringLiteral("correct horse"));
    QVERIFY(again.value() != hash.value()); // salted
}

void TestCore::settingsProfilesKeepNoPassword()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    Settings::useFile(file);
    ConnectionProfile p;
    p.name = QStringLiteral("Team");
    p.host = QStringLiteral("db.example");
    p.user = QStringLiteral("anna");
    Settings::instance().saveProfile(p);
    p.port = 6543;
    Settings::instance().saveProfile(p);
    Settings::instance().sync();
    QCOMPARE(Settings::instance().profiles().size(), 1);
    QCOMPARE(Settings::instance().profiles().first().port, 6543);
    QFile ini(file);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().toLower().contains("password"));
    Settings::instance().removeProfile(QStringLiteral("Team"));
    QVERIFY(Settings::instance().profiles().isEmpty());
}

void TestCore::credentialsComeFromFilesOnly()
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &text, QFileDevice::Permissions permissions) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        QVERIFY(f.setPermissions(permissions));
    };
    QDir(dir.path()).mkpath(QStringLiteral("creds"));
    QDir(dir.path()).mkpath(QStringLiteral("secrets"));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    write(QStringLiteral("named"), "from-the-setting\n", ownerOnly);
    write(QStringLiteral("creds/smtp-password"), "from-systemd\n", ownerOnly);
    write(QStringLiteral("secrets/target-1"), "from-the-folder", ownerOnly);
    write(QStringLiteral("secrets/target-2"), "everyone-can-read", ownerOnly | QFileDevice::ReadOther);
    qputenv("CREDENTIALS_DIRECTORY", dir.filePath(QStringLiteral("creds")).toUtf8());
    auto cleanup = qScopeGuard([] { qunsetenv("CREDENTIALS_DIRECTORY"); });
    const QString secrets = dir.filePath(QStringLiteral("secrets"));
    QCOMPARE(Credentials::read(QStringLiteral("smtp-password"), dir.filePath(QStringLiteral("named"))).value(),
             QStringLiteral("from-the-setting"));
    QCOMPARE(Credentials::read(QStringLiteral("smtp-password")).value(), QStringLiteral("from-systemd"));
    QCOMPARE(Credentials::read(QStringLiteral("target-1"), {}, secrets).value(), QStringLiteral("from-the-folder"));
    QCOMPARE(Credentials::read(QStringLiteral("target-3"), {}, secrets).value(), QString()); // none: empty
    auto open = Credentials::read(QStringLiteral("target-2"), {}, secrets);
    QVERIFY(!open.ok());
    QVERIFY2(open.errorString().contains(QLatin1String("chmod 600")), qPrintable(open.errorString()));
    QVERIFY(!open.errorString().contains(QLatin1String("everyone-can-read")));
    QVERIFY(!Credentials::read(QStringLiteral("x"), dir.filePath(QStringLiteral("missing"))).ok());
}

QTEST_GUILESS_MAIN(TestCore)
#include "test_core.moc"
