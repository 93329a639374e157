// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpsink.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTest>

namespace desk::test {

SmtpSink::~SmtpSink()
{
    stop();
}

bool SmtpSink::start(QString *error, const QStringList &extraArguments)
{
    setFaults({});
    // Debian's interpreter, where python3-aiosmtpd is installed (not a per-user one earlier in PATH).
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral("/usr/bin/python3"),
                    QStringList{QStringLiteral(DESK_TESTS_DIR "/smtp-sink.py"), QStringLiteral("--dir"),
                                m_dir.filePath(QStringLiteral("mail")), QStringLiteral("--control"),
                                m_dir.filePath(QStringLiteral("faults.json"))}
                        + extraArguments);
    QByteArray out;
    const bool ready = QTest::qWaitFor([&] {
        out += m_process.readAllStandardOutput();
        return out.contains('\n') || m_process.state() == QProcess::NotRunning;
    }, 15000);
    if (!ready || !out.startsWith("READY ")) {
        *error = QStringLiteral("the SMTP test server did not start (is python3-aiosmtpd installed?): %1")
                     .arg(QString::fromLocal8Bit(out + m_process.readAllStandardError()).trimmed());
        stop();
        return false;
    }
    m_port = quint16(out.mid(6).trimmed().toUInt());
    return m_port != 0;
}

void SmtpSink::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

void SmtpSink::setFaults(const QJsonObject &faults)
{
    QSaveFile file(m_dir.filePath(QStringLiteral("faults.json")));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the SMTP faults");
    file.write(QJsonDocument(faults).toJson());
    if (!file.commit())
        qFatal("cannot write the SMTP faults");
}

QList<SmtpSink::Received> SmtpSink::received() const
{
    QList<Received> out;
    const QString folder = m_dir.filePath(QStringLiteral("mail"));
    QFile log(folder + QStringLiteral("/received.jsonl"));
    if (!log.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : log.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        Received r;
        r.file = o.value(QStringLiteral("file")).toString();
        r.mailFrom = o.value(QStringLiteral("mail_from")).toString();
        for (const QJsonValue &v : o.value(QStringLiteral("rcpt_tos")).toArray())
            r.rcptTos << v.toString();
        r.messageId = o.value(QStringLiteral("message_id")).toString();
        QFile eml(folder + u'/' + r.file);
        if (eml.open(QIODevice::ReadOnly))
            r.bytes = eml.readAll();
        out.append(r);
    }
    return out;
}

} // namespace desk::test
