// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Goal.h"
#include "core/progress/ProgressContext.h"
#include "core/reminders/DueReminder.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace selftrack::core {

// What the reminders ask for at one moment: the ones to show now and the next one to wait for, so
// a front-end arms one timer instead of polling.
struct ReminderPlan {
    QList<DueReminder> due;          // in time order
    std::optional<DueReminder> next; // the earliest reminder after now, within kLookAheadDays
};

// Decides which goal reminders are due. The rules, for each reminder (a local time on a set of
// weekdays) of each goal:
// - nothing for a goal in the trash or archived, on a day the goal is not due (core's isDueOn:
//   before its start, after its deadline, a weekday its schedule leaves out) or on a weekday the
//   reminder leaves out;
// - nothing for a goal already done today (its figures say Done);
// - a reminder fires at most once per day, also when the clock goes back (DST, a manual change);
// - a reminder whose time passed while nobody looked (sleep, a locked vault, a clock jumping
//   forward) still fires once if at most kGraceSeconds late, else it is skipped (only today's:
//   whether yesterday's goal was done is not known here, so one missed before midnight is dropped);
// - local times follow `context.timeZone`: a time in a DST gap is due when the gap ends (shifted
//   by the gap's length), a time that occurs twice fires once.
// Not thread-safe; holds no Content beyond goal ids and days.
class ReminderPlanner {
public:
    static constexpr qint64 kGraceSeconds = 30 * 60;
    static constexpr int kLookAheadDays = 8;

    // The pure rule: reminders of today due in (since, now] and at most kGraceSeconds late, minus
    // the keys in `fired`; `doneToday` holds the ids of the goals done today. An invalid `since`
    // means now - kGraceSeconds.
    static ReminderPlan plan(const QList<Goal>& goals, const QSet<QString>& doneToday, const ProgressContext& context,
                             const QDateTime& since, const QSet<QString>& fired);

    // plan() since the previous update (or kGraceSeconds back for the first), then remembers what
    // it returned as fired and `context.now` as the previous update.
    ReminderPlan update(const QList<Goal>& goals, const QSet<QString>& doneToday, const ProgressContext& context);
    // Nothing due at or before `now` fires any more (reminders switched back on).
    void skipUntil(const QDateTime& now) { m_lastUpdate = now; }
    bool hasFired(const QString& key) const { return m_fired.contains(key); }

    // The instant of `time` on local `day` in `zone` (a time in a DST gap: shifted past the gap).
    static QDateTime instant(QDate day, QTime time, const QTimeZone& zone);

private:
    QHash<QString, QDate> m_fired; // key -> day, pruned when the day is over
    QDateTime m_lastUpdate;
};

} // namespace selftrack::core
