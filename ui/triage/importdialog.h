// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "shell/session.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace desk {
class ImportDesk;
struct ImportSummary;
} // namespace desk

namespace desk::ui {

/**
 * Imports a file of reports (JSON Lines or CSV, commas or semicolons) into the triage queue: the
 * rows read and how far through the file, Cancel (nothing of the import is kept), then what was
 * imported and every rejected row with its line and reason.
 */
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const Session &session, const QString &path, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /** The files an import takes, by name. */
    static bool isImportable(const QString &path);
    bool isRunning() const;
    /** Cancel while it runs (nothing is kept; the dialog stays to say so), Close afterwards. */
    void reject() override;

signals:
    /** The import ended: `inserted` reports are in the queue (0 when it failed or was cancelled). */
    void done(qint64 inserted);

private:
    void finish(const Result<ImportSummary> &result);

    ImportDesk *m_desk;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTableWidget *m_rejected;
    QDialogButtonBox *m_buttons;
    bool m_cancelling = false;
};

} // namespace desk::ui
