// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace desk {

/**
 * What a session's notice offers to do next; a window shows it as a button ("Try again",
 * "Write the resolution"), the service or a test can act on it directly.
 */
enum class NextStep {
    None,
    RetryLoad,
    RetrySave,
    SaveAndMerge, ///< edits are kept over someone else's save: saving offers the merge
    Merge,        ///< the merge was put off: saving again offers it again
    WriteAcknowledgement,
    WriteResolution,
    OpenReview,
    Withdraw, ///< a submitted update goes back to its author's drafts
};

} // namespace desk
