// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "intake/intakeitem.h"

#include <QList>

namespace desk {

class Database;

/**
 * Writes accepted reports into the team database in one transaction (a group commit): a
 * repeated idempotency key or reference gets the report stored the first time, every other
 * item one multi-row INSERT, then the keys and the files. Nothing is half-written: the whole
 * batch commits or none of it does.
 */
class IntakeBatchWriter final
{
public:
    explicit IntakeBatchWriter(Database &db) : m_db(db) {}

    /** One outcome per item, in order: Created or AlreadyReceived, with the report's id and reference. */
    Result<QList<IntakeOutcome>> write(const QList<IntakeItem> &items);

    /** Most reports per INSERT statement (the engines' limits on bound values). */
    static constexpr qsizetype kMaxRowsPerStatement = 500;

private:
    Status joinIncidents(QList<IntakeItem> &items);
    Status findEarlierKeys(const QList<IntakeItem> &items, QList<IntakeOutcome> &outcomes);
    Status insertNew(const QList<IntakeItem> &items, QList<IntakeOutcome> &outcomes);
    Status rememberKeys(const QList<IntakeItem> &items, const QList<IntakeOutcome> &outcomes);
    Status storeFiles(const QList<IntakeItem> &items, const QList<IntakeOutcome> &outcomes);

    Database &m_db;
};

} // namespace desk
