// SPDX-License-Identifier: GPL-3.0-or-later
#include "virtualdisplay.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace desk::test {

VirtualDisplay::~VirtualDisplay()
{
    if (m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(5000);
    }
}

bool VirtualDisplay::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty();
}

bool VirtualDisplay::start(QString *why)
{
    m_xvfb.setProcessChannelMode(QProcess::SeparateChannels);
    m_xvfb.start(QStandardPaths::findExecutable(QStringLiteral("Xvfb")),
                 {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"), QStringLiteral("0"),
                  QStringLiteral("1280x1024x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    if (!m_xvfb.waitForStarted(10000)) {
        *why = m_xvfb.errorString();
        return false;
    }
    QByteArray number;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000 && m_xvfb.state() == QProcess::Running && !number.contains('\n')) {
        m_xvfb.waitForReadyRead(500);
        number += m_xvfb.readAllStandardOutput();
    }
    bool ok = false;
    const int display = number.trimmed().toInt(&ok);
    if (!ok) {
        *why = QStringLiteral("Xvfb did not start: ") + QString::fromLocal8Bit(m_xvfb.readAllStandardError());
        return false;
    }
    m_display = QStringLiteral(":%1").arg(display);
    return true;
}

bool VirtualDisplay::xdo(const QStringList &args, QString *out) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("xdotool"), args);
    if (!p.waitForFinished(15000))
        return false;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString VirtualDisplay::findWindow(const QString &title) const
{
    QString ids;
    if (!xdo({QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"), title}, &ids)
        || ids.isEmpty())
        return {};
    const QString id = ids.split(QLatin1Char('\n')).constLast();
    xdo({QStringLiteral("windowfocus"), QStringLiteral("--sync"), id});
    return id;
}

} // namespace desk::test
