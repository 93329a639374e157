// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/promisemetrics.h"
#include "store/reply.h"

class QObject;

namespace desk {

class DbWorker;

/** The promise metrics of a period for a window, computed on the worker's connection. */
class MetricsDesk final
{
public:
    explicit MetricsDesk(DbWorker *worker) : m_worker(worker) {}

    void load(QObject *context, qint64 fromMs, qint64 toMs, Reply<PromiseMetrics::Facts> reply, Offline offline = {}) const;

private:
    DbWorker *m_worker;
};

} // namespace desk
