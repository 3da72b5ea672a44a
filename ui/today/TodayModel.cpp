// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/TodayModel.h"

#include "core/domain/ContentStore.h"
#include "core/domain/GoalStats.h"
#include "core/progress/DueDays.h"
#include "core/stats/ProgressCache.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultSession.h"

#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace selftrack::ui {

TodayModel::TodayModel(core::VaultSession& session, QObject* parent) : QAbstractListModel(parent), m_session(session) {
    connect(&m_session, &core::VaultSession::unlocked, this, &TodayModel::reload);
    connect(&m_session, &core::VaultSession::aboutToLock, this, &TodayModel::drop);
    connect(m_session.events(), &core::ContentEvents::changed, this, &TodayModel::reload);
    connect(&m_session, &core::VaultSession::settingsChanged, this, &TodayModel::reload); // week start
    if (m_session.isUnlocked())
        reload();
}

TodayModel::~TodayModel() = default;

int TodayModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_goals.size());
}

QString TodayModel::statusText(core::ProgressStatus status) {
    switch (status) {
    case core::ProgressStatus::NotStarted:
        return tr("not started");
    case core::ProgressStatus::OnTrack:
        return tr("on track");
    case core::ProgressStatus::Behind:
        return tr("behind");
    case core::ProgressStatus::Done:
        return tr("done");
    }
    return QString();
}

QVariant TodayModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Goal& g = m_goals.at(index.row());
    const core::GoalProgress& p = m_progress.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        const QString value =
            g.kind == core::GoalKind::Check
                ? tr("%1/%2").arg(locale.toString(p.periodValue), locale.toString(g.target))
                : tr("%1/%2 %3").arg(locale.toString(p.periodValue), locale.toString(g.target), g.unit);
        if (!m_due.at(index.row()))
            return tr("%1 — not due today · streak %2").arg(g.title).arg(p.currentStreak);
        return tr("%1 — %2 · %3 · streak %4").arg(g.title, value.trimmed(), statusText(p.status)).arg(p.currentStreak);
    }
    case Qt::ForegroundRole:
        if (!m_due.at(index.row()))
            return QVariant::fromValue(QPalette().brush(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("%1: %2, streak %3, strength %4%")
            .arg(g.title, statusText(p.status))
            .arg(p.currentStreak)
            .arg(qRound(p.score * 100));
    case GoalIdRole:
        return g.id;
    case StatusRole:
        return static_cast<int>(p.status);
    case StreakRole:
        return p.currentStreak;
    case FractionRole: // no bar for a goal that is not due today
        return m_due.at(index.row()) ? QVariant(p.fraction) : QVariant();
    case IsCheckRole:
        return g.kind == core::GoalKind::Check;
    case DueRole:
        return m_due.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> TodayModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(GoalIdRole, "goalId");
    names.insert(StatusRole, "status");
    names.insert(StreakRole, "streak");
    names.insert(FractionRole, "fraction");
    names.insert(IsCheckRole, "isCheck");
    names.insert(DueRole, "due");
    return names;
}

void TodayModel::reload() {
    auto store = m_session.store();
    beginResetModel();
    m_goals.clear();
    m_progress.clear();
    m_due.clear();
    m_problem.clear();
    if (!store) {
        endResetModel();
        return;
    }
    core::ProgressCache* cache = *m_session.progress();
    const core::ProgressContext context = m_session.progressContext();
    auto goals = (*store)->goals(false);
    auto figures = goals ? cache->today(*goals, context) : core::Result<QList<core::GoalProgress>>();
    if (!goals)
        m_problem = goals.error().message;
    else if (!figures)
        m_problem = figures.error().message;
    else {
        // Stable: due goals first, each group in the goal list's order.
        const QDate today = context.today();
        QList<qsizetype> order;
        for (qsizetype i = 0; i < goals->size(); ++i)
            order.append(i);
        QList<bool> due;
        for (const core::Goal& g : *goals)
            due.append(core::isDueOn(core::GoalStats::ruleFor(g), today));
        std::stable_partition(order.begin(), order.end(), [&](qsizetype i) { return due[i]; });
        for (qsizetype i : order) {
            m_goals.append(goals->at(i));
            m_progress.append(figures->at(i));
            m_due.append(due[i]);
        }
    }
    endResetModel();
}

void TodayModel::drop() {
    beginResetModel();
    m_goals.clear();
    m_progress.clear();
    m_due.clear();
    endResetModel();
}

} // namespace selftrack::ui
