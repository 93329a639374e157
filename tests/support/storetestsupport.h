// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the storage tests: people and their workstations on either engine.
#pragma once

#include "store/userrepository.h"
#include "testdatabase.h"

#include <QTest>

namespace desk::test {

inline const QString kPassword = QStringLiteral("secret-password");

inline User makeUser(TestDatabase &t, const QString &name, Role role)
{
    auto user = UserRepository(t.db()).add(name, name, role, kPassword, QStringLiteral("test"));
    if (!user.ok())
        qFatal("cannot create user %s: %s", qPrintable(name), qPrintable(user.errorString()));
    return user.value();
}

/** A connection as `user` would have it: their own login role on PostgreSQL. */
inline std::unique_ptr<Database> workstation(TestDatabase &t, const User &user)
{
    if (t.db().isPostgres()) {
        QString error;
        auto db = t.connectAs(user.name, kPassword, &error);
        if (!db)
            qFatal("cannot log in as %s: %s", qPrintable(user.name), qPrintable(error));
        return db;
    }
    return t.connectAgain();
}

} // namespace desk::test
