// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace desk {

/** What one run of the publication runner did. */
struct RunnerReport
{
    int done = 0;
    int retrying = 0;
    int failed = 0;
    int waiting = 0;
    int refreshed = 0; // reviewed incidents' pages published again
};

} // namespace desk
