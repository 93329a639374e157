// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "store/reply.h"

class QObject;

namespace desk {

class DbWorker;

/**
 * A report taken on the phone, written down by an agent: checked like a report from the contact
 * form (subject or text, the customer's address, the language, the limits), stored with the
 * channel phone and a reference of its own, in the triage queue like any other.
 */
class PhoneReport final
{
public:
    PhoneReport(DbWorker *worker, User actor) : m_worker(worker), m_actor(std::move(actor)) {}

    /** Stores `report` (its channel, reference and time are set here); answers the new report's id. */
    void add(QObject *context, const Report &report, Reply<Id> reply, Offline offline = {}) const;

    /** What is wrong with `report` as a phone report, a sentence per field; empty when it can be stored. */
    static QStringList problems(const Report &report);

private:
    DbWorker *m_worker;
    User m_actor;
};

} // namespace desk
