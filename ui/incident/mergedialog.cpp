// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedialog.h"

#include "domain/labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace desk::ui {

MergeDialog::MergeDialog(const Incident &mine, const Incident &theirs, const IncidentMerge::Outcome &outcome,
                         QWidget *parent)
    : QDialog(parent), m_mine(mine), m_theirs(theirs), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge your changes"));
    resize(900, 460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Someone saved %1 on another workstation while you were editing it. Choose, field by field, what to keep. "
           "Fields marked ⚠ were changed on both sides.")
            .arg(theirs.reference),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_fields = outcome.conflicts + outcome.takenFromMine + outcome.takenFromTheirs;
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Their version"), tr("Keep")});
    m_table->setRowCount(int(m_fields.size()));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int r = 0; r < m_fields.size(); ++r) {
        const IncidentMerge::Field f = m_fields.at(r);
        const bool conflict = outcome.conflicts.contains(f);
        m_table->setItem(r, 0, new QTableWidgetItem((conflict ? QStringLiteral("⚠ ") : QString()) + label(f)));
        m_table->setItem(r, 1, new QTableWidgetItem(IncidentMerge::displayValue(mine, f)));
        m_table->setItem(r, 2, new QTableWidgetItem(IncidentMerge::displayValue(theirs, f)));
        auto *keep = new QComboBox(m_table);
        keep->addItem(tr("Yours"), true);
        keep->addItem(tr("Theirs"), false);
        keep->setCurrentIndex(outcome.takenFromTheirs.contains(f) ? 1 : 0);
        m_table->setCellWidget(r, 3, keep);
    }
    m_table->resizeRowsToContents();
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Save the merged incident"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Keep editing"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

MergeDialog::~MergeDialog() = default;

void MergeDialog::choose(IncidentMerge::Field field, bool mine)
{
    const int row = int(m_fields.indexOf(field));
    if (row >= 0)
        static_cast<QComboBox *>(m_table->cellWidget(row, 3))->setCurrentIndex(mine ? 0 : 1);
}

Incident MergeDialog::result() const
{
    Incident out = m_theirs;
    for (int r = 0; r < m_fields.size(); ++r) {
        const bool mine = static_cast<QComboBox *>(m_table->cellWidget(r, 3))->currentData().toBool();
        IncidentMerge::copyField(out, mine ? m_mine : m_theirs, m_fields.at(r));
    }
    return out;
}

} // namespace desk::ui
