// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "result.h"

namespace desk {

/**
 * The four-eyes workflow of a public update:
 * draft → submitted → approved | changes_requested → published.
 * Only a lead approves, never their own update, and a published update never changes.
 */
namespace UpdateWorkflow {

enum class Action { Edit, Submit, Withdraw, Approve, RequestChanges, Publish, Delete };

/** The status an action leads to (Edit of an approved update sends it back to draft). */
UpdateStatus targetStatus(UpdateStatus from, Action action);

/** Whether `actor` may do `action` on `update`; the error says why not. */
Status check(const User &actor, const Update &update, Action action);

} // namespace UpdateWorkflow
} // namespace desk
