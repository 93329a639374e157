// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/incidentmerge.h"

#include <QDialog>

class QTableWidget;

namespace desk::ui {

/**
 * Shows what the user and another workstation changed in the same incident, field by field.
 * Fields only one side changed are preselected; where both changed, the user's version is
 * preselected and marked, and the user picks.
 */
class MergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)

public:
    MergeDialog(const Incident &mine, const Incident &theirs, const IncidentMerge::Outcome &outcome,
                QWidget *parent = nullptr);
    ~MergeDialog() override;

    QList<IncidentMerge::Field> fields() const { return m_fields; }
    /** Chooses which side a field takes (tests, keyboard users). */
    void choose(IncidentMerge::Field field, bool mine);
    /** The incident with the chosen side for every field, on top of theirs. */
    Incident result() const;

private:
    Incident m_mine;
    Incident m_theirs;
    QList<IncidentMerge::Field> m_fields;
    QTableWidget *m_table;
};

} // namespace desk::ui
