// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Goal.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class ReminderEditor;
class ScheduleEditor;

// Adds or edits a goal: every field of the core model. Core's Goal::problems() decides what is
// wrong, and each message is shown next to its field while the user types; Save stays off until
// there is none. Save writes through the session's store (addGoal / updateGoal); a refusal by
// core is shown in the dialog, which stays open with everything typed.
class GoalEditor : public QDialog {
    Q_OBJECT
public:
    // `existing` empty: a new goal starting `today`.
    GoalEditor(core::VaultSession& session, std::optional<core::Goal> existing, QDate today, QWidget* parent = nullptr);

    // The goal as the fields describe it now.
    core::Goal goal() const;
    // The goal as stored, once Save succeeded.
    const std::optional<core::Goal>& saved() const { return m_saved; }
    // The fields that show a problem now (content JSON keys, as Goal::problems names them).
    QStringList problemFields() const;

    void accept() override;

private:
    QWidget* buildGeneral();
    QWidget* buildSchedule();
    void load(const core::Goal& goal);
    void updateState();
    QLabel* problemLabel(const char* field);
    QLabel* buddyLabel(const QString& text, QWidget* buddy);
    // The field with its (hidden until needed) problem label below it.
    QLayout* withProblem(QWidget* field, const char* key);
    QLayout* withProblem(QLayout* field, const char* key);

    core::VaultSession& m_session;
    std::optional<core::Goal> m_existing;
    std::optional<core::Goal> m_saved;
    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_unit = nullptr;
    QDoubleSpinBox* m_target = nullptr;
    QComboBox* m_direction = nullptr;
    QComboBox* m_aggregation = nullptr;
    QComboBox* m_period = nullptr;
    ScheduleEditor* m_schedule = nullptr;
    QDateEdit* m_start = nullptr;
    QCheckBox* m_hasDeadline = nullptr;
    QDateEdit* m_deadline = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_color = nullptr;
    QLineEdit* m_icon = nullptr;
    ReminderEditor* m_reminders = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QCheckBox* m_archived = nullptr;
    QLabel* m_saveProblem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QHash<QString, QLabel*> m_problems;
};

} // namespace selftrack::ui
