// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/confirmationexporter.h"
#include "shell/session.h"

#include <QWizard>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QRadioButton;
class QTableWidget;

namespace desk::ui {

/**
 * Confirmations (or acknowledgement notices) for an incident's reporters: which reports (by
 * default those not confirmed yet), which formats and folder, then the export with progress and
 * cancel on the worker thread, and a summary of what was written and what was skipped and why.
 */
class ExportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportWizard)

public:
    enum PageId { ReportsPage, FormatsPage, ProgressPage, SummaryPage };

    ExportWizard(const Session &session, const Incident &incident, QWidget *parent = nullptr);
    ~ExportWizard() override;

    void setOutputFolder(const QString &folder);
    const Result<ExportSummary> &result() const { return m_result; }
    bool isRunning() const { return m_running; }

signals:
    void reportsLoaded();
    void finishedExport(bool ok);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage *createReportsPage();
    QWizardPage *createFormatsPage();
    QWizardPage *createProgressPage();
    QWizardPage *createSummaryPage();
    void loadReports();
    void start();
    ExportOptions options() const;

    Session m_session;
    Incident m_incident;
    QList<Report> m_reports;
    QRadioButton *m_confirmations;
    QRadioButton *m_notices;
    QTableWidget *m_table;
    QLabel *m_earlier;
    QCheckBox *m_pdf;
    QCheckBox *m_combined;
    QCheckBox *m_eml;
    QCheckBox *m_csv;
    QCheckBox *m_bom;
    QLineEdit *m_folder;
    QLineEdit *m_from;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPlainTextEdit *m_summary;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
    bool m_done = false;
    Result<ExportSummary> m_result = Error::invalid(QString());
};

} // namespace desk::ui
