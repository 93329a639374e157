// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidentsmodel.h"
#include "widgets/listpage.h"

class QComboBox;

namespace desk::ui {

/**
 * Every incident with its state, impact and when its next public update is due, filtered by
 * state, impact, service, owner and cadence. Opening one shows it in the incident editor.
 */
class IncidentsPage final : public ListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentsPage)

public:
    explicit IncidentsPage(const Session &session, QWidget *parent = nullptr);
    ~IncidentsPage() override = default;
    void refresh() override;

    using Row = IncidentRow;
    const QList<Row> &rows() const { return m_rows; }
    /** Re-evaluates due soon / overdue against the clock without reloading. */
    void recomputeCadence();

signals:
    void openRequested(desk::Id incidentId);
    /** Incidents whose update is due soon or overdue, or with preventive actions overdue, after every refresh. */
    void cadenceChecked(const QList<desk::ui::IncidentsPage::Row> &attention);

private:
    void applyFilter();
    void fillFilterChoices();

    QList<Row> m_rows; // every incident; the model shows those the filters let through
    QComboBox *m_state;
    QComboBox *m_impact;
    QComboBox *m_service;
    QComboBox *m_owner;
    QComboBox *m_cadence;
    bool m_clickCounts = false; // no Help Center target confirms deliveries
    IncidentsModel *m_model;
};

} // namespace desk::ui
