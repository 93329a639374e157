// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

namespace desk {

namespace {
QString s_file;
}

Settings &Settings::instance()
{
    static Settings settings;
    return settings;
}

void Settings::useFile(const QString &path)
{
    s_file = path;
    instance().m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

Settings::Settings()
    : m_settings(s_file.isEmpty() ? std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                                                QStringLiteral("incident-desk"),
                                                                QStringLiteral("incident-desk"))
                                  : std::make_unique<QSettings>(s_file, QSettings::IniFormat))
{
}

QVariant Settings::value(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(key, fallback);
}

void Settings::setValue(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
}

QString Settings::lastDatabase() const
{
    return value(QStringLiteral("database/last")).toString();
}

void Settings::setLastDatabase(const QString &v)
{
    setValue(QStringLiteral("database/last"), v);
}

QString Settings::lastUser() const
{
    return value(QStringLiteral("session/lastUser")).toString();
}

void Settings::setLastUser(const QString &name)
{
    setValue(QStringLiteral("session/lastUser"), name);
}

bool Settings::firstRunDone() const
{
    return value(QStringLiteral("general/firstRunDone"), false).toBool();
}

void Settings::setFirstRunDone(bool done)
{
    setValue(QStringLiteral("general/firstRunDone"), done);
}

QString Settings::uiLanguage() const
{
    return value(QStringLiteral("general/language")).toString();
}

void Settings::setUiLanguage(const QString &language)
{
    setValue(QStringLiteral("general/language"), language);
}

QByteArray Settings::windowState() const
{
    return value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    setValue(QStringLiteral("window/state"), state);
}

QByteArray Settings::windowGeometry() const
{
    return value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::layout(const QString &name) const
{
    return value(QStringLiteral("layout/") + name).toByteArray();
}

void Settings::setLayout(const QString &name, const QByteArray &state)
{
    setValue(QStringLiteral("layout/") + name, state);
}

QMap<QString, QByteArray> Settings::savedFilters(const QString &user) const
{
    QMap<QString, QByteArray> out;
    m_settings->beginGroup(QStringLiteral("filters/") + user);
    const QStringList names = m_settings->childKeys();
    for (const QString &key : names)
        out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key.toUtf8())), m_settings->value(key).toByteArray());
    m_settings->endGroup();
    return out;
}

void Settings::saveFilter(const QString &user, const QString &name, const QByteArray &filter)
{
    setValue(QStringLiteral("filters/") + user + u'/' + QString::fromLatin1(name.toUtf8().toPercentEncoding()), filter);
}

void Settings::removeFilter(const QString &user, const QString &name)
{
    m_settings->remove(QStringLiteral("filters/") + user + u'/' + QString::fromLatin1(name.toUtf8().toPercentEncoding()));
}

QList<ConnectionProfile> Settings::profiles() const
{
    QList<ConnectionProfile> out;
    const int n = m_settings->beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.host = m_settings->value(QStringLiteral("host"), p.host).toString();
        p.port = m_settings->value(QStringLiteral("port"), p.port).toInt();
        p.database = m_settings->value(QStringLiteral("database"), p.database).toString();
        p.user = m_settings->value(QStringLiteral("user")).toString();
        p.sslMode = m_settings->value(QStringLiteral("sslmode"), p.sslMode).toString();
        out.append(p);
    }
    m_settings->endArray();
    return out;
}

void Settings::saveProfile(const ConnectionProfile &profile)
{
    QList<ConnectionProfile> all = profiles();
    bool replaced = false;
    for (ConnectionProfile &p : all) {
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(profile);
    m_settings->beginWriteArray(QStringLiteral("profiles"), int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), all.at(i).name);
        m_settings->setValue(QStringLiteral("host"), all.at(i).host);
        m_settings->setValue(QStringLiteral("port"), all.at(i).port);
        m_settings->setValue(QStringLiteral("database"), all.at(i).database);
        m_settings->setValue(QStringLiteral("user"), all.at(i).user);
        m_settings->setValue(QStringLiteral("sslmode"), all.at(i).sslMode);
    }
    m_settings->endArray();
}

void Settings::removeProfile(const QString &name)
{
    QList<ConnectionProfile> all = profiles();
    all.erase(std::remove_if(all.begin(), all.end(), [&](const ConnectionProfile &p) { return p.name == name; }),
              all.end());
    m_settings->remove(QStringLiteral("profiles"));
    for (const ConnectionProfile &p : all)
        saveProfile(p);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace desk
