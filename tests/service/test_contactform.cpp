// SPDX-License-Identifier: GPL-3.0-or-later
// A plain HTML contact form on a web page, opened in headless Chromium, filled in (a file
// chosen too) and submitted to the real incident-desk-service, as a customer would: the browser
// lands on the thank-you page with the report's reference, and the report is in the database,
// on SQLite and PostgreSQL. A robot that fills the hidden field is thanked and nothing is kept.
#include "headlessbrowser.h"
#include "servicefixture.h"
#include "store/reportrepository.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QHttpServerResponse>
#include <QTest>
#include <QUrlQuery>

using namespace desk;
using namespace desk::test;

class TestContactForm final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aCustomerSendsTheForm();
    void aRobotIsThankedAndForgotten();

private:
    /** Opens the form, fills it in as `fields` says, submits it; the page the browser lands on. */
    QString submit(const QHash<QString, QString> &fields, const QString &file = {});

    std::unique_ptr<TestDatabase> m_t;
    ServiceFixture m_fixture;
    QHttpServer m_site;
    quint16 m_sitePort = 0;
    QByteArray m_token;
    QProcess *m_service = nullptr;
    HeadlessBrowser m_browser;
};

void TestContactForm::initTestCase()
{
    if (HeadlessBrowser::executable().isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("CI=true but chromium is not installed (packaging/install-deps.sh installs it)");
        QSKIP("chromium is not installed");
    }
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    QVERIFY(m_fixture.setUp(*m_t));

    // The shop's web site: the contact page and the thank-you page.
    m_sitePort = m_site.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_sitePort != 0);
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(m_sitePort);
    m_token = m_fixture.issueToken(QStringLiteral("website"), {origin});
    m_site.route(QStringLiteral("/contact"), [this] {
        const QByteArray page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Contact us</title></head><body>"
                                "<h1>Tell us what is wrong</h1>"
                                "<form method=\"post\" enctype=\"multipart/form-data\" accept-charset=\"UTF-8\" action=\"http://127.0.0.1:"
                                + QByteArray::number(m_fixture.port()) + "/v1/reports\">"
                                "<input type=\"hidden\" name=\"form_token\" value=\"" + m_token + "\">"
                                "<label>Subject <input name=\"subject\"></label>"
                                "<label>What happened <textarea name=\"body\"></textarea></label>"
                                "<label>Your e-mail <input type=\"email\" name=\"customer_email\"></label>"
                                "<select name=\"language\"><option value=\"en\">English</option><option value=\"it\">Italiano</option></select>"
                                "<label>Screenshot <input type=\"file\" name=\"screenshot\"></label>"
                                "<div style=\"position:absolute;left:-5000px\" aria-hidden=\"true\">"
                                "<input name=\"website\" tabindex=\"-1\" autocomplete=\"off\"></div>"
                                "<button type=\"submit\">Send</button></form></body></html>";
        return QHttpServerResponse("text/html; charset=utf-8", page);
    });
    m_site.route(QStringLiteral("/thanks"), [] {
        return QHttpServerResponse("text/html; charset=utf-8", "<!doctype html><title>Thank you</title><p>Thank you.</p>");
    });

    m_service = m_fixture.start(m_fixture.writeConfig(QStringLiteral("form.conf"),
                                                      QStringLiteral("thank_you_url=%1/thanks").arg(origin)),
                                this);
    QByteArray log;
    QVERIFY2(ServiceFixture::waitListening(m_service, &log), log.constData());
    QVERIFY2(m_browser.start(), qPrintable(m_browser.error()));
}

void TestContactForm::cleanupTestCase()
{
    if (m_service) {
        m_service->terminate();
        m_service->waitForFinished(10000);
    }
    m_fixture.tearDown();
    m_t.reset();
}

QString TestContactForm::submit(const QHash<QString, QString> &fields, const QString &file)
{
    const QString form = QStringLiteral("http://127.0.0.1:%1/contact").arg(m_sitePort);
    if (!m_browser.open(form))
        return {};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        // Typed in, as JSON strings so that quotes and markup stay text.
        const QString set = QStringLiteral("document.querySelector('[name=%1]').value = %2; true")
                                .arg(it.key(), QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
        if (!m_browser.evaluate(set).toBool())
            return {};
    }
    if (!file.isEmpty() && !m_browser.setFiles(QStringLiteral("input[type=file]"), {file}))
        return {};
    m_browser.evaluate(QStringLiteral("document.querySelector('button').click(); true"));
    QString landed;
    (void)QTest::qWaitFor([&] { // where it lands is checked by the caller
        landed = m_browser.evaluate(QStringLiteral("location.href")).toString();
        return !landed.startsWith(form) && landed != QLatin1String("about:blank") && !landed.isEmpty()
               && m_browser.evaluate(QStringLiteral("document.readyState")).toString() == QLatin1String("complete");
    }, 15000);
    return landed;
}

void TestContactForm::aCustomerSendsTheForm()
{
    QTemporaryDir dir;
    const QString screenshot = dir.filePath(QStringLiteral("schermata.png"));
    QFile png(screenshot);
    QVERIFY(png.open(QIODevice::WriteOnly));
    const QByteArray bytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(5000, '\x7f');
    png.write(bytes);
    png.close();

    const QString landed = submit({{QStringLiteral("subject"), QStringLiteral("Il pagamento non va <b>più</b>")},
                                   {QStringLiteral("body"), QStringLiteral("Da stamattina la carta viene rifiutata.\n\"Errore 500\".")},
                                   {QStringLiteral("customer_email"), QStringLiteral("lucia@example.it")},
                                   {QStringLiteral("language"), QStringLiteral("it")}},
                                  screenshot);
    const QUrl thanks(landed);
    QVERIFY2(thanks.path() == QLatin1String("/thanks"), qPrintable(landed));
    const QString reference = QUrlQuery(thanks).queryItemValue(QStringLiteral("reference"));
    QVERIFY2(reference.startsWith(QLatin1String("WEB-")), qPrintable(landed));
    QCOMPARE(m_browser.evaluate(QStringLiteral("document.title")).toString(), QStringLiteral("Thank you"));

    auto report = ReportRepository(m_t->db(), User{}).byExternalRef(reference);
    QVERIFY2(report.ok(), qPrintable(report.errorString()));
    QCOMPARE(report->subject, QStringLiteral("Il pagamento non va <b>più</b>")); // text, escaped wherever it is shown
    QCOMPARE(report->body, QStringLiteral("Da stamattina la carta viene rifiutata.\r\n\"Errore 500\".")); // as browsers send it
    QCOMPARE(report->customerEmail, QStringLiteral("lucia@example.it"));
    QCOMPARE(report->language, Language::It);
    QCOMPARE(report->channel, Channel::ContactForm);
    auto file = m_t->db().exec(QStringLiteral("SELECT name, content_type, data FROM report_attachments WHERE report_id = ?"), {report->id});
    QVERIFY(file.ok() && file.value().next());
    QCOMPARE(file.value().value(0).toString(), QStringLiteral("schermata.png"));
    QCOMPARE(file.value().value(1).toString(), QStringLiteral("image/png"));
    QCOMPARE(file.value().value(2).toByteArray(), bytes);
}

void TestContactForm::aRobotIsThankedAndForgotten()
{
    const qint64 before = m_t->db().scalar(QStringLiteral("SELECT count(*) FROM reports"))->toLongLong();
    const QString landed = submit({{QStringLiteral("subject"), QStringLiteral("Cheap watches")},
                                   {QStringLiteral("body"), QStringLiteral("Buy now")},
                                   {QStringLiteral("website"), QStringLiteral("http://spam.example")}});
    QVERIFY2(QUrl(landed).path() == QLatin1String("/thanks"), qPrintable(landed));
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT count(*) FROM reports"))->toLongLong(), before);
}

QTEST_MAIN(TestContactForm)
#include "test_contactform.moc"
