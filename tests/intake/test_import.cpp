// SPDX-License-Identifier: GPL-3.0-or-later
// Importing reports from files people actually produce, good and bad, on both engines.
#include "storetestsupport.h"

#include "intake/reportimporter.h"
#include "store/reportrepository.h"
#include "store/servicerepository.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace desk;
using namespace desk::test;

class TestImport final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void jsonLinesWithBadRows();
    void reimportAddsNothing();
    void strictImportsNothing();
    void csvWithQuotesAndBadRows();
    void invalidUtf8();
    void tenMegabyteBody();
    void unreadableOrShapelessFiles();
    void manyRowsInOneTransaction();

private:
    QString data(const QString &name) const { return qEnvironmentVariable("DESK_TEST_DATA", QStringLiteral(DESK_TEST_DATA_DIR)) + u'/' + name; }
    QString write(const QString &name, const QByteArray &content);
    Result<ImportSummary> import(const QString &path, bool strict = false);
    qint64 reportCount() { return ReportRepository(m_t->db(), User{}).count().value(); }
    static bool hasIssue(const ImportSummary &s, qint64 line, const QString &words);

    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_dir;
};

void TestImport::init()
{
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    for (const char *key : {"payments", "orders", "login"})
        QVERIFY(ServiceRepository(m_t->db()).ensure(QString::fromLatin1(key), QString::fromLatin1(key)).ok());
}

void TestImport::cleanup()
{
    m_t.reset();
}

QString TestImport::write(const QString &name, const QByteArray &content)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write test file");
    return f.fileName();
}

Result<ImportSummary> TestImport::import(const QString &path, bool strict)
{
    ReportImporter importer(m_t->db(), QStringLiteral("test"));
    importer.setStrict(strict);
    return importer.importFile(path);
}

bool TestImport::hasIssue(const ImportSummary &s, qint64 line, const QString &words)
{
    for (const ImportIssue &issue : s.issues) {
        if (issue.line == line && issue.reason.contains(words))
            return true;
    }
    return false;
}

void TestImport::jsonLinesWithBadRows()
{
    auto s = import(data(QStringLiteral("reports-mixed.jsonl")));
    QVERIFY2(s.ok(), qPrintable(s.errorString()));
    QVERIFY(s->committed);
    QCOMPARE(s->read, 9);
    QCOMPARE(s->inserted, 3);
    QCOMPARE(s->rejected, 6);
    QVERIFY(hasIssue(s.value(), 3, QStringLiteral("ISO 8601")));
    QVERIFY(hasIssue(s.value(), 4, QStringLiteral("not valid JSON")));
    QVERIFY(hasIssue(s.value(), 5, QStringLiteral("teleportation")));
    QVERIFY(hasIssue(s.value(), 5, QStringLiteral("payments"))); // the message lists the known services
    QVERIFY(hasIssue(s.value(), 6, QStringLiteral("line 1")));
    QVERIFY(hasIssue(s.value(), 8, QStringLiteral("external_ref is missing")));
    QVERIFY(hasIssue(s.value(), 9, QStringLiteral("'pt'")));

    auto q = m_t->db().exec(QStringLiteral("SELECT received_at, subject, body, language, customer_name FROM reports "
                                           "WHERE external_ref = 'web-1002'"));
    QVERIFY(q.value().next());
    QCOMPARE(q.value().value(0).toLongLong(),
             QDateTime(QDate(2026, 3, 14), QTime(8, 41, 12, 250), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(q.value().value(1).toString(), QStringLiteral("Zahlung <script>alert(1)</script>")); // stored as text
    QCOMPARE(q.value().value(2).toString(), QStringLiteral("Seit heute früh\nkeine Zahlung möglich."));
    QCOMPARE(q.value().value(3).toString(), QStringLiteral("de"));
    QCOMPARE(q.value().value(4).toString(), QStringLiteral("Jürgen Müller"));
    auto nested = m_t->db().scalar(QStringLiteral("SELECT customer_email FROM reports WHERE external_ref = 'web-1001'"));
    QCOMPARE(nested->toString(), QStringLiteral("chiara@example.org"));
    auto audit = m_t->db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report.import'"));
    QCOMPARE(audit->toInt(), 1);
}

void TestImport::reimportAddsNothing()
{
    QVERIFY(import(data(QStringLiteral("reports-mixed.jsonl"))).ok());
    auto again = import(data(QStringLiteral("reports-mixed.jsonl")));
    QVERIFY(again.ok());
    QCOMPARE(again->inserted, 0);
    QCOMPARE(again->alreadyPresent, 3);
    QCOMPARE(reportCount(), 3);
}

void TestImport::strictImportsNothing()
{
    auto s = import(data(QStringLiteral("reports-mixed.jsonl")), true);
    QVERIFY(s.ok());
    QVERIFY(!s->committed);
    QCOMPARE(s->rejected, 6); // every problem is still listed
    QCOMPARE(reportCount(), 0);
}

void TestImport::csvWithQuotesAndBadRows()
{
    auto s = import(data(QStringLiteral("reports-mixed.csv")));
    QVERIFY2(s.ok(), qPrintable(s.errorString()));
    QCOMPARE(s->read, 5);
    QCOMPARE(s->inserted, 2);
    QVERIFY(hasIssue(s.value(), 4, QStringLiteral("e-mail")));
    QVERIFY(hasIssue(s.value(), 6, QStringLiteral("fax")));
    QVERIFY(hasIssue(s.value(), 7, QStringLiteral("fields")));
    auto q = m_t->db().exec(QStringLiteral("SELECT customer_name, body, channel FROM reports WHERE external_ref = 'csv-1'"));
    QVERIFY(q.value().next());
    QCOMPARE(q.value().value(0).toString(), QStringLiteral("Rossi, Mario"));
    QCOMPARE(q.value().value(1).toString(), QStringLiteral("Ho chiamato: \"non vedo\" l'ordine,\nsu due righe"));
    QCOMPARE(q.value().value(2).toString(), QStringLiteral("phone"));
    auto defaulted = m_t->db().scalar(QStringLiteral("SELECT channel FROM reports WHERE external_ref = 'csv-3'"));
    QCOMPARE(defaulted->toString(), QStringLiteral("import"));
}

void TestImport::invalidUtf8()
{
    const QString path = write(QStringLiteral("latin1.jsonl"),
                               "{\"external_ref\":\"a\",\"received_at\":\"2026-03-14T09:00:00Z\",\"subject\":\"ok\",\"body\":\"b\"}\n"
                               "{\"external_ref\":\"b\",\"received_at\":\"2026-03-14T09:00:00Z\",\"subject\":\"caf\xe9\",\"body\":\"b\"}\n");
    auto s = import(path);
    QVERIFY(s.ok());
    QCOMPARE(s->inserted, 1);
    QVERIFY(hasIssue(s.value(), 2, QStringLiteral("UTF-8")));
    const QString csv = write(QStringLiteral("latin1.csv"), "external_ref,received_at,subject,body\nc,2026-03-14T09:00:00Z,caf\xe9,b\n");
    auto c = import(csv);
    QVERIFY(hasIssue(c.value(), 2, QStringLiteral("UTF-8")));
}

void TestImport::tenMegabyteBody()
{
    QByteArray line = "{\"external_ref\":\"big\",\"received_at\":\"2026-03-14T09:00:00Z\",\"subject\":\"log\",\"body\":\"";
    line += QByteArray(10 * 1024 * 1024, 'a');
    line += "\"}\n{\"external_ref\":\"small\",\"received_at\":\"2026-03-14T09:00:00Z\",\"subject\":\"s\",\"body\":\"b\"}\n";
    auto s = import(write(QStringLiteral("big.jsonl"), line));
    QVERIFY(s.ok());
    QCOMPARE(s->inserted, 1);
    QVERIFY(hasIssue(s.value(), 1, QStringLiteral("limit")));
}

void TestImport::unreadableOrShapelessFiles()
{
    auto missing = import(m_dir.filePath(QStringLiteral("nope.jsonl")));
    QCOMPARE(missing.error().code, Error::Code::Io);
    QVERIFY(missing.errorString().contains(QLatin1String("nope.jsonl")));
    auto unknown = import(write(QStringLiteral("reports.xlsx"), "PK"));
    QVERIFY(unknown.errorString().contains(QLatin1String(".csv")));
    auto empty = import(write(QStringLiteral("empty.csv"), ""));
    QVERIFY(empty.errorString().contains(QLatin1String("header")));
    auto noRef = import(write(QStringLiteral("noref.csv"), "subject,body\na,b\n"));
    QVERIFY(noRef.errorString().contains(QLatin1String("external_ref")));
    auto open = import(write(QStringLiteral("open.csv"), "external_ref,received_at,subject\nx,2026-03-14T09:00:00Z,\"never closed\n"));
    QVERIFY(open.ok());
    QVERIFY(hasIssue(open.value(), 2, QStringLiteral("never closed")));
    QCOMPARE(reportCount(), 0);
}

void TestImport::manyRowsInOneTransaction()
{
    QByteArray content = "external_ref,received_at,language,subject,body,service\n";
    for (int i = 0; i < 20000; ++i)
        content += "m-" + QByteArray::number(i) + ",2026-03-14T09:00:00Z,it,Ordine " + QByteArray::number(i) + ",Non arriva,orders\n";
    auto s = import(write(QStringLiteral("many.csv"), content));
    QVERIFY2(s.ok(), qPrintable(s.errorString()));
    QCOMPARE(s->inserted, 20000);
    QCOMPARE(reportCount(), 20000);
}

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
