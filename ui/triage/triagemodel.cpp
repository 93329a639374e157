// SPDX-License-Identifier: GPL-3.0-or-later
#include "triagemodel.h"
#include "widgets/tones.h"

#include "core/clock.h"
#include "core/logging.h"
#include "domain/cadence.h"
#include "domain/labels.h"
#include "store/dbworker.h"
#include "store/reportlisting.h"

#include <QColor>
#include <QElapsedTimer>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QScopeGuard>
#include <QTimer>

namespace desk::ui {

namespace {
Cadence::Standing incidentStanding(const ReportSummary &r)
{
    if (r.incidentReference.isEmpty())
        return Cadence::Standing::NotApplicable;
    const QDateTime due =
        Cadence::nextDue(r.incidentState, r.incidentLastDelivered, r.incidentAcknowledged, r.incidentCadenceMinutes);
    return Cadence::standing(r.incidentState, due, Clock::now());
}
} // namespace


namespace {

struct FirstPage
{
    Result<QList<Id>> ids = Error::invalid(QString());
    qint64 elapsedMs = 0;
};

QString age(const QDateTime &received, const QDateTime &now)
{
    const qint64 minutes = received.secsTo(now) / 60;
    if (minutes < 60)
        return TriageModel::tr("%1 min").arg(qMax<qint64>(0, minutes));
    if (minutes < 48 * 60)
        return TriageModel::tr("%1 h").arg(minutes / 60);
    return TriageModel::tr("%1 d").arg(minutes / (24 * 60));
}

ReportQuery::SortKey sortKey(int column)
{
    using K = ReportQuery::SortKey;
    switch (column) {
    case TriageModel::Customer: return K::Customer;
    case TriageModel::ChannelColumn: return K::Channel;
    case TriageModel::LanguageColumn: return K::Language;
    case TriageModel::Service: return K::Service;
    case TriageModel::Subject: return K::Subject;
    case TriageModel::Status: return K::Status;
    case TriageModel::Incident: return K::Incident;
    case TriageModel::ClaimedBy: return K::ClaimedBy;
    default: return K::Received;
    }
}

} // namespace

TriageModel::TriageModel(DbWorker *worker, QObject *parent) : QAbstractTableModel(parent), m_worker(worker) {}

TriageModel::~TriageModel() = default;

void TriageModel::setQuery(const ReportQuery &query)
{
    m_query = query;
    reload();
}

void TriageModel::reload()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    const ReportQuery query = m_query;
    m_worker->call<FirstPage>(
        this,
        [query](Database &db) {
            QElapsedTimer timer;
            timer.start();
            FirstPage page;
            // Only the first page here: counting a million rows would delay the first rows. The
            // full id list that follows gives the count.
            page.ids = ReportListing::ids(db, query, kFirstIds);
            page.elapsedMs = timer.elapsed();
            return page;
        },
        [this, generation](FirstPage page) {
            if (generation != m_generation)
                return; // a newer query is on its way
            if (!page.ids.ok()) {
                m_loading = false;
                emit loadFailed(page.ids.errorString());
                return;
            }
            QElapsedTimer trace;
            trace.start();
            beginResetModel();
            m_ids = page.ids.value();
            m_total = m_ids.size();
            m_idsComplete = m_ids.size() < kFirstIds;
            m_blocks.clear();
            m_lru.clear();
            m_pending.clear();
            m_wanted.clear();
            endResetModel();
            if (trace.elapsed() > 4)
                qCDebug(lcUi) << "reset took" << trace.elapsed() << "ms";
            m_loading = false;
            emit queryLoaded(m_total, page.elapsedMs);
            // The worker serves jobs in order: the first rows go before the long list of ids.
            if (m_total > 0)
                requestBlock(0);
            if (m_idsComplete)
                emit countKnown(m_total);
            else
                requestRemainingIds();
        });
}

void TriageModel::requestRemainingIds()
{
    const quint64 generation = m_generation;
    const ReportQuery query = m_query;
    if (!m_listWorker && !m_listWorkerFailed) {
        m_listWorker = new DbWorker(this);
        connect(m_listWorker, &DbWorker::opened, this, [this](bool ok) {
            if (ok)
                return;
            // No second connection (the server's limit?): the one connection does both.
            m_listWorker->deleteLater();
            m_listWorker = nullptr;
            m_listWorkerFailed = true;
            if (!m_idsComplete)
                requestRemainingIds();
        });
        m_listWorker->open(m_worker->url());
    }
    (m_listWorker ? m_listWorker : m_worker)->call<Result<QList<Id>>>(
        this, [query](Database &db) { return ReportListing::ids(db, query); },
        [this, generation](Result<QList<Id>> all) {
            if (generation != m_generation)
                return;
            if (!all.ok()) {
                emit loadFailed(all.errorString());
                return;
            }
            // The rows already shown keep their place even if the list changed meanwhile (a report
            // removed or added elsewhere): the known prefix stays, the rest follows it.
            QElapsedTimer trace;
            trace.start();
            QList<Id> ids = std::move(all).value();
            const qsizetype known = qMin<qsizetype>(m_ids.size(), m_total);
            if (ids.mid(0, known) != m_ids.mid(0, known)) {
                const QSet<Id> shown(m_ids.cbegin(), m_ids.cbegin() + known);
                QList<Id> merged = m_ids.mid(0, known);
                for (Id id : std::as_const(ids)) {
                    if (!shown.contains(id))
                        merged.append(id);
                }
                ids = std::move(merged);
            }
            m_ids = std::move(ids);
            if (trace.elapsed() > 4)
                qCDebug(lcUi) << "merging ids took" << trace.elapsed() << "ms";
            growTo(m_ids.size(), generation);
        });
}

void TriageModel::growTo(qint64 target, quint64 generation)
{
    if (generation != m_generation)
        return;
    QElapsedTimer trace;
    trace.start();
    const auto report = qScopeGuard([&] {
        if (trace.elapsed() > 4)
            qCDebug(lcUi) << "growTo took" << trace.elapsed() << "ms at" << m_total;
    });
    // Rows are added in slices so the view's bookkeeping never holds the GUI thread for long.
    constexpr qint64 kSlice = 50000;
    if (m_total < target) {
        const qint64 next = qMin(target, m_total + kSlice);
        beginInsertRows({}, int(m_total), int(next - 1));
        m_total = next;
        endInsertRows();
    }
    if (m_total < target) {
        QTimer::singleShot(0, this, [this, target, generation] { growTo(target, generation); });
        return;
    }
    m_idsComplete = true;
    emit countKnown(m_total);
    const QSet<int> wanted = std::exchange(m_wanted, {});
    for (int block : wanted)
        requestBlock(block);
}

Id TriageModel::idAt(int row) const
{
    return row >= 0 && row < m_total && row < m_ids.size() ? m_ids.at(row) : 0;
}

const ReportSummary *TriageModel::summaryAt(int row) const
{
    const auto it = m_blocks.constFind(row / kBlockRows);
    if (it == m_blocks.constEnd())
        return nullptr;
    const int offset = row % kBlockRows;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

int TriageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

int TriageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TriageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int block = row / kBlockRows;
    const auto it = m_blocks.constFind(block);
    if (it == m_blocks.constEnd()) {
        requestBlock(block);
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == Subject)
            return tr("Loading…");
        if (role == Qt::ForegroundRole)
            return Tones::color(Tones::Tone::Muted);
        return {};
    }
    const int offset = row % kBlockRows;
    if (offset >= it->size())
        return {};
    const ReportSummary &r = it->at(offset);
    if (m_lru.isEmpty() || m_lru.last() != block) {
        m_lru.removeOne(block);
        m_lru.append(block);
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(r, index.column());
    case Qt::ForegroundRole:
        if (index.column() == Incident) {
            const Cadence::Standing standing = incidentStanding(r);
            if (standing == Cadence::Standing::Overdue)
                return Tones::color(Tones::Tone::Bad);
            if (standing == Cadence::Standing::DueSoon)
                return Tones::color(Tones::Tone::Warning);
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(r, index.column());
    case Qt::DecorationRole:
        if (index.column() == Subject && r.hasFiles) {
            static const QIcon clip(QStringLiteral(":/icons/attachment.svg"));
            return clip;
        }
        return {};
    case Qt::FontRole:
        if (r.status == ReportStatus::New) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole: return r.id;
    case VersionRole: return r.version;
    case StatusRole: return int(r.status);
    case LoadedRole: return true;
    default: return {};
    }
}

QVariant TriageModel::displayText(const ReportSummary &r, int column) const
{
    switch (column) {
    case Received: return QLocale().toString(r.receivedAt.toLocalTime(), QLocale::ShortFormat);
    case Age: return age(r.receivedAt, Clock::now());
    case Customer: return r.customerName.isEmpty() ? r.customerRef : r.customerName;
    case ChannelColumn: return label(r.channel);
    case LanguageColumn: return toKey(r.language).toUpper();
    case Service: return r.serviceKey;
    case Subject: return r.subject;
    case Status: return label(r.status);
    case Incident: {
        const Cadence::Standing standing = incidentStanding(r);
        if (standing == Cadence::Standing::Overdue || standing == Cadence::Standing::DueSoon)
            return QStringLiteral("%1 · %2").arg(r.incidentReference, label(standing));
        if (r.incidentUndelivered > 0)
            return QStringLiteral("%1 · %2").arg(r.incidentReference, tr("update on its way"));
        return r.incidentReference;
    }
    case ClaimedBy: return r.claimUntil > Clock::now() ? r.claimedBy : QString();
    default: return {};
    }
}

QVariant TriageModel::toolTip(const ReportSummary &r, int column) const
{
    if (column == ClaimedBy && r.claimUntil > Clock::now())
        return tr("Claimed by %1 until %2").arg(r.claimedBy, QLocale().toString(r.claimUntil.toLocalTime().time(), QLocale::ShortFormat));
    if (column == Subject)
        return r.hasFiles ? tr("%1 (with files)").arg(r.subject) : r.subject;
    if (column == Incident && !r.incidentReference.isEmpty()) {
        const QDateTime due = Cadence::nextDue(r.incidentState, r.incidentLastDelivered, r.incidentAcknowledged,
                                               r.incidentCadenceMinutes);
        const QString onItsWay = r.incidentUndelivered > 0
            ? QLatin1Char(' ') + tr("An update is published and not yet on the Help Center; the promise counts from its arrival.")
            : QString();
        if (due.isValid())
            return QString(tr("%1 is %2; next public update due %3")
                               .arg(r.incidentReference, label(r.incidentState),
                                    QLocale().toString(due.toLocalTime(), QLocale::ShortFormat))
                           + onItsWay);
        return tr("%1 is %2").arg(r.incidentReference, label(r.incidentState));
    }
    return {};
}

QVariant TriageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Received: return tr("Received");
    case Age: return tr("Age");
    case Customer: return tr("Customer");
    case ChannelColumn: return tr("Channel");
    case LanguageColumn: return tr("Lang.");
    case Service: return tr("Service");
    case Subject: return tr("Subject");
    case Status: return tr("Status");
    case Incident: return tr("Incident");
    case ClaimedBy: return tr("Claimed by");
    default: return {};
    }
}

void TriageModel::sort(int column, Qt::SortOrder order)
{
    ReportQuery query = m_query;
    query.sort = sortKey(column);
    query.order = column == Age ? (order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder) : order;
    if (query == m_query)
        return;
    setQuery(query);
}

void TriageModel::requestBlock(int block) const
{
    if (m_pending.contains(block) || m_blocks.contains(block))
        return;
    const qsizetype first = qsizetype(block) * kBlockRows;
    const qsizetype last = qMin<qsizetype>(first + kBlockRows, m_total);
    if (last > m_ids.size()) {
        m_wanted.insert(block); // its ids are still on their way
        return;
    }
    m_pending.insert(block);
    const QList<Id> ids = m_ids.mid(first, last - first);
    const quint64 generation = m_generation;
    auto *self = const_cast<TriageModel *>(this);
    m_worker->call<Result<QList<ReportSummary>>>(
        self, [ids](Database &db) { return ReportListing::rows(db, ids); },
        [self, block, generation](Result<QList<ReportSummary>> rows) {
            if (generation != self->m_generation)
                return;
            self->m_pending.remove(block);
            if (!rows.ok()) {
                emit self->loadFailed(rows.errorString());
                return;
            }
            self->storeBlock(block, std::move(rows).value());
        });
}

void TriageModel::storeBlock(int block, QList<ReportSummary> rows)
{
    QElapsedTimer trace;
    trace.start();
    const auto report = qScopeGuard([&] {
        if (trace.elapsed() > 4)
            qCDebug(lcUi) << "storeBlock took" << trace.elapsed() << "ms";
    });
    // Keep the rows aligned with the ids: a report deleted meanwhile leaves a hole, not a shift.
    const qsizetype first = qsizetype(block) * kBlockRows;
    const qsizetype count = qMin<qsizetype>(kBlockRows, m_total - first);
    QList<ReportSummary> aligned;
    aligned.reserve(count);
    qsizetype next = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const Id id = m_ids.value(first + i);
        if (next < rows.size() && rows.at(next).id == id) {
            aligned.append(rows.at(next++));
        } else {
            ReportSummary gone;
            gone.id = id;
            gone.subject = tr("(removed on another workstation)");
            gone.status = ReportStatus::Closed;
            aligned.append(gone);
        }
    }
    m_blocks.insert(block, aligned);
    m_lru.removeOne(block);
    m_lru.append(block);
    while (m_lru.size() > kMaxBlocks)
        m_blocks.remove(m_lru.takeFirst());
    const int lastRow = int(first + count - 1);
    emit dataChanged(index(int(first), 0), index(lastRow, ColumnCount - 1));
    emit blockLoaded(int(first), lastRow);
}

void TriageModel::refreshReports(const QList<Id> &ids)
{
    QList<Id> loaded;
    for (Id id : ids) {
        for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
            for (const ReportSummary &r : it.value()) {
                if (r.id == id)
                    loaded.append(id);
            }
        }
    }
    if (loaded.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_worker->call<Result<QList<ReportSummary>>>(
        this, [loaded](Database &db) { return ReportListing::rows(db, loaded); },
        [this, generation](Result<QList<ReportSummary>> rows) {
            if (generation != m_generation || !rows.ok())
                return;
            for (const ReportSummary &fresh : rows.value()) {
                for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
                    for (qsizetype i = 0; i < it->size(); ++i) {
                        if ((*it)[i].id != fresh.id)
                            continue;
                        (*it)[i] = fresh;
                        const int row = it.key() * kBlockRows + int(i);
                        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                    }
                }
            }
        });
}

} // namespace desk::ui
