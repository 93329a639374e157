// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace desk {

/**
 * A thread with its own database connection. The GUI hands it jobs and gets the results back
 * on its own thread, so it never waits for the database.
 */
class DbWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbWorker)

public:
    explicit DbWorker(QObject *parent = nullptr);
    ~DbWorker() override;

    /** Opens the connection in the worker thread; emits opened() when done. */
    void open(const DatabaseUrl &url);
    bool isOpen() const { return m_open; }
    const DatabaseUrl &url() const { return m_url; }

    /** Runs `job` on the worker's connection; fire and forget. Without a connection (and no way
     *  to make one now) `unavailable` runs instead, in the worker thread. */
    void post(std::function<void(Database &)> job, std::function<void()> unavailable = {});

    /**
     * Runs `job` on the worker, then `done` with its result on `context`'s thread, unless
     * `context` is gone by then. The result is posted to an object that outlives the job (this
     * worker, when `context` shares its thread) and `context` is checked there: checking a
     * QPointer in the worker thread and then posting to it races with its destruction.
     */
    template<typename R>
    void call(QObject *context, std::function<R(Database &)> job, std::function<void(R)> done,
              std::function<void()> offline = {})
    {
        QPointer<QObject> guard(context);
        QObject *receiver = context && context->thread() == thread() ? static_cast<QObject *>(this) : context;
        std::function<void()> unavailable;
        if (offline) {
            unavailable = [receiver, guard, offline = std::move(offline)] {
                QMetaObject::invokeMethod(receiver, [guard, offline] {
                    if (guard)
                        offline();
                }, Qt::QueuedConnection);
            };
        }
        post([receiver, guard, job = std::move(job), done = std::move(done)](Database &db) mutable {
            auto result = std::make_shared<R>(job(db));
            QMetaObject::invokeMethod(receiver, [guard, done = std::move(done), result] {
                if (guard)
                    done(std::move(*result));
            }, Qt::QueuedConnection);
        }, std::move(unavailable));
    }

signals:
    void opened(bool ok, const QString &error);

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread
    std::unique_ptr<Database> m_db; // touched only in m_thread
    std::optional<DatabaseUrl> m_threadUrl; // touched only in m_thread: for reconnecting
    bool m_open = false;
    DatabaseUrl m_url;
};

} // namespace desk
