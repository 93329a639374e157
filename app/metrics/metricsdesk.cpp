// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsdesk.h"

#include "core/clock.h"
#include "store/dbworker.h"
#include "store/metricsrepository.h"

namespace desk {

void MetricsDesk::load(QObject *context, qint64 fromMs, qint64 toMs, Reply<PromiseMetrics::Facts> reply,
                       Offline offline) const
{
    const qint64 now = Clock::nowMs();
    m_worker->call<Result<PromiseMetrics::Facts>>(
        context, [fromMs, toMs, now](Database &db) { return MetricsRepository(db).facts(fromMs, toMs, now); },
        std::move(reply), std::move(offline));
}

} // namespace desk
