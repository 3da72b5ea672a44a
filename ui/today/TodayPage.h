// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Goal.h"
#include "core/domain/Record.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class EditHistory;
class TodayModel;

// The default view: every goal with today's figures. Keyboard first: Space checks in the selected
// check goal (and takes the check-in back when pressed again); on an amount goal, typing a number (or Space) goes to
// the value field and Enter logs it; the journal line below takes a quick entry for today. Everything is written
// through core (check-in rule, validation) and the list updates from core's change events, keeping the selection.
class TodayPage : public QWidget {
    Q_OBJECT
public:
    // Every edit made here is reported to `history` (may be null) for undo.
    TodayPage(core::VaultSession& session, EditHistory* history, QWidget* parent = nullptr);

    TodayModel* model() const { return m_model; }
    void activate();
    // Checks in the goal of `row` for today, with `value` for amount goals; false (with the
    // reason shown) when core refuses.
    bool checkIn(int row, std::optional<double> value = std::nullopt);
    // Space on a check goal: checks it in for today, or takes today's check-in back when it is
    // already done (core's DayCheckIns); false (with the reason shown) when core refuses.
    bool toggleCheckIn(int row);
    // Adds `text` as today's journal entry; false (reason shown) when core refuses.
    bool addJournalLine(const QString& text);
    // The selected row's goal, if any.
    std::optional<core::Goal> currentGoal() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateHeader();
    void updateValueEntry();
    void logValue();
    core::Record recordForNow() const;

    core::VaultSession& m_session;
    EditHistory* m_history = nullptr;
    TodayModel* m_model = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_header = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_valueLabel = nullptr;
    QLineEdit* m_value = nullptr;
    QLineEdit* m_journal = nullptr;
    QLabel* m_problem = nullptr;
    QString m_selectedGoal; // kept across model resets
};

} // namespace selftrack::ui
