// SPDX-License-Identifier: GPL-3.0-or-later
#include "triagefilterbar.h"

#include "core/clock.h"
#include "core/settings.h"
#include "domain/labels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QTimer>

namespace desk::ui {

namespace {
constexpr int kOpen = -2; // "open": new or claimed

QComboBox *combo(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents); // whole words in every language
    return box;
}
} // namespace

TriageFilterBar::TriageFilterBar(const QString &userName, QWidget *parent)
    : QWidget(parent),
      m_user(userName),
      m_status(combo(this, QStringLiteral("statusFilter"), tr("Status"))),
      m_service(combo(this, QStringLiteral("serviceFilter"), tr("Service"))),
      m_channel(combo(this, QStringLiteral("channelFilter"), tr("Channel"))),
      m_language(combo(this, QStringLiteral("languageFilter"), tr("Language"))),
      m_age(combo(this, QStringLiteral("ageFilter"), tr("Received"))),
      m_claimed(combo(this, QStringLiteral("claimedFilter"), tr("Claimed by"))),
      m_saved(combo(this, QStringLiteral("savedFilters"), tr("Saved filters"))),
      m_search(new QLineEdit(this)),
      m_debounce(new QTimer(this))
{
    m_status->addItem(tr("Open (new or claimed)"), kOpen);
    m_status->addItem(tr("Any status"), -1);
    for (ReportStatus s : allValues<ReportStatus>())
        m_status->addItem(label(s), int(s));
    m_service->addItem(tr("Any service"), QString());
    m_channel->addItem(tr("Any channel"), -1);
    for (Channel c : allValues<Channel>())
        m_channel->addItem(label(c), int(c));
    m_language->addItem(tr("Any language"), -1);
    for (Language l : allValues<Language>())
        m_language->addItem(label(l), int(l));
    m_age->addItem(tr("Any time"), 0);
    m_age->addItem(tr("Last hour"), 60);
    m_age->addItem(tr("Last 24 hours"), 24 * 60);
    m_age->addItem(tr("Last 7 days"), 7 * 24 * 60);
    m_age->addItem(tr("Last 30 days"), 30 * 24 * 60);
    m_claimed->addItem(tr("Anyone or no one"), QString());
    m_claimed->addItem(tr("Not claimed"), QStringLiteral("-"));
    m_claimed->addItem(tr("Claimed by me"), userName);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search reports"));
    m_search->setPlaceholderText(tr("Search subject, text and customer…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);

    // The search and the saved filters above, the filters below: each readable whole, in French
    // or German too, on a laptop's screen.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_saved);
    auto *filterRow = new QHBoxLayout;
    for (QComboBox *box : {m_status, m_service, m_channel, m_language, m_age, m_claimed})
        filterRow->addWidget(box);
    filterRow->addStretch(1);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    loadSavedFilters();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &TriageFilterBar::queryChanged);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        emit queryChanged();
    });
    for (QComboBox *box : {m_status, m_service, m_channel, m_language, m_age, m_claimed}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_applying)
                emit queryChanged();
        });
    }
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        const QString action = m_saved->itemData(index).toString();
        if (action == QLatin1String("save")) {
            saveCurrentFilter();
        } else if (!action.isEmpty()) {
            const auto saved = Settings::instance().savedFilters(m_user);
            if (saved.contains(action))
                setQuery(ReportQuery::fromJson(saved.value(action)));
        }
        m_saved->setCurrentIndex(0);
    });
}

void TriageFilterBar::loadSavedFilters()
{
    m_saved->clear();
    m_saved->addItem(tr("Saved filters"), QString());
    const auto saved = Settings::instance().savedFilters(m_user);
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        m_saved->addItem(it.key(), it.key());
    m_saved->addItem(tr("Save this filter…"), QStringLiteral("save"));
}

void TriageFilterBar::saveCurrentFilter()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveFilterDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save filter"));
    dialog->setLabelText(tr("Name of the filter:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (name.trimmed().isEmpty())
            return;
        Settings::instance().saveFilter(m_user, name.trimmed(), query().toJson());
        Settings::instance().sync();
        loadSavedFilters();
    });
    dialog->open();
}

void TriageFilterBar::setServices(const QList<Service> &services)
{
    const QString current = m_service->currentData().toString();
    m_applying = true;
    while (m_service->count() > 1)
        m_service->removeItem(1);
    for (const Service &s : services)
        m_service->addItem(s.name, s.key);
    m_service->setCurrentIndex(qMax(0, m_service->findData(current)));
    m_applying = false;
}

void TriageFilterBar::showStatus(ReportStatus status)
{
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(status))));
}

ReportQuery TriageFilterBar::query() const
{
    ReportQuery q;
    const int status = m_status->currentData().toInt();
    if (status == kOpen)
        q.statuses = {ReportStatus::New, ReportStatus::Claimed};
    else if (status >= 0)
        q.statuses = {ReportStatus(status)};
    if (const QString service = m_service->currentData().toString(); !service.isEmpty())
        q.serviceKeys = {service};
    if (const int channel = m_channel->currentData().toInt(); channel >= 0)
        q.channels = {Channel(channel)};
    if (const int language = m_language->currentData().toInt(); language >= 0)
        q.languages = {Language(language)};
    if (const int minutes = m_age->currentData().toInt(); minutes > 0)
        q.receivedAfter = Clock::now().addSecs(-qint64(minutes) * 60);
    q.claimedBy = m_claimed->currentData().toString();
    q.text = m_search->text().trimmed();
    return q;
}

void TriageFilterBar::setQuery(const ReportQuery &q)
{
    m_applying = true;
    int status = -1;
    if (q.statuses == QList<ReportStatus>{ReportStatus::New, ReportStatus::Claimed})
        status = kOpen;
    else if (q.statuses.size() == 1)
        status = int(q.statuses.first());
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
    m_service->setCurrentIndex(qMax(0, m_service->findData(q.serviceKeys.value(0))));
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(q.channels.isEmpty() ? -1 : int(q.channels.first()))));
    m_language->setCurrentIndex(qMax(0, m_language->findData(q.languages.isEmpty() ? -1 : int(q.languages.first()))));
    m_claimed->setCurrentIndex(qMax(0, m_claimed->findData(q.claimedBy)));
    m_search->blockSignals(true);
    m_search->setText(q.text);
    m_search->blockSignals(false);
    m_applying = false;
    emit queryChanged();
}

} // namespace desk::ui
