// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace desk {

class Database;

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

struct SchemaStatus
{
    int current = 0; // highest applied
    int latest = 0;  // highest this program knows
    QList<Migration> pending;
};

/** Applies the numbered SQL files of `resources/schema/<engine>/` in order, each in a transaction. */
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(desk::Migrator)

public:
    explicit Migrator(Database &db);

    /** The migrations this program carries for the database's engine. */
    QList<Migration> available() const;
    Result<SchemaStatus> status() const;
    /** Brings the schema up to date; refuses a schema newer than the program. Returns how many applied. */
    Result<int> migrate();

private:
    Status ensureTable();

    Database &m_db;
};

} // namespace desk
