// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdesk.h"

#include "store/dbworker.h"

#include <QPointer>

namespace desk {

ImportDesk::ImportDesk(DatabaseUrl url, QString actor, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_actor(std::move(actor))
{
}

ImportDesk::~ImportDesk()
{
    *m_cancelled = true; // the worker's thread finishes the import's rollback before it stops
}

void ImportDesk::start(const QString &path)
{
    if (m_running)
        return;
    m_running = true;
    *m_cancelled = false;
    if (!m_worker) {
        m_worker = new DbWorker(this);
        m_worker->open(m_url);
    }
    // Progress goes through the worker object, which outlives its thread's job; this desk may not.
    const QPointer<ImportDesk> self(this);
    DbWorker *worker = m_worker;
    m_worker->call<Result<ImportSummary>>(
        this,
        [path, actor = m_actor, cancelled = m_cancelled, self, worker](Database &db) {
            ReportImporter importer(db, actor);
            importer.setCancel([cancelled] { return cancelled->load(); });
            importer.setProgress([self, worker](qint64 rows, qint64 bytes, qint64 total) {
                const int percent = total > 0 ? int(100 * bytes / total) : 100;
                QMetaObject::invokeMethod(worker, [self, rows, percent] {
                    if (self)
                        emit self->progress(rows, percent);
                }, Qt::QueuedConnection);
            });
            return importer.importFile(path);
        },
        [this](Result<ImportSummary> result) {
            m_running = false;
            emit finished(result);
        },
        [this] {
            m_running = false;
            emit finished(Error{Error::Code::Unavailable,
                                tr("The database cannot be reached: nothing was imported. Try again when it is back.")});
        });
}

void ImportDesk::cancel()
{
    *m_cancelled = true;
}

} // namespace desk
