// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/goals/editor/ScheduleEditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>

namespace selftrack::ui {

ScheduleEditor::ScheduleEditor(QWidget* parent) : QWidget(parent) {
    m_byFrequency = new QRadioButton(tr("&Frequency:"), this);
    m_byFrequency->setObjectName(QStringLiteral("byFrequency"));
    m_byWeekdays = new QRadioButton(tr("On &weekdays:"), this);
    m_byWeekdays->setObjectName(QStringLiteral("byWeekdays"));
    m_times = new QSpinBox(this);
    m_times->setObjectName(QStringLiteral("times"));
    m_times->setRange(1, 366);
    m_times->setAccessibleName(tr("Times"));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("days"));
    m_days->setRange(1, 366);
    m_days->setAccessibleName(tr("Days"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* frequency = new QHBoxLayout;
    frequency->addWidget(m_times);
    frequency->addWidget(new QLabel(tr("times in"), this));
    frequency->addWidget(m_days);
    frequency->addWidget(new QLabel(tr("days"), this));
    frequency->addStretch(1);
    grid->addWidget(m_byFrequency, 0, 0);
    grid->addLayout(frequency, 0, 1);
    auto* days = new QHBoxLayout;
    const QLocale locale;
    for (int i = 0; i < 7; ++i) {
        m_weekdays[static_cast<std::size_t>(i)] = new QCheckBox(locale.dayName(i + 1, QLocale::ShortFormat), this);
        m_weekdays[static_cast<std::size_t>(i)]->setObjectName(QStringLiteral("weekday%1").arg(i + 1));
        days->addWidget(m_weekdays[static_cast<std::size_t>(i)]);
        connect(m_weekdays[static_cast<std::size_t>(i)], &QCheckBox::toggled, this, &ScheduleEditor::changed);
    }
    days->addStretch(1);
    grid->addWidget(m_byWeekdays, 1, 0);
    grid->addLayout(days, 1, 1);

    for (QRadioButton* r : {m_byFrequency, m_byWeekdays})
        connect(r, &QRadioButton::toggled, this, [this] {
            updateEnabled();
            Q_EMIT changed();
        });
    for (QSpinBox* s : {m_times, m_days})
        connect(s, &QSpinBox::valueChanged, this, &ScheduleEditor::changed);
    set(1, 1, 0);
}

void ScheduleEditor::set(int timesPer, int days, int weekdays) {
    m_times->setValue(timesPer);
    m_days->setValue(days);
    for (int i = 0; i < 7; ++i)
        m_weekdays[static_cast<std::size_t>(i)]->setChecked(weekdays == 0 || (weekdays & (1 << i)) != 0);
    (weekdays == 0 ? m_byFrequency : m_byWeekdays)->setChecked(true);
    updateEnabled();
}

int ScheduleEditor::times() const {
    return m_byFrequency->isChecked() ? m_times->value() : 1;
}

int ScheduleEditor::days() const {
    return m_byFrequency->isChecked() ? m_days->value() : 1;
}

int ScheduleEditor::weekdays() const {
    if (!m_byWeekdays->isChecked())
        return 0;
    int mask = 0;
    for (int i = 0; i < 7; ++i)
        if (m_weekdays[static_cast<std::size_t>(i)]->isChecked())
            mask |= 1 << i;
    return mask == 0x7f ? 0 : mask; // every day is the daily frequency
}

bool ScheduleEditor::nothingPicked() const {
    if (!m_byWeekdays->isChecked())
        return false;
    for (const QCheckBox* box : m_weekdays)
        if (box->isChecked())
            return false;
    return true;
}

void ScheduleEditor::updateEnabled() {
    m_times->setEnabled(m_byFrequency->isChecked());
    m_days->setEnabled(m_byFrequency->isChecked());
    for (QCheckBox* box : m_weekdays)
        box->setEnabled(m_byWeekdays->isChecked());
}

} // namespace selftrack::ui
