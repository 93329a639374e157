// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "triage/reportquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace desk {
class DbWorker;
}

namespace desk::ui {

/**
 * The triage queue over the whole reports table. It holds only the ordered ids of the current
 * filter and fetches rows in blocks, on the worker thread, as the view asks for them; an LRU
 * keeps a bounded number of blocks. Sorting re-queries the database. Rows that change are
 * refetched and announced with dataChanged, so selection and scroll position stay.
 */
class TriageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageModel)

public:
    enum Column { Received, Age, Customer, ChannelColumn, LanguageColumn, Service, Subject, Status, Incident, ClaimedBy,
                  ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, VersionRole, StatusRole, LoadedRole };

    static constexpr int kBlockRows = 200;
    static constexpr int kMaxBlocks = 64;
    static constexpr int kFirstIds = kBlockRows; // one screenful; the rest follows

    explicit TriageModel(DbWorker *worker, QObject *parent = nullptr);
    ~TriageModel() override;

    void setQuery(const ReportQuery &query);
    const ReportQuery &query() const { return m_query; }
    /** Reads the filter again (after changes made elsewhere). */
    void reload();
    /** Refetches these reports' rows where they are loaded. */
    void refreshReports(const QList<Id> &ids);

    Id idAt(int row) const;
    const ReportSummary *summaryAt(int row) const;
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_idsComplete; }
    qint64 total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /** The first rows of a new query are in (ids and count known). */
    void queryLoaded(qint64 total, qint64 elapsedMs);
    /** Every id of the query is known: `total` rows. */
    void countKnown(qint64 total);
    /** A block of rows arrived. */
    void blockLoaded(int firstRow, int lastRow);
    void loadFailed(const QString &message);

private:
    QVariant displayText(const ReportSummary &r, int column) const;
    QVariant toolTip(const ReportSummary &r, int column) const;
    void requestBlock(int block) const;
    void storeBlock(int block, QList<ReportSummary> rows);
    void requestRemainingIds();
    void growTo(qint64 target, quint64 generation);

    DbWorker *m_worker;
    /** A second connection for the long id lists, so a new query's first rows never wait behind them. */
    DbWorker *m_listWorker = nullptr;
    bool m_listWorkerFailed = false;
    ReportQuery m_query;
    QList<Id> m_ids;
    qint64 m_total = 0;
    bool m_idsComplete = true;
    bool m_loading = false;
    quint64 m_generation = 0;
    // Caches that data() fills on demand.
    mutable QHash<int, QList<ReportSummary>> m_blocks;
    mutable QList<int> m_lru;
    mutable QSet<int> m_pending;
    mutable QSet<int> m_wanted; // asked for before their ids were known
};

} // namespace desk::ui
