// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkedreportsmodel.h"

#include "domain/labels.h"
#include "incident/incidentlist.h"

#include <QLocale>
#include <QSet>

namespace desk::ui {

LinkedReportsModel::LinkedReportsModel(const Session &session, QObject *parent)
    : KeyedTableModel(parent), m_session(session)
{
}

LinkedReportsModel::~LinkedReportsModel() = default;

void LinkedReportsModel::update(Id incidentId, const QList<Report> &firstPage, qint64 total)
{
    ++m_generation; // a page on its way belongs to the old list
    m_fetching = false;
    m_total = total;
    if (incidentId != m_incidentId) {
        m_incidentId = incidentId;
        setRows(firstPage);
        return;
    }
    // Keep the pages already scrolled to, after where the new first page ends.
    QList<Report> wanted = firstPage;
    if (!firstPage.isEmpty()) {
        QSet<Id> first;
        for (const Report &r : firstPage)
            first.insert(r.id);
        const int last = rowOf(firstPage.last().id);
        for (int r = last >= 0 ? last + 1 : int(rows().size()); r < rows().size(); ++r) {
            if (!first.contains(rows().at(r).id))
                wanted.append(rows().at(r));
        }
    }
    setRows(wanted);
}

const Report *LinkedReportsModel::report(int row) const
{
    return row >= 0 && row < rows().size() ? &rows().at(row) : nullptr;
}

int LinkedReportsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkedReportsModel::data(const QModelIndex &index, int role) const
{
    const Report *r = report(index.row());
    if (!r)
        return {};
    if (role == KeyRole)
        return r->id;
    if (role == Qt::ToolTipRole && index.column() == Subject)
        return r->body.left(600);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Received:
        return QLocale().toString(r->receivedAt.toLocalTime(), QLocale::ShortFormat);
    case Customer:
        return r->customerName.isEmpty() ? r->customerRef : r->customerName;
    case Subject:
        return r->subject.simplified().left(200);
    case Language:
        return toKey(r->language).toUpper();
    case Channel:
        return label(r->channel);
    case Confirmation:
        return r->confirmation == ConfirmationState::None ? QString() : toKey(r->confirmation);
    default:
        return {};
    }
}

QVariant LinkedReportsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received:
        return tr("Received");
    case Customer:
        return tr("Customer");
    case Subject:
        return tr("Subject");
    case Language:
        return tr("Lang.");
    case Channel:
        return tr("Channel");
    case Confirmation:
        return tr("Confirmation");
    default:
        return {};
    }
}

bool LinkedReportsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && rows().size() < m_total;
}

void LinkedReportsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_fetching || !m_session.worker)
        return;
    m_fetching = true;
    const int generation = m_generation;
    const Id incident = m_incidentId;
    const int offset = int(rows().size());
    IncidentList(m_session.worker, m_session.user).linkedReports(
        this, incident, offset, kPage,
        [this, generation](Result<QList<Report>> page) {
            if (generation != m_generation)
                return; // reset meanwhile
            m_fetching = false;
            if (!page.ok() || page->isEmpty()) {
                m_total = rows().size(); // stop asking
                return;
            }
            appendRows(page.value());
        },
        [this, generation] {
            if (generation == m_generation)
                m_fetching = false; // offline: the view asks again when it scrolls
        });
}

} // namespace desk::ui
