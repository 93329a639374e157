// SPDX-License-Identifier: GPL-3.0-or-later
#include "updateworkflow.h"

#include <QCoreApplication>

namespace desk::UpdateWorkflow {

/** This file's texts, in the translators' context desk::UpdateWorkflow. */
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(desk::UpdateWorkflow)
};

UpdateStatus targetStatus(UpdateStatus from, Action action)
{
    switch (action) {
    case Action::Edit:
        return from == UpdateStatus::Approved ? UpdateStatus::Draft : from;
    case Action::Submit:
        return UpdateStatus::Submitted;
    case Action::Withdraw:
        return UpdateStatus::Draft;
    case Action::Approve:
        return UpdateStatus::Approved;
    case Action::RequestChanges:
        return UpdateStatus::ChangesRequested;
    case Action::Publish:
        return UpdateStatus::Published;
    case Action::Delete:
        return from;
    }
    return from;
}

Status check(const User &actor, const Update &update, Action action)
{
    const bool isAuthor = actor.name == update.author;
    const UpdateStatus s = update.status;

    if (s == UpdateStatus::Published)
        return Error::forbidden(Texts::tr("A published update never changes; write a new update to correct it."));

    switch (action) {
    case Action::Edit:
        if (s == UpdateStatus::Submitted)
            return Error::forbidden(Texts::tr("The update is waiting for approval; withdraw it before editing."));
        return {};
    case Action::Delete:
        if (!isAuthor && !actor.isLead())
            return Error::forbidden(Texts::tr("Only the author or a lead can delete an unpublished update."));
        return {};
    case Action::Submit:
        if (s != UpdateStatus::Draft && s != UpdateStatus::ChangesRequested)
            return Error::forbidden(Texts::tr("Only a draft or an update with requested changes can be submitted."));
        return {};
    case Action::Withdraw:
        if (s != UpdateStatus::Submitted)
            return Error::forbidden(Texts::tr("Only a submitted update can be withdrawn."));
        if (!isAuthor && !actor.isLead())
            return Error::forbidden(Texts::tr("Only the author can withdraw the update."));
        return {};
    case Action::Approve:
    case Action::RequestChanges:
        if (!actor.isLead())
            return Error::forbidden(Texts::tr("Only a team lead can review updates."));
        if (isAuthor)
            return Error::forbidden(Texts::tr("Nobody reviews their own update: another lead must do it."));
        if (s != UpdateStatus::Submitted)
            return Error::forbidden(Texts::tr("Only a submitted update can be reviewed."));
        return {};
    case Action::Publish:
        if (!actor.isLead())
            return Error::forbidden(Texts::tr("Only a team lead can publish updates."));
        if (s != UpdateStatus::Approved)
            return Error::forbidden(Texts::tr("Only an approved update can be published."));
        return {};
    }
    return Error::invalid(Texts::tr("Unknown action."));
}

} // namespace desk::UpdateWorkflow
