// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "triage/reportquery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace desk::ui {

/** Status, service, channel, language, age, claimed-by and free-text filters of the queue. */
class TriageFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageFilterBar)

public:
    TriageFilterBar(const QString &userName, QWidget *parent = nullptr);
    ~TriageFilterBar() override = default;

    void setServices(const QList<Service> &services);
    /** The filter; sort order is the model's. */
    ReportQuery query() const;
    void setQuery(const ReportQuery &query);
    /** Shows only reports in `status` (the other filters stay). */
    void showStatus(ReportStatus status);
    QLineEdit *searchEdit() const { return m_search; }

signals:
    void queryChanged();

private:
    void loadSavedFilters();
    void saveCurrentFilter();

    QString m_user;
    QComboBox *m_status;
    QComboBox *m_service;
    QComboBox *m_channel;
    QComboBox *m_language;
    QComboBox *m_age;
    QComboBox *m_claimed;
    QComboBox *m_saved;
    QLineEdit *m_search;
    QTimer *m_debounce;
    bool m_applying = false;
};

} // namespace desk::ui
