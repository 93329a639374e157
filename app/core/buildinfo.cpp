// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildinfo.h"

#include <cmark-gfm.h>
#include <curl/curl.h>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <QtGlobal>

namespace desk::BuildInfo {

QString version()
{
    return QStringLiteral(DESK_VERSION);
}

QList<std::pair<QString, QString>> components()
{
    const int pq = PQlibVersion(); // e.g. 150005
    return {{QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
            {QStringLiteral("libpq"), QStringLiteral("%1.%2").arg(pq / 10000).arg(pq % 100)},
            {QStringLiteral("libcurl"), QString::fromLatin1(curl_version_info(CURLVERSION_NOW)->version)},
            {QStringLiteral("cmark-gfm"), QString::fromLatin1(cmark_version_string())}};
}

} // namespace desk::BuildInfo
