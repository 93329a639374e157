// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "intake/importdesk.h"
#include "intake/reportimporter.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace desk::ui {

ImportDialog::ImportDialog(const Session &session, const QString &path, QWidget *parent)
    : QDialog(parent), m_desk(new ImportDesk(session.url, session.user.name, this))
{
    setWindowTitle(tr("Import reports"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *file = new QLabel(tr("Importing <b>%1</b> into the triage queue.").arg(QFileInfo(path).fileName().toHtmlEscaped()), this);
    file->setWordWrap(true);
    layout->addWidget(file);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Import progress"));
    layout->addWidget(m_progress);
    m_status = new QLabel(tr("Reading…"), this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_rejected = new QTableWidget(0, 2, this);
    m_rejected->setObjectName(QStringLiteral("rejectedRows"));
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Why it was rejected")});
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setAccessibleName(tr("Rejected rows"));
    m_rejected->hide();
    layout->addWidget(m_rejected, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    layout->addWidget(m_buttons);
    resize(560, 200);

    const QLocale locale;
    connect(m_desk, &ImportDesk::progress, this, [this, locale](qint64 rows, int percent) {
        m_progress->setValue(percent);
        if (!m_cancelling)
            m_status->setText(tr("%1 rows read…").arg(locale.toString(rows)));
    });
    connect(m_desk, &ImportDesk::finished, this, &ImportDialog::finish);
    m_desk->start(path);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::isImportable(const QString &path)
{
    return ReportImporter::formatOf(path) != ReportImporter::Format::Auto;
}

bool ImportDialog::isRunning() const
{
    return m_desk->isRunning();
}

void ImportDialog::reject()
{
    if (!m_desk->isRunning()) {
        QDialog::reject();
        return;
    }
    // Cancel: the import stops at its next thousand rows and rolls back; the dialog says so.
    m_cancelling = true;
    m_desk->cancel();
    m_status->setText(tr("Cancelling: nothing of this import will be kept…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
}

void ImportDialog::finish(const Result<ImportSummary> &result)
{
    m_buttons->clear();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::accept);
    if (!result.ok()) {
        m_progress->setValue(0);
        m_status->setText(m_cancelling ? tr("Cancelled: nothing of this import was kept.") : result.errorString());
        emit done(0);
        return;
    }
    const ImportSummary &s = result.value();
    const QLocale locale;
    m_progress->setValue(100);
    if (!s.committed) {
        m_status->setText(tr("Nothing imported: %1 of %2 rows are bad.").arg(locale.toString(s.rejected), locale.toString(s.read)));
    } else {
        m_status->setText(tr("%n report(s) imported", nullptr, int(s.inserted)) + QStringLiteral(", ")
                          + tr("%n already in the database", nullptr, int(s.alreadyPresent)) + QStringLiteral(", ")
                          + tr("%n rejected", nullptr, int(s.rejected)) + u'.');
    }
    if (!s.issues.isEmpty()) {
        m_rejected->setRowCount(int(s.issues.size()));
        for (int r = 0; r < s.issues.size(); ++r) {
            auto *line = new QTableWidgetItem(locale.toString(s.issues.at(r).line));
            line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_rejected->setItem(r, 0, line);
            m_rejected->setItem(r, 1, new QTableWidgetItem(s.issues.at(r).reason));
        }
        if (s.rejected > s.issues.size())
            m_status->setText(m_status->text() + u' ' + tr("The first %1 rejected rows are listed.").arg(s.issues.size()));
        m_rejected->resizeColumnToContents(0);
        m_rejected->show();
        resize(width(), 420);
    }
    emit done(s.committed ? s.inserted : 0);
}

} // namespace desk::ui
