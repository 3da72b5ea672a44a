// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reminders/ReminderPlanner.h"

#include "core/domain/GoalStats.h"
#include "core/progress/DueDays.h"

#include <algorithm>

namespace selftrack::core {

namespace {

bool onWeekday(const Reminder& reminder, QDate day) {
    return (reminder.weekdays & (1 << (day.dayOfWeek() - 1))) != 0;
}

// Each reminder of `goal` on `day` (the goal due that day, the reminder's weekday selected).
QList<DueReminder> remindersOn(const Goal& goal, const GoalRule& rule, QDate day, const QTimeZone& zone) {
    QList<DueReminder> out;
    if (!isDueOn(rule, day))
        return out;
    for (const Reminder& reminder : goal.reminders) {
        if (!reminder.time.isValid() || !onWeekday(reminder, day))
            continue;
        out.append({goal.id, goal.title, day, reminder.time, ReminderPlanner::instant(day, reminder.time, zone)});
    }
    return out;
}

} // namespace

QDateTime ReminderPlanner::instant(QDate day, QTime time, const QTimeZone& zone) {
    const QDateTime local(day, time, zone);
    if (local.isValid())
        return local.toUTC();
    // In a gap (the clocks jumped forward over `time`): the offset of the day before, so 02:30 in a
    // 02:00 -> 03:00 gap is due at 03:30, the moment that much time after the gap began.
    const QDateTime naive(day, time, Qt::UTC);
    return naive.addSecs(-zone.offsetFromUtc(naive.addDays(-1)));
}

ReminderPlan ReminderPlanner::plan(const QList<Goal>& goals, const QSet<QString>& doneToday,
                                   const ProgressContext& context, const QDateTime& since, const QSet<QString>& fired) {
    ReminderPlan result;
    const QDateTime now = context.now.toUTC();
    const QDate today = context.today();
    if (!now.isValid() || !today.isValid())
        return result;
    const QDateTime from =
        since.isValid() ? std::max(since.toUTC(), now.addSecs(-kGraceSeconds)) : now.addSecs(-kGraceSeconds);
    for (const Goal& goal : goals) {
        if (goal.deleted || goal.archived || goal.reminders.isEmpty())
            continue;
        const GoalRule rule = GoalStats::ruleFor(goal);
        const bool done = doneToday.contains(goal.id);
        for (int offset = 0; offset < kLookAheadDays; ++offset) {
            if (offset == 0 && done)
                continue;
            for (const DueReminder& reminder : remindersOn(goal, rule, today.addDays(offset), context.timeZone)) {
                if (fired.contains(reminder.key()))
                    continue;
                if (reminder.at > now) {
                    if (!result.next || reminder.at < result.next->at)
                        result.next = reminder;
                } else if (offset == 0 && reminder.at > from) {
                    result.due.append(reminder);
                }
            }
        }
    }
    std::stable_sort(result.due.begin(), result.due.end(),
                     [](const DueReminder& a, const DueReminder& b) { return a.at < b.at; });
    return result;
}

ReminderPlan ReminderPlanner::update(const QList<Goal>& goals, const QSet<QString>& doneToday,
                                     const ProgressContext& context) {
    const QDate today = context.today();
    m_fired.removeIf([today](const QHash<QString, QDate>::iterator& it) { return it.value() < today.addDays(-1); });
    QSet<QString> fired;
    for (auto it = m_fired.cbegin(); it != m_fired.cend(); ++it)
        fired.insert(it.key());
    ReminderPlan result = plan(goals, doneToday, context, m_lastUpdate, fired);
    for (const DueReminder& reminder : result.due)
        m_fired.insert(reminder.key(), reminder.day);
    m_lastUpdate = context.now.toUTC();
    return result;
}

} // namespace selftrack::core
