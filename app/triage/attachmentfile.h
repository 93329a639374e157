// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace desk {

/** One entry of a report's `attachments` list. */
struct AttachmentInfo
{
    int position = 0;
    QString name;
    QString contentType;
    qint64 size = 0;
};

/**
 * What the desk does with a file a customer sent. It is opened only from a copy in a private
 * temporary folder, never executable, and only when the desktop's viewer for it only shows it
 * (pictures, PDF, plain text): anything that could run or render as a page (programs, scripts,
 * HTML, SVG, office files with macros) is only saved where the agent chooses.
 */
namespace AttachmentFile {

/** The report's `attachments` column (a JSON array of {name, type, size}); bad entries are skipped. */
QList<AttachmentInfo> parseList(const QString &json);
/** Whether opening it in the desktop's viewer only shows it. */
bool safeToOpen(const QString &name, const QString &contentType);
/** A file name that is safe on this computer: no folders, no hidden or empty names, 120 characters at most. */
QString safeName(const QString &name);
/** Writes `data` as `dir/<safe name>`, owner read-only; the path. */
Result<QString> writeCopy(const QString &dir, const QString &name, const QByteArray &data);

} // namespace AttachmentFile

} // namespace desk
