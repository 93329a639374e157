// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmationexporter.h"

#include "core/clock.h"
#include "core/csv.h"
#include "emlwriter.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/incidentrepository.h"
#include "store/publicationrepository.h"
#include "store/reportrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QAbstractTextDocumentLayout>
#include <QScopeGuard>
#include <QTextDocument>
#include <QUuid>
#include <QtConcurrent/QtConcurrentMap>

#include <memory>
#include <optional>
#include <vector>

namespace desk {

namespace {
QString safeName(const QString &s)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString out = s;
    out.replace(unsafe, QStringLiteral("_"));
    return out.left(80);
}

Error ioError(const QString &what, const QString &detail)
{
    return Error{Error::Code::Io, ConfirmationExporter::tr("%1 could not be written: %2. Nothing was exported and no report was marked; "
                                     "free some space or choose another folder.")
                                      .arg(QDir::toNativeSeparators(what), detail)};
}

/** A letter on one page: the team's header, the reporter, the date, the message. */
QString letterHtml(const ReporterMessage &m, const Report &r, const Incident &incident)
{
    const QString to = r.customerName.toHtmlEscaped()
                       + (r.customerEmail.isEmpty() ? QString() : QStringLiteral("<br>") + r.customerEmail.toHtmlEscaped());
    return QStringLiteral("<div style=\"font-family: 'DejaVu Sans'; font-size: 10.5pt;\">"
                          "<p style=\"color: #17324d; font-size: 9pt;\">%1 · %2</p>"
                          "<p>%3</p><h2 style=\"font-size: 13pt;\">%4</h2>%5</div>")
        .arg(incident.reference.toHtmlEscaped(), r.externalRef.toHtmlEscaped(), to, m.subject.toHtmlEscaped(), m.html);
}

class PdfFile
{
public:
    explicit PdfFile(const QString &path) : m_writer(path)
    {
        m_writer.setPageSize(QPageSize(QPageSize::A4));
        m_writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        m_writer.setResolution(150);
        m_writer.setCreator(QStringLiteral("Incident Desk"));
    }
    bool begin() { return m_painter.begin(&m_writer); }
    void page(const QString &html, const QString &title)
    {
        if (m_pages++ > 0)
            m_writer.newPage();
        else
            m_writer.setTitle(title);
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&m_writer);
        doc.setHtml(html);
        const QRect area = m_writer.pageLayout().paintRectPixels(m_writer.resolution());
        doc.setPageSize(QSizeF(area.width(), area.height()));
        doc.drawContents(&m_painter, QRectF(0, 0, area.width(), area.height()));
    }
    bool end() { return m_painter.end(); }

private:
    QPdfWriter m_writer;
    QPainter m_painter;
    int m_pages = 0;
};

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.flush())
        return ioError(path, file.errorString());
    file.close();
    if (file.error() != QFileDevice::NoError)
        return ioError(path, file.errorString());
    return {};
}
} // namespace

ConfirmationExporter::ConfirmationExporter(Database &db, User actor) : m_db(db), m_actor(std::move(actor)) {}

Result<QList<Report>> ConfirmationExporter::candidates(Id incidentId, NoticeKind kind) const
{
    QList<Report> out;
    ReportRepository reports(m_db, m_actor);
    for (int offset = 0;; offset += 5000) {
        auto page = reports.forIncident(incidentId, 5000, offset);
        if (!page.ok())
            return page.error();
        for (const Report &r : page.value()) {
            if (kind == NoticeKind::Acknowledgement || r.confirmation == ConfirmationState::None)
                out.append(r);
        }
        if (page->size() < 5000)
            break;
    }
    return out;
}

Result<ExportSummary> ConfirmationExporter::run(Id incidentId, const ExportOptions &options,
                                                const std::function<bool(int, int)> &progress)
{
    auto incident = IncidentRepository(m_db, m_actor).get(incidentId);
    if (!incident.ok())
        return incident.error();
    const bool resolution = options.kind == NoticeKind::Resolution;
    if (resolution && incident->state != IncidentState::Resolved && incident->state != IncidentState::Reviewed
        && incident->state != IncidentState::Closed)
        return Error::invalid(tr("%1 is not resolved yet: confirmations are sent once it is.").arg(incident->reference));
    if (!resolution && incident->state == IncidentState::Reported)
        return Error::invalid(tr("%1 is not acknowledged yet: acknowledge it before telling the reporters.")
                                  .arg(incident->reference));
    if (!options.pdf && !options.combinedPdf && !options.eml && !options.csv)
        return Error::invalid(tr("Choose at least one format: PDF, EML or CSV."));

    ExportSummary summary;
    // What was exported before, so a second export is a conscious choice.
    auto history = AuditLog(m_db).list(QStringLiteral("incident"), incidentId, 500);
    if (history.ok()) {
        for (const AuditEntry &e : history.value()) {
            if (!e.action.startsWith(QLatin1String("export.")))
                continue;
            const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
            summary.earlier << tr("%1 by %2: %3 reports, %4")
                                   .arg(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.actor)
                                   .arg(after.value(QStringLiteral("reports")).toInt())
                                   .arg(e.action == QLatin1String("export.confirmations") ? tr("confirmations")
                                                                                          : tr("acknowledgements"));
        }
    }

    // Who gets a message.
    QList<Report> reports;
    if (options.reportIds.isEmpty()) {
        auto all = candidates(incidentId, options.kind);
        if (!all.ok())
            return all.error();
        reports = all.value();
    } else {
        ReportRepository repo(m_db, m_actor);
        for (Id id : options.reportIds) {
            auto r = repo.get(id);
            if (!r.ok()) {
                summary.skipped << tr("report %1: %2").arg(id).arg(r.errorString());
                continue;
            }
            if (r->incidentId != incidentId) {
                summary.skipped << tr("%1: not linked to %2").arg(r->externalRef, incident->reference);
                continue;
            }
            reports.append(r.value());
        }
    }
    if (reports.isEmpty()) {
        summary.warnings << tr("No report to export: every linked report is confirmed already, or none is linked.");
        return summary;
    }

    QString base = options.helpCenterBaseUrl;
    if (base.isEmpty()) {
        for (const PublicationTarget &t : PublicationRepository(m_db, m_actor).targets(true).value_or({})) {
            if (t.kind == PublicationKind::HelpCenter)
                base = QJsonDocument::fromJson(t.config.toUtf8()).object().value(QStringLiteral("baseUrl")).toString();
        }
        if (base.isEmpty())
            summary.warnings << tr("No Help Center address is configured: the messages have no link to the report.");
    }

    // Everything goes to a hidden folder first; it is moved in only when complete.
    QDir out(options.outputDir);
    if (options.outputDir.isEmpty() || !out.exists())
        return Error::invalid(tr("The output folder %1 does not exist.").arg(QDir::toNativeSeparators(options.outputDir)));
    const QString stagingName = QStringLiteral(".incident-desk-export-") + QUuid::createUuid().toString(QUuid::Id128);
    if (!out.mkdir(stagingName))
        return Error{Error::Code::Io, tr("The folder %1 cannot be written. Choose a folder you can write to.")
                                          .arg(QDir::toNativeSeparators(out.absolutePath()))};
    QDir staging(out.filePath(stagingName));
    auto cleanup = qScopeGuard([&staging] { staging.removeRecursively(); });

    const QString prefix = safeName(incident->reference);
    const QString suffix = resolution ? QStringLiteral("confirmation") : QStringLiteral("acknowledgement");
    std::unique_ptr<PdfFile> combined;
    if (options.combinedPdf) {
        combined = std::make_unique<PdfFile>(staging.filePath(QStringLiteral("%1-%2s.pdf").arg(prefix, suffix)));
        if (!combined->begin())
            return ioError(staging.filePath(QStringLiteral("%1-%2s.pdf").arg(prefix, suffix)), tr("the PDF cannot be started"));
    }
    QByteArray csv;
    if (options.csv) {
        if (options.csvBom)
            csv += "\xEF\xBB\xBF";
        csv += csvLine({QStringLiteral("report"), QStringLiteral("received"), QStringLiteral("name"), QStringLiteral("email"),
                        QStringLiteral("language"), QStringLiteral("incident"), QStringLiteral("subject"),
                        QStringLiteral("message"), QStringLiteral("link")});
    }
    QList<Id> exported;
    const QString domain = Eml::domainOf(options.fromAddress);
    // Messages, the CSV and the combined PDF in order; the per-reporter files in parallel, a
    // chunk at a time, so a cancel or an error stops soon.
    struct Item
    {
        QString name;
        QString html;
        QString title;
        std::optional<EmlMessage> eml;
        Status written;
    };
    constexpr qsizetype kChunk = 64;
    for (qsizetype start = 0; start < reports.size(); start += kChunk) {
        std::vector<Item> items;
        for (qsizetype i = start; i < qMin(start + kChunk, reports.size()); ++i) {
            if (progress && !progress(int(i), int(reports.size()))) {
                summary.cancelled = true;
                summary.files.clear();
                return summary; // the guard removes what was written
            }
            const Report &r = reports.at(i);
            const QString link = ConfirmationMessages::helpCenterLink(base, incident.value(), r.language);
            auto message = ConfirmationMessages::render(options.kind, r, incident.value(), link);
            if (!message.ok()) {
                summary.skipped << tr("%1: %2").arg(r.externalRef, message.errorString());
                continue;
            }
            Item item;
            item.name = QStringLiteral("%1-%2-%3").arg(prefix, safeName(r.externalRef), suffix);
            item.html = letterHtml(message.value(), r, incident.value());
            item.title = message->subject;
            if (combined)
                combined->page(item.html, incident->reference);
            if (options.eml) {
                if (r.customerEmail.trimmed().isEmpty()) {
                    summary.warnings << tr("%1: no e-mail address, so no .eml (the PDF and the CSV have it)").arg(r.externalRef);
                } else {
                    EmlMessage eml;
                    eml.fromName = options.fromName;
                    eml.fromAddress = options.fromAddress;
                    eml.toName = r.customerName.simplified();
                    eml.toAddress = r.customerEmail.trimmed();
                    eml.subject = message->subject;
                    eml.text = message->text;
                    eml.html = message->html;
                    eml.date = Clock::now();
                    eml.messageIdLeft = QStringLiteral("%1.%2.%3").arg(prefix, safeName(r.externalRef), suffix).toLower();
                    eml.messageIdRight = domain;
                    if (r.channel == Channel::Email && r.externalRef.contains(u'@'))
                        eml.inReplyTo = r.externalRef;
                    item.eml = eml;
                }
            }
            if (options.csv) {
                csv += csvLine({r.externalRef, r.receivedAt.toUTC().toString(Qt::ISODate), r.customerName, r.customerEmail,
                                toKey(r.language), incident->reference, message->subject, message->text, link});
            }
            items.push_back(std::move(item));
            exported << r.id;
        }
        const bool pdf = options.pdf;
        QtConcurrent::blockingMap(items, [&staging, pdf](Item &item) {
            if (pdf) {
                const QString path = staging.filePath(item.name + QStringLiteral(".pdf"));
                PdfFile file(path);
                if (!file.begin()) {
                    item.written = ioError(path, tr("the PDF cannot be started"));
                    return;
                }
                file.page(item.html, item.title);
                if (!file.end()) {
                    item.written = ioError(path, tr("the PDF could not be finished"));
                    return;
                }
            }
            if (item.eml)
                item.written = writeFile(staging.filePath(item.name + QStringLiteral(".eml")), Eml::build(*item.eml));
        });
        for (const Item &item : items) {
            if (!item.written.ok())
                return item.written.error();
        }
    }
    if (combined && !combined->end())
        return ioError(staging.absolutePath(), tr("the combined PDF could not be finished"));
    if (options.csv) {
        if (Status s = writeFile(staging.filePath(QStringLiteral("%1-%2s.csv").arg(prefix, suffix)), csv); !s.ok())
            return s.error();
    }
    if (progress && !progress(int(reports.size()), int(reports.size()))) {
        summary.cancelled = true;
        return summary;
    }

    // Complete: move the files in (replacing an earlier export's), then mark and audit.
    const QStringList written = staging.entryList(QDir::Files, QDir::Name);
    QStringList moved;
    auto undoMoves = [&] {
        for (const QString &f : std::as_const(moved))
            QFile::remove(out.filePath(f));
    };
    for (const QString &f : written) {
        QFile::remove(out.filePath(f));
        if (!QFile::rename(staging.filePath(f), out.filePath(f))) {
            undoMoves();
            return ioError(out.filePath(f), tr("it could not be moved into the folder"));
        }
        moved << f;
    }
    const qint64 now = Clock::nowMs();
    Status marked = m_db.transaction([&]() -> Status {
        ReportRepository reports(m_db, m_actor);
        if (resolution) {
            if (Status s = reports.markConfirmationsExported(exported, now); !s.ok())
                return s;
        }
        QStringList formats;
        for (const auto &[on, name] : {std::pair{options.pdf, "pdf"}, std::pair{options.combinedPdf, "pdf-combined"},
                                       std::pair{options.eml, "eml"}, std::pair{options.csv, "csv"}}) {
            if (on)
                formats << QString::fromLatin1(name);
        }
        return reports.recordConfirmationExport(incidentId, resolution, int(exported.size()), formats, int(written.size()));
    });
    if (!marked.ok()) {
        undoMoves();
        return marked.error();
    }
    summary.reports = int(exported.size());
    for (const QString &f : written)
        summary.files << out.filePath(f);
    return summary;
}

Result<ConfirmationExporter::Choices> ConfirmationExporter::choices(Id incidentId, NoticeKind kind) const
{
    Choices out;
    auto all = ReportRepository(m_db, m_actor).forIncident(incidentId, 1000000);
    if (!all.ok())
        return all.error();
    out.reports = all.value();
    auto defaults = candidates(incidentId, kind);
    if (!defaults.ok())
        return defaults.error();
    for (const Report &r : defaults.value())
        out.preselected << r.id;
    auto audit = AuditLog(m_db).list(QStringLiteral("incident"), incidentId, 200);
    if (!audit.ok())
        return audit.error();
    for (const AuditEntry &e : audit.value()) {
        if (e.action.startsWith(QLatin1String("export.")))
            out.earlierExports << e;
    }
    return out;
}

} // namespace desk
