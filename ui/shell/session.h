// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "store/databaseurl.h"

namespace desk {
class DbWorker;
}

namespace desk::ui {

/** Who is working, on which database, through which worker thread. */
struct Session
{
    User user;
    DatabaseUrl url;
    DbWorker *worker = nullptr;
};

} // namespace desk::ui
