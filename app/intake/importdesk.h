// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/reportimporter.h"
#include "store/databaseurl.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace desk {

class DbWorker;

/**
 * Imports a file of reports for a window: on a connection of its own (an import of a hundred
 * thousand rows would hold up every other page on the shared one), with progress and Cancel.
 * Cancelling, or closing the window, rolls the whole import back.
 */
class ImportDesk final : public QObject
{
    Q_OBJECT

public:
    ImportDesk(DatabaseUrl url, QString actor, QObject *parent = nullptr);
    ~ImportDesk() override;

    void start(const QString &path);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(qint64 rows, int percent);
    void finished(const desk::Result<desk::ImportSummary> &result);

private:
    DatabaseUrl m_url;
    QString m_actor;
    DbWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    bool m_running = false;
};

} // namespace desk
