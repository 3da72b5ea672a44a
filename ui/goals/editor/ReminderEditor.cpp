// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/goals/editor/ReminderEditor.h"

#include <QGridLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTimeEdit>

#include <algorithm>

namespace selftrack::ui {

namespace {
QString describe(const core::Reminder& r) {
    const QLocale locale;
    if (r.weekdays == 0x7f)
        return ReminderEditor::tr("%1 every day").arg(locale.toString(r.time, QLocale::ShortFormat));
    QStringList days;
    for (int i = 0; i < 7; ++i)
        if (r.weekdays & (1 << i))
            days.append(locale.dayName(i + 1, QLocale::ShortFormat));
    return ReminderEditor::tr("%1 on %2")
        .arg(locale.toString(r.time, QLocale::ShortFormat), days.join(QStringLiteral(", ")));
}
} // namespace

ReminderEditor::ReminderEditor(QWidget* parent) : QWidget(parent) {
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reminderList"));
    m_list->setAccessibleName(tr("Reminders"));
    m_list->setMaximumHeight(90);
    m_time = new QTimeEdit(QTime(8, 0), this);
    m_time->setObjectName(QStringLiteral("reminderTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Reminder time"));
    m_add = new QPushButton(tr("&Add reminder"), this);
    m_add->setObjectName(QStringLiteral("addReminder"));
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_remove->setObjectName(QStringLiteral("removeReminder"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_list, 0, 0, 1, 3);
    grid->addWidget(m_time, 1, 0);
    grid->addWidget(m_add, 1, 1);
    grid->addWidget(m_remove, 1, 2);

    connect(m_add, &QPushButton::clicked, this, &ReminderEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &ReminderEditor::removeSelected);
    auto* del = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &ReminderEditor::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    refill();
}

void ReminderEditor::set(const QList<core::Reminder>& reminders) {
    m_reminders = reminders;
    refill();
}

void ReminderEditor::add() {
    core::Reminder r;
    r.time = m_time->time();
    const bool known = std::any_of(m_reminders.begin(), m_reminders.end(),
                                   [&](const core::Reminder& other) { return other.time == r.time; });
    if (known)
        return;
    m_reminders.append(r);
    std::sort(m_reminders.begin(), m_reminders.end(),
              [](const core::Reminder& a, const core::Reminder& b) { return a.time < b.time; });
    refill();
    Q_EMIT changed();
}

void ReminderEditor::removeSelected() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_reminders.size())
        return;
    m_reminders.removeAt(row);
    refill();
    Q_EMIT changed();
}

void ReminderEditor::refill() {
    m_list->clear();
    for (const core::Reminder& r : m_reminders)
        m_list->addItem(describe(r));
    m_remove->setEnabled(false);
}

} // namespace selftrack::ui
