// SPDX-License-Identifier: GPL-3.0-or-later
#include "banner.h"
#include "widgets/tones.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace desk::ui {

Banner::Banner(QWidget *parent) : QWidget(parent), m_text(new QLabel(this)), m_button(new QPushButton(this))
{
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // messages quote what people typed
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    m_button->setObjectName(QStringLiteral("bannerButton"));
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action();
    });
    hide();
}

Banner::~Banner() = default;

void Banner::show(const QString &text, bool error, const QString &actionText, std::function<void()> action)
{
    m_error = error;
    m_text->setText(text);
    m_text->setAccessibleName(error ? tr("Problem") : tr("Notice"));
    m_action = std::move(action);
    m_button->setText(actionText);
    m_button->setVisible(!actionText.isEmpty());
    const Tones::Tone tone = error ? Tones::Tone::Bad : Tones::Tone::Good;
    setStyleSheet(QStringLiteral("background: %1; color: %2;")
                      .arg(Tones::css(Tones::background(tone, palette())), Tones::css(palette().color(QPalette::WindowText))));
    QWidget::show();
}

QString Banner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace desk::ui
