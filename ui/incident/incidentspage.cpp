// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentspage.h"

#include "core/clock.h"
#include "domain/lifecycle.h"
#include "domain/labels.h"
#include "incident/incidentlist.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace desk::ui {

namespace {
enum StateFilter { OpenStates = -1, AllStates = -2 };
enum CadenceFilter { AnyCadence = 0, NeedsAttention = 1, OverdueOnly = 2 };

QComboBox *filterCombo(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}
} // namespace

IncidentsPage::IncidentsPage(const Session &session, QWidget *parent)
    : ListPage(session, tr("Incidents"), parent),
      m_state(filterCombo(QStringLiteral("stateFilter"), tr("State"), this)),
      m_impact(filterCombo(QStringLiteral("impactFilter"), tr("Impact"), this)),
      m_service(filterCombo(QStringLiteral("serviceFilter"), tr("Service"), this)),
      m_owner(filterCombo(QStringLiteral("ownerFilter"), tr("Owner"), this)),
      m_cadence(filterCombo(QStringLiteral("cadenceFilter"), tr("Cadence"), this)),
      m_model(new IncidentsModel(this))
{
    setObjectName(QStringLiteral("incidentsPage"));
    setSourceModel(m_model);
    setEmptyText(tr("No incidents match. Create one from reports in Triage, or change the filters."));

    //: State filter (adjective): incidents not resolved yet
    m_state->addItem(tr("Open"), int(OpenStates));
    m_state->addItem(tr("All states"), int(AllStates));
    for (IncidentState s : allValues<IncidentState>())
        m_state->addItem(label(s), int(s));
    m_impact->addItem(tr("Any impact"), -1);
    for (ImpactLevel l : allValues<ImpactLevel>())
        m_impact->addItem(label(l), int(l));
    m_service->addItem(tr("Any service"), QString());
    m_owner->addItem(tr("Anyone"), QString());
    m_owner->addItem(tr("Mine"), session.user.name);
    m_cadence->addItem(tr("Any cadence"), int(AnyCadence));
    m_cadence->addItem(tr("Due soon or overdue"), int(NeedsAttention));
    //: Cadence filter: incidents whose daily public update is late
    m_cadence->addItem(tr("Overdue"), int(OverdueOnly));

    toolRow()->addWidget(new QLabel(tr("Show:"), this));
    for (QComboBox *combo : {m_state, m_impact, m_service, m_owner, m_cadence}) {
        toolRow()->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &IncidentsPage::applyFilter);
    }
    toolRow()->addStretch(1);
    auto *open = new QPushButton(tr("Open", "button: open the selected incident"), this);
    open->setObjectName(QStringLiteral("openIncidentButton"));
    toolRow()->addWidget(open);
    auto openCurrent = [this] {
        const QVariant key = currentKey();
        if (key.isValid())
            emit openRequested(key.toLongLong());
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(view(), &QTableView::activated, this, openCurrent);
}

void IncidentsPage::refresh()
{
    IncidentList(session().worker, session().user).helpCenterConfirms(this, [this](Result<bool> confirms) {
        const bool clickCounts = confirms.ok() && !confirms.value();
        if (clickCounts != m_clickCounts) {
            m_clickCounts = clickCounts;
            applyFilter();
        }
    });
    IncidentList(session().worker, session().user)
        .load(this, [this](Result<QList<IncidentListing>> result) {
            if (!result.ok()) {
                showError(result.errorString());
                return;
            }
            m_rows.clear();
            for (const IncidentListing &l : result.value())
                m_rows.append({l.incident, l.scope, {}, Cadence::Standing::NotApplicable});
            fillFilterChoices();
            recomputeCadence();
        });
}

void IncidentsPage::recomputeCadence()
{
    const QDateTime now = Clock::now();
    QList<Row> attention;
    for (Row &row : m_rows) {
        const Incident &i = row.incident;
        row.due = Cadence::nextDue(i.state, i.lastDeliveredAt, i.acknowledgedAt, i.cadenceMinutes);
        row.standing = Cadence::standing(i.state, row.due, now);
        if (row.standing == Cadence::Standing::DueSoon || row.standing == Cadence::Standing::Overdue
            || row.scope.overdueActions > 0)
            attention.append(row);
    }
    applyFilter();
    emit cadenceChecked(attention);
}

void IncidentsPage::fillFilterChoices()
{
    QStringList services;
    QStringList owners;
    for (const Row &row : std::as_const(m_rows)) {
        for (const QString &s : row.incident.serviceKeys) {
            if (!services.contains(s))
                services << s;
        }
        if (!row.incident.owner.isEmpty() && !owners.contains(row.incident.owner))
            owners << row.incident.owner;
    }
    services.sort();
    owners.sort();
    auto refill = [](QComboBox *combo, const QStringList &values, int fixed) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        while (combo->count() > fixed)
            combo->removeItem(fixed);
        for (const QString &v : values)
            combo->addItem(v, v);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    refill(m_service, services, 1);
    refill(m_owner, owners, 2);
}

void IncidentsPage::applyFilter()
{
    const int state = m_state->currentData().toInt();
    const int impact = m_impact->currentData().toInt();
    const QString service = m_service->currentData().toString();
    const QString owner = m_owner->currentData().toString();
    const int cadence = m_cadence->currentData().toInt();
    QList<Row> shown;
    int open = 0;
    int overdue = 0;
    int dueSoon = 0;
    for (const Row &row : std::as_const(m_rows)) {
        const Incident &i = row.incident;
        if (Lifecycle::isOpen(i.state))
            ++open;
        if (row.standing == Cadence::Standing::Overdue)
            ++overdue;
        if (row.standing == Cadence::Standing::DueSoon)
            ++dueSoon;
        if (state == OpenStates ? !Lifecycle::isOpen(i.state) : (state != AllStates && int(i.state) != state))
            continue;
        if (impact >= 0 && int(i.impact) != impact)
            continue;
        if (!service.isEmpty() && !i.serviceKeys.contains(service))
            continue;
        if (!owner.isEmpty() && i.owner != owner)
            continue;
        if (cadence == NeedsAttention && row.standing != Cadence::Standing::DueSoon
            && row.standing != Cadence::Standing::Overdue)
            continue;
        if (cadence == OverdueOnly && row.standing != Cadence::Standing::Overdue)
            continue;
        shown.append(row);
    }
    QString summary = tr("%n open incident(s)", nullptr, open);
    if (overdue > 0)
        summary += QStringLiteral("  ·  ") + tr("%n update(s) overdue", nullptr, overdue);
    if (dueSoon > 0)
        summary += QStringLiteral("  ·  ") + tr("%n update(s) due soon", nullptr, dueSoon);
    int overdueActions = 0;
    for (const Row &row : std::as_const(m_rows))
        overdueActions += row.scope.overdueActions;
    if (overdueActions > 0)
        summary += QStringLiteral("  ·  ") + tr("%n preventive action(s) overdue", nullptr, overdueActions);
    if (m_clickCounts)
        summary += QStringLiteral("  ·  ")
                   + tr("No Help Center target: updates count from the click on Publish, not from their arrival.");
    setSummary(summary);
    m_model->setRows(shown);
    rowsChanged();
    emit badgeChanged(overdue > 0 ? overdue : -1);
}

} // namespace desk::ui
