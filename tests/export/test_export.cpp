// SPDX-License-Identifier: GPL-3.0-or-later
// Resolution confirmations and acknowledgement notices on SQLite and PostgreSQL: every format
// read back (EML with vmime, PDF with pdftotext, CSV with our reader), names in many scripts,
// and failures or a cancel that leave no file and mark nothing.
#include "storetestsupport.h"

#include "core/csv.h"
#include "export/confirmationexporter.h"
#include "store/incidentrepository.h"
#include "store/reportrepository.h"
#include "store/updaterepository.h"

#include <QBuffer>
#include <QMap>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <vmime/platforms/posix/posixHandler.hpp>
#include <vmime/vmime.hpp>

#include <csignal>
#include <sys/resource.h>

using namespace desk;
using namespace desk::test;

namespace {
struct Reporter
{
    QString ref;
    QString name;
    QString email;
    Language language;
    Channel channel;
};

const QList<Reporter> kReporters{
    {QStringLiteral("CF-1"), QStringLiteral("Zoë “Z” O'Neil, \"quoted\""), QStringLiteral("zoe@example.org"), Language::En, Channel::ContactForm},
    {QStringLiteral("CAF123@mail.example.net"), QStringLiteral("Niccolò Dell'Acqua"), QStringLiteral("niccolo@example.it"), Language::It, Channel::Email},
    {QStringLiteral("CF-3"), QStringLiteral("Ἀλέξανδρος Παπαδόπουλος"), QStringLiteral("alex@example.gr"), Language::Fr, Channel::ContactForm},
    {QStringLiteral("CF-4"), QStringLiteral("Дмитрий\nИванов"), QString(), Language::De, Channel::Phone},
    {QStringLiteral("CF-5"), QString(), QStringLiteral("anon@example.es"), Language::Es, Channel::ContactForm},
};

QString decoded(const vmime::text &t)
{
    return QString::fromStdString(t.getConvertedText(vmime::charset(vmime::charsets::UTF_8)));
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30000);
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}
} // namespace

class TestExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyFormatReadsBack();
    void reExportShowsTheEarlierOne();
    void acknowledgementNotices();
    void unwritableFolderLeavesNothing();
    void fullDiskLeavesNothing();
    void cancelLeavesNothing();

private:
    ExportOptions options() const;
    bool nothingMarked();
    QStringList filesIn(const QString &dir) const;

    QTemporaryDir m_out;
    std::unique_ptr<TestDatabase> m_t;
    User m_anna, m_giulia;
    Incident m_incident;
    QList<Id> m_reports;
};

void TestExport::initTestCase()
{
    vmime::platform::setHandler<vmime::platforms::posix::posixHandler>();
}

void TestExport::init()
{
    QDir(m_out.path()).removeRecursively();
    QDir().mkpath(m_out.path());
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_giulia = makeUser(*m_t, QStringLiteral("giulia"), Role::Lead);
    auto anna = workstation(*m_t, m_anna);
    auto giulia = workstation(*m_t, m_giulia);
    Incident draft;
    draft.title = QStringLiteral("Card payments <refused> & \"retried\"");
    draft.description = QStringLiteral("The card processor refused payments.");
    draft.impactSummary = QStringLiteral("Customers could not pay by card.");
    m_incident = IncidentRepository(*anna, m_anna).create(draft).value();
    m_reports.clear();
    for (const Reporter &rep : kReporters) {
        Report r;
        r.externalRef = rep.ref;
        r.receivedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
        r.customerName = rep.name;
        r.customerEmail = rep.email;
        r.language = rep.language;
        r.channel = rep.channel;
        r.subject = QStringLiteral("Payment refused");
        r.body = QStringLiteral("Refused");
        const Id id = ReportRepository(*anna, m_anna).insert(r).value();
        QVERIFY(ReportRepository(*anna, m_anna).linkToIncident(id, m_incident.id, 1).ok());
        m_reports << id;
    }
    // Acknowledged, then resolved, the way the policy wants it.
    for (UpdateKind kind : {UpdateKind::Acknowledgement, UpdateKind::Resolution}) {
        auto u = UpdateRepository(*anna, m_anna).createDraft(m_incident.id, kind, {{Language::En, QStringLiteral("Text")}});
        u = UpdateRepository(*anna, m_anna).submit(u->update.id, u->update.version);
        QVERIFY(u.ok());
        m_incident = IncidentRepository(*anna, m_anna).get(m_incident.id).value();
        const IncidentState to = kind == UpdateKind::Acknowledgement ? IncidentState::Acknowledged : IncidentState::Resolved;
        auto moved = IncidentRepository(*anna, m_anna).transition(m_incident.id, to, m_incident.version);
        QVERIFY2(moved.ok(), qPrintable(moved.errorString()));
        m_incident = moved.value();
    }
}

void TestExport::cleanup()
{
    m_t.reset();
}

ExportOptions TestExport::options() const
{
    ExportOptions o;
    o.outputDir = m_out.path();
    o.fromAddress = QStringLiteral("help@shop.example.com");
    o.fromName = QStringLiteral("Servizio Clienti");
    o.helpCenterBaseUrl = QStringLiteral("https://help.shop.example.com/incidents");
    o.csvBom = true;
    return o;
}

bool TestExport::nothingMarked()
{
    auto marked = m_t->db().scalar(QStringLiteral("SELECT count(*) FROM reports WHERE confirmation <> 'none' OR confirmed_at IS NOT NULL"));
    return marked.ok() && marked.value().toInt() == 0;
}

QStringList TestExport::filesIn(const QString &dir) const
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
}

void TestExport::everyFormatReadsBack()
{
    auto anna = workstation(*m_t, m_anna);
    auto summary = ConfirmationExporter(*anna, m_anna).run(m_incident.id, options());
    QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
    QCOMPARE(summary->reports, 5);
    QVERIFY(summary->skipped.isEmpty());
    QCOMPARE(summary->warnings.size(), 1); // the reporter without an e-mail address
    QVERIFY(summary->warnings.first().contains(QLatin1String("CF-4")));
    const QString prefix = m_incident.reference + u'-';
    QCOMPARE(filesIn(m_out.path()).size(), 5 + 4 + 1 + 1); // a PDF each, 4 e-mails, combined PDF, CSV

    const QStringList subjects{QStringLiteral("Resolved: "), QStringLiteral("Risolto: "), QStringLiteral("Résolu : "),
                               QStringLiteral("Behoben: "), QStringLiteral("Resuelto: ")};
    for (qsizetype i = 0; i < kReporters.size(); ++i) {
        const Reporter &rep = kReporters.at(i);
        const QString safe = QString(rep.ref).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
        const QString stem = m_out.filePath(prefix + safe + QStringLiteral("-confirmation"));
        // PDF: the personal text in the reporter's language.
        const QString text = pdfText(stem + QStringLiteral(".pdf"));
        QVERIFY2(text.contains(subjects.at(i) + QStringLiteral("Card payments <refused>")), qPrintable(text));
        if (!rep.name.isEmpty())
            QVERIFY2(text.simplified().contains(rep.name.simplified()), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("https://help.shop.example.com/incidents/")
                              + m_incident.reference.toLower() + u'/' + toKey(rep.language) + QLatin1String(".html")));
        if (rep.email.isEmpty()) {
            QVERIFY(!QFile::exists(stem + QStringLiteral(".eml")));
            continue;
        }
        // EML: parsed back with vmime.
        QFile f(stem + QStringLiteral(".eml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        for (char c : raw)
            QVERIFY2(static_cast<unsigned char>(c) < 128, "an RFC 5322 file is 7-bit: everything else is encoded");
        vmime::message message;
        message.parse(raw.toStdString());
        auto header = message.getHeader();
        QCOMPARE(decoded(*header->Subject()->getValue<vmime::text>()).left(subjects.at(i).size()), subjects.at(i));
        QVERIFY(decoded(*header->Subject()->getValue<vmime::text>()).contains(QLatin1String("Card payments <refused> & \"retried\"")));
        auto from = header->From()->getValue<vmime::mailbox>();
        QCOMPARE(QString::fromStdString(from->getEmail().toString()), QStringLiteral("help@shop.example.com"));
        QCOMPARE(decoded(from->getName()), QStringLiteral("Servizio Clienti"));
        auto to = header->To()->getValue<vmime::addressList>()->getAddressAt(0);
        auto toBox = vmime::dynamicCast<vmime::mailbox>(to);
        QCOMPARE(QString::fromStdString(toBox->getEmail().toString()), rep.email);
        QCOMPARE(decoded(toBox->getName()), rep.name.simplified());
        QVERIFY(header->hasField(vmime::fields::MESSAGE_ID));
        QVERIFY(header->hasField(vmime::fields::DATE));
        QCOMPARE(header->hasField(vmime::fields::IN_REPLY_TO), rep.channel == Channel::Email);
        if (rep.channel == Channel::Email) {
            const auto ids = header->InReplyTo()->getValue<vmime::messageIdSequence>();
            QCOMPARE(QString::fromStdString(ids->getMessageIdAt(0)->getId()), rep.ref);
            QVERIFY(header->hasField(vmime::fields::REFERENCES));
        }
        // multipart/alternative with text/plain and text/html, both UTF-8
        QCOMPARE(QString::fromStdString(header->ContentType()->getValue<vmime::mediaType>()->generate()),
                 QStringLiteral("multipart/alternative"));
        vmime::messageParser parser(vmime::make_shared<vmime::message>(message));
        QCOMPARE(parser.getTextPartCount(), size_t(2));
        QMap<QString, QString> bodies;
        for (size_t p = 0; p < parser.getTextPartCount(); ++p) {
            auto part = parser.getTextPartAt(p);
            QVERIFY(QString::fromStdString(part->getCharset().getName()).compare(QLatin1String("utf-8"), Qt::CaseInsensitive) == 0);
            std::string content;
            vmime::utility::outputStreamStringAdapter out(content);
            part->getText()->extract(out);
            bodies.insert(QString::fromStdString(part->getType().generate()), QString::fromStdString(content));
        }
        QCOMPARE(bodies.keys(), (QStringList{QStringLiteral("text/html"), QStringLiteral("text/plain")}));
        QVERIFY(bodies.value(QStringLiteral("text/plain")).contains(QLatin1String("Card payments <refused>")));
        QVERIFY(!bodies.value(QStringLiteral("text/html")).contains(QLatin1String("<refused>"))); // escaped in HTML
        QVERIFY(bodies.value(QStringLiteral("text/html")).contains(QLatin1String("&lt;refused&gt;")));
        if (!rep.name.isEmpty())
            QVERIFY(bodies.value(QStringLiteral("text/plain")).contains(rep.name.simplified()));
    }
    // The combined PDF: a page per reporter.
    const QString combined = m_out.filePath(prefix + QStringLiteral("confirmations.pdf"));
    QCOMPARE(pdfPages(combined), 5);
    const QString all = pdfText(combined);
    QVERIFY(all.contains(QStringLiteral("Ἀλέξανδρος")));
    QVERIFY(all.contains(QStringLiteral("Дмитрий")));
    // The CSV round-trips quotes and line breaks, with the BOM that was asked for.
    QFile csvFile(m_out.filePath(prefix + QStringLiteral("confirmations.csv")));
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QCOMPARE(csvFile.peek(3), QByteArray("\xEF\xBB\xBF"));
    csvFile.read(3);
    CsvReader reader(&csvFile);
    QList<QByteArray> fields;
    QVERIFY(reader.next(&fields));
    QCOMPARE(fields.first(), QByteArray("report"));
    int rows = 0;
    while (reader.next(&fields)) {
        ++rows;
        const auto rep = std::find_if(kReporters.cbegin(), kReporters.cend(),
                                      [&](const Reporter &r) { return r.ref == QString::fromUtf8(fields.at(0)); });
        QVERIFY(rep != kReporters.cend());
        QCOMPARE(QString::fromUtf8(fields.at(2)), rep->name); // quotes and the newline intact
        QVERIFY(QString::fromUtf8(fields.at(7)).contains(u'\n'));
    }
    QCOMPARE(rows, 5);
    // Marked and audited.
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT count(*) FROM reports WHERE confirmation = 'exported' "
                                             "AND confirmed_at IS NOT NULL"))->toInt(), 5);
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export.confirmations'"))->toInt(), 1);
}

void TestExport::reExportShowsTheEarlierOne()
{
    auto anna = workstation(*m_t, m_anna);
    QVERIFY(ConfirmationExporter(*anna, m_anna).run(m_incident.id, options()).ok());
    // By default only the reports not confirmed yet: none left.
    auto again = ConfirmationExporter(*anna, m_anna).run(m_incident.id, options());
    QVERIFY(again.ok());
    QCOMPARE(again->reports, 0);
    QCOMPARE(again->earlier.size(), 1);
    QVERIFY(again->earlier.first().contains(QLatin1String("5 report")));
    // Asked for explicitly, they are exported again, and the earlier export is shown.
    ExportOptions o = options();
    o.reportIds = {m_reports.first()};
    auto chosen = ConfirmationExporter(*anna, m_anna).run(m_incident.id, o);
    QVERIFY(chosen.ok());
    QCOMPARE(chosen->reports, 1);
    QCOMPARE(chosen->earlier.size(), 1);
}

void TestExport::acknowledgementNotices()
{
    auto anna = workstation(*m_t, m_anna);
    ExportOptions o = options();
    o.kind = NoticeKind::Acknowledgement;
    o.pdf = false;
    o.combinedPdf = false;
    o.csv = false;
    auto summary = ConfirmationExporter(*anna, m_anna).run(m_incident.id, o);
    QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
    QCOMPARE(summary->files.size(), 4);
    QFile f(m_out.filePath(m_incident.reference + QStringLiteral("-CAF123_mail.example.net-acknowledgement.eml")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    vmime::message message;
    message.parse(f.readAll().toStdString());
    QVERIFY(decoded(*message.getHeader()->Subject()->getValue<vmime::text>()).startsWith(QLatin1String("Ce ne stiamo occupando")));
    QVERIFY(nothingMarked()); // a notice is not the confirmation of the resolution
}

void TestExport::unwritableFolderLeavesNothing()
{
    auto anna = workstation(*m_t, m_anna);
    ExportOptions o = options();
    o.outputDir = QStringLiteral("/proc/sys"); // exists, and nobody — not even root — creates files there
    auto summary = ConfirmationExporter(*anna, m_anna).run(m_incident.id, o);
    QVERIFY(!summary.ok());
    QVERIFY2(summary.errorString().contains(QLatin1String("cannot be written")), qPrintable(summary.errorString()));
    QVERIFY(nothingMarked());
    o.outputDir = m_out.filePath(QStringLiteral("missing"));
    QVERIFY(!ConfirmationExporter(*anna, m_anna).run(m_incident.id, o).ok());
    QVERIFY(nothingMarked());
}

void TestExport::fullDiskLeavesNothing()
{
    // A file-size limit makes writes fail like a full disk (EFBIG instead of ENOSPC).
    auto anna = workstation(*m_t, m_anna);
    rlimit before{};
    getrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit tiny = before;
    tiny.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
    auto summary = ConfirmationExporter(*anna, m_anna).run(m_incident.id, options());
    setrlimit(RLIMIT_FSIZE, &before);
    QVERIFY(!summary.ok());
    QVERIFY2(summary.errorString().contains(QLatin1String("Nothing was exported")), qPrintable(summary.errorString()));
    QCOMPARE(filesIn(m_out.path()), QStringList()); // not even the hidden staging folder
    QVERIFY(nothingMarked());
}

void TestExport::cancelLeavesNothing()
{
    auto anna = workstation(*m_t, m_anna);
    int calls = 0;
    auto summary = ConfirmationExporter(*anna, m_anna).run(m_incident.id, options(), [&calls](int done, int total) {
        Q_UNUSED(total)
        ++calls;
        return done < 3; // the user presses Cancel after three reporters
    });
    QVERIFY(summary.ok());
    QVERIFY(summary->cancelled);
    QCOMPARE(calls, 4);
    QCOMPARE(filesIn(m_out.path()), QStringList());
    QVERIFY(nothingMarked());
}

QTEST_MAIN(TestExport)
#include "test_export.moc"
