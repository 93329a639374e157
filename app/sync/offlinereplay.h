// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/outbox.h"

namespace desk {

class Database;

/** What replaying the offline outbox did, and the saved incidents that now need a merge. */
struct OfflineReplay
{
    Result<Outbox::Replay> replay = Error::invalid(QString());
    QList<OutboxOperation> conflicts;
};

/**
 * Sends what this computer kept while the database was unreachable, in order, once each (on
 * the worker, as `user`). Nothing to do when nothing was ever kept here.
 */
OfflineReplay replayOffline(Database &db, const User &user);

} // namespace desk
