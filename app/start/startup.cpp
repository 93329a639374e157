// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include "store/database.h"
#include "store/migrator.h"
#include "store/publicationrepository.h"
#include "store/userrepository.h"
#include "tools/demodata.h"

namespace desk::Startup {

Status prepare(Database &db, bool withDemo, const QString &localHelpCenterFolder)
{
    auto migrated = Migrator(db).migrate();
    if (!migrated.ok())
        return migrated.error();
    if (withDemo) {
        auto demo = DemoGenerator(db, DemoOptions{}).run();
        if (!demo.ok())
            return demo.error();
    }
    if (!localHelpCenterFolder.isEmpty()) {
        const User setup{0, QStringLiteral("setup"), {}, Role::Admin, true};
        if (auto local = PublicationRepository(db, setup).useLocalHelpCenter(localHelpCenterFolder); !local.ok())
            return local.error();
    }
    return {};
}

People people(Database &db)
{
    People out;
    UserRepository users(db);
    if (db.isPostgres())
        out.current = users.current();
    else
        out.users = users.list();
    return out;
}

Result<User> signIn(Database &db, bool create, const QString &name, const QString &displayName, const QString &password)
{
    UserRepository users(db);
    if (create)
        return users.add(name, displayName, Role::Admin, password, name);
    return users.authenticate(name, password);
}

} // namespace desk::Startup
