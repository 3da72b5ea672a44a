// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Goal.h"
#include "core/events/ItemChange.h"
#include "core/progress/GoalProgress.h"

#include <QAbstractListModel>

#include <memory>

namespace selftrack::core {
class VaultSession;
} // namespace selftrack::core

namespace selftrack::ui {

// The Today view's rows: every live goal (not archived) with its figures for the session clock's
// day, read through core's ProgressCache; goals not due today (core's isDueOn) come last. Reloads when the session
// unlocks and when core publishes a change; empties itself before the vault locks. Lives in the GUI thread with the
// session.
class TodayModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { GoalIdRole = Qt::UserRole + 1, StatusRole, StreakRole, FractionRole, IsCheckRole, DueRole };

    explicit TodayModel(core::VaultSession& session, QObject* parent = nullptr);
    ~TodayModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads every goal's figures again (the clock's day may have changed).
    void reload();
    // The row's goal and figures (row must be valid).
    const core::Goal& goal(int row) const { return m_goals.at(row); }
    const core::GoalProgress& progress(int row) const { return m_progress.at(row); }
    // Goals due today come first (in the goal list's order); the others follow, shown apart.
    bool isDue(int row) const { return m_due.at(row); }
    // The last error of a reload, empty when it worked.
    QString problem() const { return m_problem; }

    static QString statusText(core::ProgressStatus status);

private:
    void drop();

    core::VaultSession& m_session;
    QList<core::Goal> m_goals;
    QList<core::GoalProgress> m_progress;
    QList<bool> m_due;
    QString m_problem;
};

} // namespace selftrack::ui
