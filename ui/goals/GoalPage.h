// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Goal.h"
#include "core/progress/GoalProgress.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace selftrack::core {
class GoalDetail;
class VaultSession;
} // namespace selftrack::core

namespace selftrack::ui {

class EditHistory;
class GoalCharts;
class HeatMap;
class RecordsModel;

// One goal in full: a header with the current period's progress and status, the statistics
// (streaks, completion over 30 / 90 / 365 days, strength, forecast), a year calendar (act on a day
// with a click or Enter: check in, enter a value, skip, clear), the charts, the records table
// (sortable, value and note edited in place, Delete moves a record to the trash) and the
// milestones checklist. Everything is read from core once per change (ProgressCache for the
// figures, GoalDetail for the rest) and written through core, each edit one undo step.
class GoalPage : public QWidget {
    Q_OBJECT
public:
    GoalPage(core::VaultSession& session, EditHistory* history, QWidget* parent = nullptr);
    ~GoalPage() override;

    // Shows the goal with this id (false when it does not exist or is in the trash).
    bool showGoal(const QString& goalId);
    std::optional<core::Goal> goal() const;
    const core::GoalProgress& progress() const { return m_progress; }
    std::shared_ptr<const core::GoalDetail> detail() const { return m_detail; }
    HeatMap* heatMap() const { return m_heatMap; }
    GoalCharts* charts() const { return m_charts; }
    RecordsModel* records() const { return m_records; }
    QTableView* recordsTable() const { return m_table; }

    // What the calendar's day menu does; false (with the reason shown) when core refuses.
    bool checkInOn(QDate day, std::optional<double> value = std::nullopt);
    bool skipOn(QDate day);
    // Moves the day's check-ins to the trash (one undo step).
    bool clearDay(QDate day);
    bool addMilestone(const QString& title);
    bool setMilestoneDone(const QString& milestoneId, bool done);

Q_SIGNALS:
    void editRequested(const core::Goal& goal);
    void historyRequested(const QString& itemId);
    // The goal went away (trashed, purged) while shown.
    void goalGone();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void drop();
    void showDayMenu(QDate day);
    void removeSelectedRecord();
    void reloadMilestones();
    void showProblem(const QString& message);

    core::VaultSession& m_session;
    EditHistory* m_history = nullptr;
    QString m_goalId;
    std::optional<core::Goal> m_goal;
    core::GoalProgress m_progress;
    std::shared_ptr<const core::GoalDetail> m_detail;

    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_current = nullptr;
    QLabel* m_best = nullptr;
    QLabel* m_completion = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_forecast = nullptr;
    QLabel* m_problem = nullptr;
    HeatMap* m_heatMap = nullptr;
    GoalCharts* m_charts = nullptr;
    RecordsModel* m_records = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_table = nullptr;
    QListWidget* m_milestones = nullptr;
    QLineEdit* m_newMilestone = nullptr;
};

} // namespace selftrack::ui
