// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutmemory.h"

#include "core/settings.h"

#include <QEvent>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QWidget>

namespace desk::ui::LayoutMemory {

namespace {
QString settingsKey(const QString &key, const char *what)
{
    return QStringLiteral("%1/%2").arg(key, QLatin1String(what));
}

/** Saves a little after the last change (a drag resizes a column many times a second). */
QTimer *debounced(QObject *owner, std::function<void()> save)
{
    auto *timer = new QTimer(owner);
    timer->setSingleShot(true);
    timer->setInterval(400);
    QObject::connect(timer, &QTimer::timeout, owner, std::move(save));
    return timer;
}

class GeometryKeeper final : public QObject
{
public:
    GeometryKeeper(QWidget *window, QString key) : QObject(window), m_window(window), m_key(std::move(key)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && (event->type() == QEvent::Close || event->type() == QEvent::Hide))
            Settings::instance().setLayout(m_key, m_window->saveGeometry());
        return false;
    }

private:
    QWidget *m_window;
    QString m_key;
};
} // namespace

bool keep(QHeaderView *header, const QString &key)
{
    const QString name = settingsKey(key, "columns");
    const QByteArray saved = Settings::instance().layout(name);
    const bool restored = !saved.isEmpty() && header->restoreState(saved);
    // The header shows the sort again; the rows follow it only when asked.
    if (auto *view = qobject_cast<QTableView *>(header->parentWidget()); restored && view && view->isSortingEnabled())
        view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    QTimer *save = debounced(header, [header, name] { Settings::instance().setLayout(name, header->saveState()); });
    QObject::connect(header, &QHeaderView::sectionResized, save, qOverload<>(&QTimer::start));
    QObject::connect(header, &QHeaderView::sectionMoved, save, qOverload<>(&QTimer::start));
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, save, qOverload<>(&QTimer::start));
    return restored;
}

bool keep(QSplitter *splitter, const QString &key)
{
    const QString name = settingsKey(key, "splitter");
    const QByteArray saved = Settings::instance().layout(name);
    const bool restored = !saved.isEmpty() && splitter->restoreState(saved);
    QTimer *save = debounced(splitter, [splitter, name] { Settings::instance().setLayout(name, splitter->saveState()); });
    QObject::connect(splitter, &QSplitter::splitterMoved, save, qOverload<>(&QTimer::start));
    return restored;
}

bool keepGeometry(QWidget *window, const QString &key)
{
    const QString name = settingsKey(key, "geometry");
    const QByteArray saved = Settings::instance().layout(name);
    const bool restored = !saved.isEmpty() && window->restoreGeometry(saved);
    window->installEventFilter(new GeometryKeeper(window, name));
    return restored;
}

} // namespace desk::ui::LayoutMemory
