// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkedreportsmodel.h"

#include "widgets/labels.h"
#include "store/dbworker.h"
#include "store/reportrepository.h"

#include <QLocale>

namespace desk::ui {

LinkedReportsModel::LinkedReportsModel(const Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

LinkedReportsModel::~LinkedReportsModel() = default;

void LinkedReportsModel::reset(Id incidentId, const QList<Report> &firstPage, qint64 total)
{
    beginResetModel();
    m_incidentId = incidentId;
    m_rows = firstPage;
    m_total = total;
    m_fetching = false;
    ++m_generation;
    endResetModel();
}

const Report *LinkedReportsModel::report(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int LinkedReportsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    if (role == Qt::UserRole)
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
    return !parent.isValid() && m_rows.size() < m_total;
}

void LinkedReportsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_fetching || !m_session.worker)
        return;
    m_fetching = true;
    const int generation = m_generation;
    const Id incident = m_incidentId;
    const int offset = int(m_rows.size());
    const User user = m_session.user;
    m_session.worker->call<Result<QList<Report>>>(
        this,
        [incident, offset, user](Database &db) {
            return ReportRepository(db, user).forIncident(incident, kPage, offset);
        },
        [this, generation](Result<QList<Report>> page) {
            if (generation != m_generation)
                return; // reset meanwhile
            m_fetching = false;
            if (!page.ok() || page->isEmpty()) {
                m_total = m_rows.size(); // stop asking
                return;
            }
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
            m_rows.append(page.value());
            endInsertRows();
        },
        [this, generation] {
            if (generation == m_generation)
                m_fetching = false; // offline: the view asks again when it scrolls
        });
}

} // namespace desk::ui
