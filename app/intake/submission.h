// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace desk {

/** A file sent with a report (a screenshot, a PDF): kept as bytes, never run or rendered. */
struct SubmittedFile
{
    QString name; // the file name only, never a path
    QByteArray contentType;
    QByteArray data;
};

/** What is wrong with one field, for a web developer: the field's name and why. */
struct FieldProblem
{
    QString field;
    QString message;
};

/**
 * A report as the contact form sends it, parsed from JSON (`application/json`, the import's
 * fields), a plain HTML form (`application/x-www-form-urlencoded`) or a form with files
 * (`multipart/form-data`), and checked field by field. The HTTP status for each kind of problem
 * is decided here, so that every endpoint answers the same way: 400 malformed, 413 too large,
 * 415 an unknown content type, 422 fields that are wrong (all of them listed).
 */
class Submission final
{
    Q_DECLARE_TR_FUNCTIONS(desk::Submission)

public:
    static constexpr qsizetype kMaxBodyChars = 100000;
    static constexpr qsizetype kMaxSubjectChars = 500;
    static constexpr qsizetype kMaxFieldChars = 1000;   // every other field
    static constexpr qsizetype kMaxFields = 100;        // a form with more is not a contact form
    static constexpr qsizetype kMaxFileBytes = 10 * 1024 * 1024;
    static constexpr qsizetype kMaxFiles = 10;

    struct Parsed
    {
        int status = 0; // 0 when it parsed and every field is right
        QString message;                // what is wrong, when status is 400, 413 or 415
        QList<FieldProblem> problems;   // with status 422
        QHash<QString, QString> fields; // as sent, names lower-case
        QList<SubmittedFile> files;
        bool ok() const { return status == 0; }
    };

    /** Parses a request body by its Content-Type (parameters such as charset and boundary included). */
    static Parsed parse(const QByteArray &contentType, const QByteArray &body);

    struct CheckOptions
    {
        bool requireRef = false;        // the import needs external_ref; the form may leave it out
        bool requireReceivedAt = false; // otherwise: now
        Channel defaultChannel = Channel::ContactForm;
        bool limitOtherFields = true;   // NUL characters and 1,000 characters for the short fields
    };
    /**
     * Checks the fields as a report: external_ref, received_at (ISO 8601), channel, language,
     * subject or body, customer fields, service (a key of `serviceKeys`). Fills `row` and returns
     * every problem found, each a sentence that names its field. The importer uses it too.
     */
    static QList<FieldProblem> check(const QHash<QString, QString> &fields, const QHash<QString, Id> &serviceKeys,
                                     struct ReportRow *row, const CheckOptions &options);

    /** `bytes` as text; false when they are not valid UTF-8 (the importer's files too). */
    static bool decodeUtf8(const QByteArray &bytes, QString *out);

private:
    static Parsed parseJson(const QByteArray &body);
    static Parsed parseForm(const QByteArray &body);
    static Parsed parseMultipart(const QByteArray &boundary, const QByteArray &body);
};

} // namespace desk
