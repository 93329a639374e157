// SPDX-License-Identifier: GPL-3.0-or-later
// E-mails into reports: charsets and transfer encodings decoded, HTML turned into text (nothing of
// it kept), attachments, quoted earlier messages trimmed, the language from the header or the
// text, replies carrying what they answer, and what is not a report (auto-replies, bulk, no
// sender). Malformed and hostile mail never throws and never loses the sender's words.
#include "intake/mailparser.h"
#include "intake/mailtext.h"
#include "mailsamples.h"

#include <QTest>
#include <QTimeZone>

using namespace desk;
using namespace desk::test;
using Kind = ParsedMail::Kind;

namespace {
ParsedMail parsed(const char *name)
{
    for (const MailSample &s : mailSamples()) {
        if (qstrcmp(s.name, name) == 0)
            return MailParser::parse(s.raw, QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    }
    qFatal("no sample %s", name);
}
} // namespace

class TestMailParser final : public QObject
{
    Q_OBJECT

private slots:
    void charsetsAndEncodings();
    void htmlOnly();
    void attachments();
    void replies();
    void notReports();
    void hostileAndMalformed();
    void huge();
    void textHelpers();
};

void TestMailParser::charsetsAndEncodings()
{
    const ParsedMail latin = parsed("latin1-qp");
    QCOMPARE(latin.kind, Kind::Report);
    const ReportRow &r = latin.item.row;
    QCOMPARE(r.channel, QStringLiteral("email"));
    QCOMPARE(r.externalRef, QStringLiteral("latin1-1@example.es"));
    QCOMPARE(r.customerEmail, QStringLiteral("jose@example.es"));
    QCOMPARE(r.customerName, QStringLiteral("José García"));
    QCOMPARE(r.subject, QStringLiteral("No puedo pagar con tarjeta"));
    QVERIFY2(r.body.contains(QStringLiteral("desde esta mañana. El pago se queda en \"procesando\"")), qPrintable(r.body));
    QCOMPARE(r.language, QStringLiteral("es")); // recognised from the text
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(r.receivedAtMs, Qt::UTC).toString(Qt::ISODate), QStringLiteral("2026-12-02T08:15:00Z"));

    const ParsedMail utf8 = parsed("utf8-base64");
    QCOMPARE(utf8.item.row.subject, QStringLiteral("Pagamento rifiutato — errore 500"));
    QVERIFY(utf8.item.row.body.contains(QStringLiteral("«errore 500». Perché?")));
    QCOMPARE(utf8.item.row.language, QStringLiteral("it")); // Content-Language

    const ParsedMail raw8 = parsed("8bit-headers");
    QCOMPARE(raw8.kind, Kind::Report);
    QCOMPARE(raw8.item.row.subject, QStringLiteral("Problème de paiement €"));
    QVERIFY2(raw8.item.row.body.contains(QStringLiteral("très inquiète. Merci.")), qPrintable(raw8.item.row.body)); // NUL dropped
    QVERIFY(!raw8.item.row.body.contains(QChar(0)));
    QCOMPARE(raw8.item.row.language, QStringLiteral("fr"));
}

void TestMailParser::htmlOnly()
{
    const ParsedMail html = parsed("html-only");
    const QString &body = html.item.row.body;
    QVERIFY2(body.startsWith(QStringLiteral("Bonjour,\n")), qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("depuis ce matin — le site affiche «erreur» et je suis bloquée.")));
    QVERIFY(body.contains(QStringLiteral("Merci beaucoup")));
    for (const char *markup : {"<", "script", "alert", "color:red", "&mdash;"})
        QVERIFY2(!body.contains(QLatin1String(markup)), markup);
    QCOMPARE(html.item.row.language, QStringLiteral("fr"));
}

void TestMailParser::attachments()
{
    const ParsedMail mail = parsed("attachment");
    QCOMPARE(mail.item.files.size(), 1);
    QCOMPARE(mail.item.files.first().name, QStringLiteral("screen.png"));
    QCOMPARE(mail.item.files.first().contentType, QByteArray("image/png"));
    QCOMPARE(mail.item.files.first().data, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR fake image bytes", 33));
    QCOMPARE(mail.item.row.body, QStringLiteral("Hallo, ich kann nicht bezahlen. Der Screenshot ist im Anhang."));
    QCOMPARE(mail.item.row.language, QStringLiteral("de"));
    QVERIFY(mail.item.row.attachments.contains(QLatin1String("\"name\":\"screen.png\"")));
}

void TestMailParser::replies()
{
    const ParsedMail reply = parsed("reply");
    QCOMPARE(reply.kind, Kind::Report);
    QCOMPARE(reply.item.threadRefs, QStringList{QStringLiteral("utf8-1@example.it")});
    QCOMPARE(reply.item.incidentRefs, QStringList{QStringLiteral("INC-2026-0042")});
    QCOMPARE(reply.item.row.body, QStringLiteral("Ora funziona di nuovo, grazie!")); // the quote is trimmed
}

void TestMailParser::notReports()
{
    QCOMPARE(parsed("auto-reply").kind, Kind::Automatic);
    QVERIFY(parsed("auto-reply").reason.contains(QLatin1String("auto-replied")));
    QCOMPARE(parsed("bulk").kind, Kind::Automatic);
    QCOMPARE(parsed("no-from").kind, Kind::NoSender);
    const QByteArray daemon = "From: MAILER-DAEMON@example.org\r\nSubject: Undelivered\r\n\r\nbounce\r\n";
    QCOMPARE(MailParser::parse(daemon, 0).kind, Kind::Automatic);
}

void TestMailParser::hostileAndMalformed()
{
    const ParsedMail broken = parsed("malformed");
    QCOMPARE(broken.kind, Kind::Report); // a sender and some text: still a customer's report
    QVERIFY(broken.item.row.externalRef.endsWith(QLatin1String("@no-message-id.invalid")));
    QCOMPARE(MailParser::parse(mailSamples().at(8).raw, 0).item.row.externalRef, broken.item.row.externalRef); // stable
    for (const QByteArray &junk : QList<QByteArray>{QByteArray(), QByteArray("\0\0\0", 3), QByteArray(100000, 'x'), QByteArray("From:\r\n\r\n"),
                                   QByteArray("Content-Type: multipart/mixed; boundary=\"\"\r\n\r\n--\r\n--\r\n"),
                                   QByteArray("From: a@b.c\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n")
                                       + QByteArray("--b\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n").repeated(500)}) {
        const ParsedMail m = MailParser::parse(junk, 0); // never throws
        QVERIFY(!m.item.row.externalRef.isEmpty());
    }
    // Markup in a plain-text mail is text: stored as written, escaped wherever it is shown.
    const ParsedMail script = MailParser::parse("From: x@example.org\r\nSubject: <img src=x onerror=alert(1)>\r\n\r\n<script>alert(1)</script>\r\n", 0);
    QCOMPARE(script.item.row.subject, QStringLiteral("<img src=x onerror=alert(1)>"));
}

void TestMailParser::huge()
{
    QByteArray big = "From: long@example.org\r\nSubject: Log\r\nMessage-ID: <big@example.org>\r\n\r\n";
    big += QByteArray("0123456789 log line\r\n").repeated(20000); // 420,000 characters
    const ParsedMail m = MailParser::parse(big, 0);
    QVERIFY(m.item.row.body.size() <= 100000);
    QVERIFY(m.item.row.body.contains(QLatin1String("full message.txt")));
    QCOMPARE(m.item.files.size(), 1);
    QVERIFY(m.item.files.first().data.size() >= 399999); // 20,000 lines of 20 characters, the last line break trimmed // nothing the customer wrote is lost
}

void TestMailParser::textHelpers()
{
    QCOMPARE(MailText::fromHtml(QStringLiteral("a<br>b&amp;c &#8364; &#x41;<p>d</p>")), QStringLiteral("a\nb&c € A\nd"));
    QCOMPARE(MailText::trimQuoted(QStringLiteral("New text\n\nOn Mon, 1 Dec 2026, Support wrote:\n> old")), QStringLiteral("New text"));
    QCOMPARE(MailText::trimQuoted(QStringLiteral("> only a quote")), QStringLiteral("> only a quote")); // nothing left: kept
    QCOMPARE(MailText::guessLanguage(QStringLiteral("Der Fehler ist nicht weg und ich kann nicht zahlen")), Language::De);
    QCOMPARE(MailText::guessLanguage(QStringLiteral("The page is not loading and I cannot log in")), Language::En);
    QVERIFY(!MailText::guessLanguage(QStringLiteral("12345 !!!")).has_value());
}

QTEST_MAIN(TestMailParser)
#include "test_mailparser.moc"
