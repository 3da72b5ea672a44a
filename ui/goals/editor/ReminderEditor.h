// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Reminder.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;
class QTimeEdit;

namespace selftrack::ui {

// A goal's reminders: a list of times (every day), with a time field to add one and Delete or the
// Remove button to take the selected one away. Emits changed() on every edit.
class ReminderEditor : public QWidget {
    Q_OBJECT
public:
    explicit ReminderEditor(QWidget* parent = nullptr);

    void set(const QList<core::Reminder>& reminders);
    QList<core::Reminder> reminders() const { return m_reminders; }

Q_SIGNALS:
    void changed();

private:
    void add();
    void removeSelected();
    void refill();

    QList<core::Reminder> m_reminders;
    QListWidget* m_list = nullptr;
    QTimeEdit* m_time = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace selftrack::ui
