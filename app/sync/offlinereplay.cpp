// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinereplay.h"

#include <QFile>

namespace desk {

OfflineReplay replayOffline(Database &db, const User &user)
{
    OfflineReplay out;
    out.replay = Outbox::Replay{};
    if (!QFile::exists(Outbox::defaultPath()))
        return out; // nothing was ever kept offline on this computer
    auto outbox = Outbox::open();
    if (!outbox.ok()) {
        out.replay = outbox.error();
        return out;
    }
    out.replay = outbox.value()->replay(db, user);
    auto operations = outbox.value()->operations();
    if (!operations.ok()) {
        out.replay = operations.error();
        return out;
    }
    for (const OutboxOperation &op : operations.value()) {
        if (op.state == OutboxOperation::State::Conflict)
            out.conflicts << op;
    }
    return out;
}

} // namespace desk
