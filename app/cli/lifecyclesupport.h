// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "store/updaterepository.h"
#include "triage/reportquery.h"

#include <QJsonObject>

namespace desk {
class Database;
class IncidentRepository;
}

namespace desk::cli {

/** What `--json` prints of each thing: keys as in the database, times in UTC ISO 8601, null when unset. */
QJsonObject toJson(const Report &report);
QJsonObject toJson(const ReportSummary &report);
QJsonObject toJson(const Incident &incident);
QJsonObject toJson(const Update &update, const UpdateBodies &bodies = {});
QJsonObject toJson(const PublicationJob &job);

/** A customer's text made safe for a terminal: control characters (escape sequences) shown, not run. */
QString terminalSafe(const QString &text, bool keepNewlines = false);

/** An incident by its reference (INC-2026-0042) or its number. */
Result<Incident> findIncident(const IncidentRepository &incidents, const QString &referenceOrId);

/** Report numbers from "12,13 14" and repeated options. */
Result<QList<Id>> parseIds(const QStringList &values);

/** Positive whole number or the error a person can act on. */
Result<Id> parseId(const QString &value, const QString &what);

/**
 * Update texts from `LANG=FILE` pairs (FILE `-` is standard input, once); an empty FILE
 * (`fr=`) removes that language on edit.
 */
Result<QMap<Language, std::optional<QString>>> readBodies(const QStringList &pairs);

/** The version to expect: --expect-version when given, else the one just read. */
Result<int> expectedVersion(const QString &option, int current);

} // namespace desk::cli
