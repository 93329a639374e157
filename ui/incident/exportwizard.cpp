// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportwizard.h"

#include "core/settings.h"
#include "domain/labels.h"
#include "store/dbworker.h"
#include "widgets/filedialog.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace desk::ui {

ExportWizard::ExportWizard(const Session &session, const Incident &incident, QWidget *parent)
    : QWizard(parent), m_session(session), m_incident(incident), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("exportWizard"));
    setWindowTitle(tr("Confirmations for %1").arg(incident.reference));
    setWizardStyle(QWizard::ClassicStyle);
    resize(860, 600);
    setPage(ReportsPage, createReportsPage());
    setPage(FormatsPage, createFormatsPage());
    setPage(ProgressPage, createProgressPage());
    setPage(SummaryPage, createSummaryPage());
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    connect(this, &QWizard::rejected, this, [this] { m_cancel->store(true); });
    loadReports();
}

ExportWizard::~ExportWizard()
{
    m_cancel->store(true);
}

QWizardPage *ExportWizard::createReportsPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Who gets a message"));
    page->setSubTitle(tr("Each reporter gets it in their own language. Reports confirmed before are not ticked."));
    auto *layout = new QVBoxLayout(page);
    m_confirmations = new QRadioButton(tr("Confirmation that the incident is resolved"), page);
    m_confirmations->setObjectName(QStringLiteral("confirmationsRadio"));
    m_notices = new QRadioButton(tr("Notice that the incident is acknowledged and in hand"), page);
    m_notices->setObjectName(QStringLiteral("noticesRadio"));
    const bool resolved = m_incident.state == IncidentState::Resolved || m_incident.state == IncidentState::Reviewed
                          || m_incident.state == IncidentState::Closed;
    m_confirmations->setEnabled(resolved);
    (resolved ? m_confirmations : m_notices)->setChecked(true);
    layout->addWidget(m_confirmations);
    layout->addWidget(m_notices);
    connect(m_confirmations, &QRadioButton::toggled, this, &ExportWizard::loadReports);
    m_earlier = new QLabel(page);
    m_earlier->setObjectName(QStringLiteral("earlierLabel"));
    m_earlier->setWordWrap(true);
    m_earlier->setTextFormat(Qt::PlainText);
    layout->addWidget(m_earlier);
    m_table = new QTableWidget(0, 5, page);
    m_table->setObjectName(QStringLiteral("reportsTable"));
    m_table->setHorizontalHeaderLabels({tr("Report"), tr("Customer"), tr("E-mail"), tr("Language"), tr("Confirmed")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    return page;
}

QWizardPage *ExportWizard::createFormatsPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Formats and folder"));
    page->setSubTitle(tr("Files are written only when all of them are complete; if anything fails, nothing is left behind "
                         "and no report is marked."));
    auto *form = new QFormLayout(page);
    m_pdf = new QCheckBox(tr("A PDF letter for each reporter"), page);
    m_combined = new QCheckBox(tr("One PDF with a page per reporter, for printing"), page);
    m_eml = new QCheckBox(tr("An e-mail (.eml) for each reporter, ready to send"), page);
    m_csv = new QCheckBox(tr("A CSV for mail merge"), page);
    m_bom = new QCheckBox(tr("with a byte order mark (for spreadsheet programs)"), page);
    for (QCheckBox *box : {m_pdf, m_combined, m_eml, m_csv})
        box->setChecked(true);
    m_pdf->setObjectName(QStringLiteral("pdfCheck"));
    m_combined->setObjectName(QStringLiteral("combinedCheck"));
    m_eml->setObjectName(QStringLiteral("emlCheck"));
    m_csv->setObjectName(QStringLiteral("csvCheck"));
    m_bom->setObjectName(QStringLiteral("bomCheck"));
    connect(m_csv, &QCheckBox::toggled, m_bom, &QCheckBox::setEnabled);
    form->addRow(tr("Formats:"), m_pdf);
    form->addRow(QString(), m_combined);
    form->addRow(QString(), m_eml);
    form->addRow(QString(), m_csv);
    form->addRow(QString(), m_bom);
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(page);
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(QStringLiteral("Incident Desk/") + m_incident.reference));
    auto *browse = new QPushButton(tr("Choose…"), page);
    browse->setObjectName(QStringLiteral("chooseFolderButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = FileDialog::instance().existingDirectory(this, tr("Folder for the files"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(chosen);
    });
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Folder:"), folderRow);
    m_from = new QLineEdit(page);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setText(QStringLiteral("support@example.org"));
    form->addRow(tr("Sent from:"), m_from);
    return page;
}

QWizardPage *ExportWizard::createProgressPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Writing the files"));
    auto *layout = new QVBoxLayout(page);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progressLabel = new QLabel(page);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    page->setCommitPage(true);
    return page;
}

QWizardPage *ExportWizard::createSummaryPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Done"));
    auto *layout = new QVBoxLayout(page);
    m_summary = new QPlainTextEdit(page);
    m_summary->setObjectName(QStringLiteral("summaryText"));
    m_summary->setReadOnly(true);
    layout->addWidget(m_summary, 1);
    auto *open = new QPushButton(tr("Open the folder"), page);
    connect(open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder->text())); });
    layout->addWidget(open, 0, Qt::AlignLeft);
    return page;
}

void ExportWizard::setOutputFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void ExportWizard::loadReports()
{
    const Id id = m_incident.id;
    const NoticeKind kind = m_confirmations->isChecked() ? NoticeKind::Resolution : NoticeKind::Acknowledgement;
    const User user = m_session.user;
    m_session.worker->call<Result<ConfirmationExporter::Choices>>(
        this, [id, kind, user](Database &db) { return ConfirmationExporter(db, user).choices(id, kind); },
        [this](Result<ConfirmationExporter::Choices> loaded) {
            if (!loaded.ok()) {
                m_earlier->setText(loaded.errorString());
                return;
            }
            m_reports = loaded->reports;
            QStringList earlier;
            for (const AuditEntry &e : loaded->earlierExports)
                earlier << tr("%1 by %2 (%3 reports)")
                               .arg(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.actor)
                               .arg(QJsonDocument::fromJson(e.after.toUtf8()).object().value(QStringLiteral("reports")).toInt());
            m_earlier->setText(earlier.isEmpty() ? tr("Nothing has been exported for this incident yet.")
                                                 : tr("Exported before: %1").arg(earlier.join(QStringLiteral("; "))));
            m_table->setRowCount(int(m_reports.size()));
            const QLocale locale;
            for (int r = 0; r < m_reports.size(); ++r) {
                const Report &rep = m_reports.at(r);
                auto *ref = new QTableWidgetItem(rep.externalRef);
                ref->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                ref->setCheckState(loaded->preselected.contains(rep.id) ? Qt::Checked : Qt::Unchecked);
                m_table->setItem(r, 0, ref);
                m_table->setItem(r, 1, new QTableWidgetItem(rep.customerName.simplified()));
                m_table->setItem(r, 2, new QTableWidgetItem(rep.customerEmail.isEmpty() ? tr("(none: PDF and CSV only)")
                                                                                        : rep.customerEmail));
                m_table->setItem(r, 3, new QTableWidgetItem(label(rep.language)));
                m_table->setItem(r, 4, new QTableWidgetItem(rep.confirmation == ConfirmationState::None ? QString() : tr("yes")));
            }
            m_table->resizeColumnToContents(0);
            m_table->resizeColumnToContents(2);
            emit reportsLoaded();
        });
}

ExportOptions ExportWizard::options() const
{
    ExportOptions o;
    o.kind = m_confirmations->isChecked() ? NoticeKind::Resolution : NoticeKind::Acknowledgement;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->checkState() == Qt::Checked)
            o.reportIds << m_reports.at(r).id;
    }
    o.pdf = m_pdf->isChecked();
    o.combinedPdf = m_combined->isChecked();
    o.eml = m_eml->isChecked();
    o.csv = m_csv->isChecked();
    o.csvBom = m_bom->isChecked();
    o.outputDir = m_folder->text();
    o.fromAddress = m_from->text().trimmed();
    return o;
}

bool ExportWizard::validateCurrentPage()
{
    if (currentId() == ReportsPage && options().reportIds.isEmpty()) {
        m_earlier->setText(tr("Tick at least one report."));
        return false;
    }
    if (currentId() == FormatsPage) {
        const ExportOptions o = options();
        if (!o.pdf && !o.combinedPdf && !o.eml && !o.csv)
            return false;
        if (!QDir().mkpath(o.outputDir))
            return false;
    }
    if (currentId() == ProgressPage)
        return m_done;
    return true;
}

void ExportWizard::initializePage(int id)
{
    if (id == ProgressPage)
        start();
    if (id == SummaryPage) {
        QStringList lines;
        if (!m_result.ok()) {
            lines << tr("Nothing was exported: %1").arg(m_result.errorString());
        } else if (m_result->cancelled) {
            lines << tr("Cancelled: no file was written and no report was marked.");
        } else {
            lines << tr("%n report(s) exported; files written: %1, in %2", nullptr, m_result->reports)
                         .arg(m_result->files.size())
                         .arg(QDir::toNativeSeparators(m_folder->text()));
            for (const QString &w : m_result->warnings)
                lines << tr("Warning: %1").arg(w);
            for (const QString &s : m_result->skipped)
                lines << tr("Skipped: %1").arg(s);
        }
        m_summary->setPlainText(lines.join(u'\n'));
    }
}

void ExportWizard::start()
{
    m_running = true;
    m_done = false;
    m_cancel->store(false);
    const ExportOptions o = options();
    m_progress->setRange(0, int(o.reportIds.size()));
    m_progress->setValue(0);
    m_progressLabel->setText(tr("Writing the files for %n reporter(s)…", nullptr, int(o.reportIds.size())));
    const Id id = m_incident.id;
    const User user = m_session.user;
    QPointer<ExportWizard> self(this);
    auto cancel = m_cancel;
    m_session.worker->call<Result<ExportSummary>>(
        this,
        [id, o, user, self, cancel](Database &db) {
            return ConfirmationExporter(db, user).run(id, o, [self, cancel](int done, int total) {
                Q_UNUSED(total)
                if (self)
                    QMetaObject::invokeMethod(self.data(), [self, done] { if (self) self->m_progress->setValue(done); }, Qt::QueuedConnection);
                return !cancel->load();
            });
        },
        [this](Result<ExportSummary> result) {
            m_running = false;
            m_done = true;
            m_result = result;
            emit finishedExport(result.ok() && !result->cancelled);
            next();
        },
        [this] {
            m_running = false;
            m_done = true;
            m_result = Error{Error::Code::Unavailable, tr("the database cannot be reached")};
            emit finishedExport(false);
            next();
        });
}

} // namespace desk::ui
