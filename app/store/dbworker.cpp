// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbworker.h"

#include "core/logging.h"

#include <QCoreApplication>

namespace desk {

DbWorker::DbWorker(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("desk-db"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

DbWorker::~DbWorker()
{
    // Long work in progress (a backlog of publications) stops at its next step rather than being
    // waited for: what is left is picked up at the next start.
    m_thread.requestInterruption();
    // The connection must close in the thread that opened it.
    QMetaObject::invokeMethod(m_context, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DbWorker::open(const DatabaseUrl &url)
{
    m_url = url;
    QMetaObject::invokeMethod(m_context, [this, url] {
        m_threadUrl = url;
        auto db = Database::open(url);
        const bool ok = db.ok();
        const QString error = db.errorString();
        if (ok)
            m_db = std::move(db).value();
        QMetaObject::invokeMethod(this, [this, ok, error] {
            m_open = ok;
            emit opened(ok, error);
        }, Qt::QueuedConnection);
    });
}

void DbWorker::post(std::function<void(Database &)> job, std::function<void()> unavailable)
{
    QMetaObject::invokeMethod(m_context, [this, job = std::move(job), unavailable = std::move(unavailable)] {
        if (m_db && !m_db->isAlive()) {
            // The server restarted or the network dropped: a new connection for this job.
            qCInfo(lcStore) << "worker connection lost; reconnecting";
            m_db.reset();
        }
        if (!m_db && m_threadUrl) {
            auto db = Database::open(*m_threadUrl);
            if (db.ok())
                m_db = std::move(db).value();
        }
        if (!m_db) {
            if (unavailable)
                unavailable();
            else
                qCWarning(lcStore) << "database job dropped: no connection";
            return;
        }
        job(*m_db);
    });
}

} // namespace desk
