// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace desk {

/** A PostgreSQL connection as the user saved it; the password lives in the keychain only. */
struct ConnectionProfile
{
    QString name;
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database = QStringLiteral("incident_desk");
    QString user;
    QString sslMode = QStringLiteral("prefer");
};

/**
 * The one typed facade over QSettings; widgets never touch QSettings themselves.
 * Tests point it at a temporary file with useFile().
 */
class Settings final
{
public:
    static Settings &instance();
    /** Use this INI file instead of the platform location (tests, portable use). */
    static void useFile(const QString &path);

    QString lastDatabase() const;        // SQLite path or profile:<name>
    void setLastDatabase(const QString &value);
    QString lastUser() const;
    void setLastUser(const QString &name);
    bool firstRunDone() const;
    void setFirstRunDone(bool done);
    QString uiLanguage() const;          // empty: follow the system
    void setUiLanguage(const QString &language);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    /** A table's columns, a splitter's sizes, a window's geometry, by a name of the UI's choosing. */
    QByteArray layout(const QString &name) const;
    void setLayout(const QString &name, const QByteArray &state);

    /** Saved triage filters of one user: name → filter as JSON. */
    QMap<QString, QByteArray> savedFilters(const QString &user) const;
    void saveFilter(const QString &user, const QString &name, const QByteArray &filter);
    void removeFilter(const QString &user, const QString &name);

    QList<ConnectionProfile> profiles() const;
    void saveProfile(const ConnectionProfile &profile);
    void removeProfile(const QString &name);

    void sync();

private:
    Settings();
    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace desk
