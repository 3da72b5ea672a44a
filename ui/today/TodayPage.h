// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Goal.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListView;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class TodayModel;

// The default view: every goal with today's figures. Space checks in the selected check goal
// (through core's check-in rule); the list updates from core's change events.
class TodayPage : public QWidget {
    Q_OBJECT
public:
    explicit TodayPage(core::VaultSession& session, QWidget* parent = nullptr);

    TodayModel* model() const { return m_model; }
    void activate();
    // Checks in the goal of `row` for today; false (with the reason shown) when core refuses.
    bool checkIn(int row);
    // The selected row's goal, if any.
    std::optional<core::Goal> currentGoal() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateHeader();

    core::VaultSession& m_session;
    TodayModel* m_model = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_header = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace selftrack::ui
