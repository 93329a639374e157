// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace desk::test {

/**
 * An X server of its own (Xvfb) for driving the real program, and xdotool to type into it.
 * Xvfb picks a free display itself and writes its number to -displayfd only once it accepts
 * connections: no race with another X server starting now, nor with a socket not yet listening.
 */
class VirtualDisplay final
{
public:
    VirtualDisplay() = default;
    ~VirtualDisplay();
    Q_DISABLE_COPY_MOVE(VirtualDisplay)

    /** Whether Xvfb and xdotool are installed (packaging/install-deps.sh installs them). */
    static bool available();
    /** Starts Xvfb; false (with `why`) when it did not come up within 20 s. */
    bool start(QString *why);
    /** ":N", for DISPLAY. */
    QString display() const { return m_display; }

    /** Runs xdotool on this display; its standard output in `out`. */
    bool xdo(const QStringList &args, QString *out = nullptr) const;
    /** The newest visible window whose title matches `title` (a regular expression), focused; empty when none. */
    QString findWindow(const QString &title) const;

private:
    QProcess m_xvfb;
    QString m_display;
};

} // namespace desk::test
