// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace desk {

/**
 * RFC 4180 CSV read record by record from a device, with quoted fields that may hold
 * separators, quotes and newlines. Records are returned as raw UTF-8 so the caller can
 * report invalid text with the line it came from.
 */
class CsvReader final
{
public:
    explicit CsvReader(QIODevice *device, char separator = ',');

    /** Reads the next record; false at the end. `line()` is then the record's first line. */
    bool next(QList<QByteArray> *fields);
    qint64 line() const { return m_recordLine; }
    /** Set when the last record ended inside an open quote. */
    bool unterminatedQuote() const { return m_unterminated; }

private:
    QIODevice *m_device;
    char m_separator;
    qint64 m_line = 0;
    qint64 m_recordLine = 0;
    bool m_unterminated = false;
};

/** Writes CSV fields, quoting only when needed. */
/**
 * One CSV record (RFC 4180 quoting, CRLF). Cells that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) get a leading apostrophe.
 */
QByteArray csvLine(const QStringList &fields, char separator = ',');

} // namespace desk
