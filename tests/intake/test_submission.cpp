// SPDX-License-Identifier: GPL-3.0-or-later
// The contact form's submissions parsed and checked without a server: JSON, plain forms and
// forms with files, and every kind of bad input answered with the status a web developer expects.
#include "core/clock.h"
#include "intake/submission.h"
#include "store/bulkreportwriter.h"

#include <QTest>

using namespace desk;

class TestSubmission final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Clock::setSource([] { return QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC); }); }
    void jsonReport();
    void plainForm();
    void formWithFiles();
    void badInput_data();
    void badInput();
    void everyWrongFieldIsListed();
    void markupStaysText();
};

namespace {
const QHash<QString, Id> kServices{{QStringLiteral("payments"), 3}, {QStringLiteral("login"), 4}};
}

void TestSubmission::jsonReport()
{
    const auto p = Submission::parse("application/json; charset=utf-8",
                                     R"({"external_ref":"WEB-77","customer_email":"zoe@example.org","customer_name":"Zoë",)"
                                     R"("language":"IT","subject":"Pagamento rifiutato","body":"La carta non passa.","service":"payments"})");
    QVERIFY2(p.ok(), qPrintable(p.message));
    ReportRow row;
    QCOMPARE(Submission::check(p.fields, kServices, &row, {}).size(), 0);
    QCOMPARE(row.externalRef, QStringLiteral("WEB-77"));
    QCOMPARE(row.channel, QStringLiteral("contact_form"));
    QCOMPARE(row.language, QStringLiteral("it"));
    QCOMPARE(row.serviceId, Id(3));
    QCOMPARE(row.customerRef, QStringLiteral("zoe@example.org")); // the e-mail when no customer number
    QCOMPARE(row.receivedAtMs, Clock::now().toMSecsSinceEpoch()); // now, when the form does not say
}

void TestSubmission::plainForm()
{
    const auto p = Submission::parse("application/x-www-form-urlencoded",
                                     "subject=Cannot+log+in&body=Two-factor+codes+%E2%80%94+never+arrive%21&language=en"
                                     "&customer_email=a%40example.org&website=");
    QVERIFY2(p.ok(), qPrintable(p.message));
    QCOMPARE(p.fields.value(QStringLiteral("body")), QStringLiteral("Two-factor codes — never arrive!"));
    QCOMPARE(p.fields.value(QStringLiteral("website")), QString()); // a honeypot stays empty for people
    ReportRow row;
    QVERIFY(Submission::check(p.fields, kServices, &row, {}).isEmpty());
    QCOMPARE(row.subject, QStringLiteral("Cannot log in"));
}

void TestSubmission::formWithFiles()
{
    const QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QByteArray body = "--XyZ\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nCheckout broken\r\n"
                      "--XyZ\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nSee the screenshot.\r\nSecond line.\r\n"
                      "--XyZ\r\nContent-Disposition: form-data; name=\"screenshot\"; filename=\"../../etc/passwd\"\r\n"
                      "Content-Type: image/png\r\n\r\n"
                      + png + "\r\n"
                      "--XyZ\r\nContent-Disposition: form-data; name=\"empty\"; filename=\"\"\r\n"
                      "Content-Type: application/octet-stream\r\n\r\n\r\n"
                      "--XyZ--\r\n";
    const auto p = Submission::parse("multipart/form-data; boundary=XyZ", body);
    QVERIFY2(p.ok(), qPrintable(p.message));
    QCOMPARE(p.fields.value(QStringLiteral("body")), QStringLiteral("See the screenshot.\r\nSecond line."));
    QCOMPARE(p.files.size(), 1); // the empty file input is no file
    QCOMPARE(p.files.first().name, QStringLiteral("passwd")); // never a path
    QCOMPARE(p.files.first().contentType, QByteArray("image/png"));
    QCOMPARE(p.files.first().data, png); // bytes as sent, NUL bytes included
}

void TestSubmission::badInput_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("not json") << QByteArray("application/json") << QByteArray("{\"subject\": ") << 400 << QStringLiteral("not valid JSON");
    QTest::newRow("json array") << QByteArray("application/json") << QByteArray("[1,2]") << 400 << QStringLiteral("one JSON object");
    QTest::newRow("invalid utf-8") << QByteArray("application/json") << QByteArray("{\"body\":\"\xff\xfe\"}") << 400 << QStringLiteral("UTF-8");
    QTest::newRow("form utf-8") << QByteArray("application/x-www-form-urlencoded") << QByteArray("body=%FF%FE") << 400
                                << QStringLiteral("UTF-8");
    QTest::newRow("object field") << QByteArray("application/json") << QByteArray(R"({"body":{"x":1}})") << 422 << QStringLiteral("body");
    QByteArray many = "{";
    for (int i = 0; i < 10000; ++i)
        many += (i ? "," : "") + QByteArray("\"f") + QByteArray::number(i) + "\":\"x\"";
    many += "}";
    QTest::newRow("10000 fields") << QByteArray("application/json") << many << 413 << QStringLiteral("at most 100");
    QByteArray pairs;
    for (int i = 0; i < 10000; ++i)
        pairs += "f" + QByteArray::number(i) + "=x&";
    QTest::newRow("10000 form fields") << QByteArray("application/x-www-form-urlencoded") << pairs << 413 << QStringLiteral("at most 100");
    QTest::newRow("xml") << QByteArray("application/xml") << QByteArray("<report/>") << 415 << QStringLiteral("application/json");
    QTest::newRow("no type") << QByteArray() << QByteArray("{}") << 415 << QStringLiteral("Content-Type");
    QTest::newRow("no boundary") << QByteArray("multipart/form-data") << QByteArray("--x\r\n") << 400 << QStringLiteral("boundary");
    QTest::newRow("cut multipart") << QByteArray("multipart/form-data; boundary=b")
                                   << QByteArray("--b\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nhalf") << 400
                                   << QStringLiteral("cut off");
    QTest::newRow("nameless part") << QByteArray("multipart/form-data; boundary=b")
                                   << QByteArray("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--\r\n") << 400 << QStringLiteral("name");
    QTest::newRow("huge file") << QByteArray("multipart/form-data; boundary=b")
                               << QByteArray("--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"big.log\"\r\n\r\n")
                                      + QByteArray(Submission::kMaxFileBytes + 1, 'x') + "\r\n--b--\r\n"
                               << 413 << QStringLiteral("10 MiB");
}

void TestSubmission::badInput()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, says);
    const auto p = Submission::parse(type, body);
    QCOMPARE(p.status, status);
    const QString told = p.message + (p.problems.isEmpty() ? QString() : p.problems.first().field);
    QVERIFY2(told.contains(says), qPrintable(told));
}

void TestSubmission::everyWrongFieldIsListed()
{
    QHash<QString, QString> fields{{QStringLiteral("received_at"), QStringLiteral("yesterday")},
                                   {QStringLiteral("channel"), QStringLiteral("fax")},
                                   {QStringLiteral("language"), QStringLiteral("pt")},
                                   {QStringLiteral("customer_email"), QStringLiteral("not an address")},
                                   {QStringLiteral("service"), QStringLiteral("teleport")},
                                   {QStringLiteral("body"), QString(Submission::kMaxBodyChars + 1, u'x')},
                                   {QStringLiteral("customer_name"), QString::fromUtf8("Nul\0byte", 8)}};
    ReportRow row;
    const QList<FieldProblem> problems = Submission::check(fields, kServices, &row, {});
    QStringList named;
    for (const FieldProblem &p : problems)
        named << p.field;
    named.sort();
    QCOMPARE(named, (QStringList{QStringLiteral("body"), QStringLiteral("channel"), QStringLiteral("customer_email"),
                                 QStringLiteral("customer_name"), QStringLiteral("language"), QStringLiteral("received_at"),
                                 QStringLiteral("service")}));
    for (const FieldProblem &p : problems)
        QVERIFY2(p.message.contains(p.field), qPrintable(p.message)); // each sentence names its field
    // The import needs its reference and time.
    ReportRow imported;
    Submission::CheckOptions import;
    import.requireRef = true;
    import.requireReceivedAt = true;
    const auto missing = Submission::check({{QStringLiteral("body"), QStringLiteral("x")}}, kServices, &imported, import);
    QCOMPARE(missing.size(), 2);
}

void TestSubmission::markupStaysText()
{
    // Markup and script are kept exactly as written: escaping is the job of whatever shows them.
    const QString hostile = QStringLiteral("<script>alert(1)</script><img src=x onerror=alert(2)>");
    const auto p = Submission::parse("application/json", "{\"subject\":\"" + hostile.toUtf8() + "\",\"body\":\"x\"}");
    QVERIFY(p.ok());
    ReportRow row;
    QVERIFY(Submission::check(p.fields, kServices, &row, {}).isEmpty());
    QCOMPARE(row.subject, hostile);
}

QTEST_GUILESS_MAIN(TestSubmission)
#include "test_submission.moc"
