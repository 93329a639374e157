// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace desk::BuildInfo {

/** This program's version. */
QString version();
/** The libraries it runs on, as loaded now: name and version (for About and bug reports). */
QList<std::pair<QString, QString>> components();

} // namespace desk::BuildInfo
