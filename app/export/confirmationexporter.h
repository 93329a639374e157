// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "confirmationmessages.h"

#include <functional>

namespace desk {

class Database;

struct ExportOptions
{
    NoticeKind kind = NoticeKind::Resolution;
    QList<Id> reportIds; // empty: every linked report not confirmed yet (resolution) or every linked one
    bool pdf = true;         // one PDF per reporter
    bool combinedPdf = true; // and one with a page per reporter, for printing
    bool eml = true;
    bool csv = true;
    bool csvBom = false; // for spreadsheet programs that want it
    QString outputDir;
    QString fromName = QStringLiteral("Customer Service");
    QString fromAddress = QStringLiteral("support@example.org");
    QString helpCenterBaseUrl; // empty: the Help Center target's "baseUrl"
};

struct ExportSummary
{
    int reports = 0;        // reporters exported
    QStringList files;      // written, in the output folder
    QStringList skipped;    // "<report>: why"
    QStringList warnings;   // done, but with something to check
    QStringList earlier;    // earlier exports of this incident: "<when> <who> <n> reports"
    bool cancelled = false; // nothing written, nothing marked
};

/**
 * Writes every reporter's confirmation (or acknowledgement notice) in their own language as PDF,
 * EML and CSV. Files are written to a hidden folder inside the output folder and moved in only
 * when all of them are complete; a failure (a folder that cannot be written, a full disk) or a
 * cancel leaves no file behind and marks nothing. Then, in one transaction, the reports are
 * marked confirmed with the time and the export goes to the audit log.
 */
class ConfirmationExporter final
{
    Q_DECLARE_TR_FUNCTIONS(desk::ConfirmationExporter)

public:
    ConfirmationExporter(Database &db, User actor);

    /** The reports an export would take by default. */
    Result<QList<Report>> candidates(Id incidentId, NoticeKind kind) const;

    /** What an export can be chosen from: every linked report, those not sent yet, earlier exports. */
    struct Choices
    {
        QList<Report> reports;
        QList<Id> preselected;
        QList<AuditEntry> earlierExports; // newest first
    };
    Result<Choices> choices(Id incidentId, NoticeKind kind) const;

    /** `progress(done, total)` returns false to cancel. */
    Result<ExportSummary> run(Id incidentId, const ExportOptions &options,
                              const std::function<bool(int, int)> &progress = {});

private:
    Database &m_db;
    User m_actor;
};

} // namespace desk
