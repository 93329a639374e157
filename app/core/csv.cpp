// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

namespace desk {

CsvReader::CsvReader(QIODevice *device, char separator) : m_device(device), m_separator(separator) {}

bool CsvReader::next(QList<QByteArray> *fields)
{
    fields->clear();
    m_unterminated = false;
    QByteArray field;
    bool inQuotes = false;
    bool any = false;
    m_recordLine = m_line + 1;
    while (true) {
        QByteArray line = m_device->readLine();
        if (line.isEmpty()) {
            if (!any)
                return false;
            m_unterminated = inQuotes;
            fields->append(field);
            return true;
        }
        ++m_line;
        any = true;
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!inQuotes && line.isEmpty() && fields->isEmpty() && field.isEmpty()) {
            m_recordLine = m_line + 1; // blank line between records
            any = false;
            continue;
        }
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char c = line.at(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < line.size() && line.at(i + 1) == '"') {
                        field.append('"');
                        ++i;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                inQuotes = true;
            } else if (c == m_separator) {
                fields->append(field);
                field.clear();
            } else {
                field.append(c);
            }
        }
        if (inQuotes) {
            field.append('\n');
            continue;
        }
        fields->append(field);
        return true;
    }
}

QByteArray csvLine(const QStringList &fields, char separator)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(separator);
        QByteArray f = fields.at(i).toUtf8();
        // A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a
        // formula: customer-written text such as =HYPERLINK(…) stays text behind an apostrophe.
        if (!f.isEmpty() && QByteArrayView("=+-@\t\r").contains(f.front()))
            f.prepend('\'');
        if (f.contains(separator) || f.contains('"') || f.contains('\n') || f.contains('\r')) {
            f.replace("\"", "\"\"");
            out.append('"').append(f).append('"');
        } else {
            out.append(f);
        }
    }
    out.append("\r\n");
    return out;
}

} // namespace desk
