// SPDX-License-Identifier: GPL-3.0-or-later
// A real SMTP server for a test: tests/smtp-sink.py (Debian's python3-aiosmtpd) on a free loopback
// port, recording every message it accepts, with faults a test switches on while it runs.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace desk::test {

class SmtpSink
{
public:
    struct Received
    {
        QString file;
        QString mailFrom;
        QStringList rcptTos;
        QString messageId; // as written, with its angle brackets
        QByteArray bytes;
    };

    ~SmtpSink();
    /** Starts the server; false (with the reason in `error`) when it cannot (python3-aiosmtpd missing …). */
    bool start(QString *error, const QStringList &extraArguments = {});
    void stop();
    quint16 port() const { return m_port; }
    /** Replaces the faults (see tests/smtp-sink.py); the server reads them at each step. */
    void setFaults(const QJsonObject &faults);
    /** Everything accepted so far, in order. */
    QList<Received> received() const;
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace desk::test
