// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <functional>

namespace desk {

/** Where an asynchronous read or change answers, on the caller's thread. */
template<typename T>
using Reply = std::function<void(Result<T>)>;
/** What to do instead when the database cannot be reached at all. */
using Offline = std::function<void()>;

} // namespace desk
