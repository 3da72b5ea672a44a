// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/GoalStats.h"

#include "core/progress/ProgressEngine.h"
#include "core/stats/CheckInQuery.h"

#include <QLocale>

#include <algorithm>

namespace selftrack::core {

namespace {
PeriodKind periodKind(Period period) {
    switch (period) {
    case Period::Day:
        return PeriodKind::Day;
    case Period::Week:
        return PeriodKind::Week;
    case Period::Month:
        return PeriodKind::Month;
    case Period::Year:
        return PeriodKind::Year;
    case Period::Whole:
        return PeriodKind::Whole;
    }
    return PeriodKind::Day;
}

EntryStatus entryStatus(RecordStatus status) {
    switch (status) {
    case RecordStatus::Done:
        return EntryStatus::Done;
    case RecordStatus::Skipped:
        return EntryStatus::Skipped;
    case RecordStatus::Failed:
        return EntryStatus::Failed;
    }
    return EntryStatus::Done;
}
} // namespace

GoalRule GoalStats::ruleFor(const Goal& goal) {
    GoalRule rule;
    rule.kind = goal.kind;
    rule.target = goal.target;
    rule.direction = goal.direction;
    rule.aggregation = goal.aggregation;
    rule.period = periodKind(goal.period);
    rule.frequency = Frequency{goal.freqNum, goal.freqDen, static_cast<unsigned>(goal.weekdays)};
    rule.start = goal.startDate;
    rule.deadline = goal.deadline;
    return rule;
}

QList<DayEntry> GoalStats::entriesFor(const QList<Record>& records) {
    QList<Record> sorted;
    std::copy_if(records.begin(), records.end(), std::back_inserter(sorted),
                 [](const Record& r) { return r.isCheckIn(); });
    std::stable_sort(sorted.begin(), sorted.end(), [](const Record& a, const Record& b) {
        if (a.day != b.day)
            return a.day < b.day;
        return a.time.value_or(QTime(0, 0)) < b.time.value_or(QTime(0, 0));
    });
    QList<DayEntry> entries;
    entries.reserve(sorted.size());
    for (const Record& r : sorted)
        entries.append(DayEntry{r.day, r.value, entryStatus(r.status)});
    return entries;
}

Result<GoalProgress> GoalStats::compute(ContentStore& store, const Goal& goal, const ProgressContext& context) {
    RecordFilter filter;
    filter.goalId = goal.id;
    filter.to = context.today();
    auto records = store.records(filter);
    if (!records)
        return std::unexpected(records.error());
    const QList<DayEntry> entries = entriesFor(*records);
    return computeProgress(ruleFor(goal), std::span<const DayEntry>(entries.constData(), entries.size()), context);
}

Result<GoalProgress> GoalStats::compute(Database& db, const Goal& goal, const ProgressContext& context) {
    const QDate today = context.today();
    if (!today.isValid()) // nothing to load; the engine reports the invalid context
        return computeProgress(ruleFor(goal), {}, context);
    auto entries = CheckInQuery::load(db, goal.id, today);
    if (!entries)
        return std::unexpected(entries.error());
    return computeProgress(ruleFor(goal), std::span<const DayEntry>(entries->data(), entries->size()), context);
}

ProgressContext GoalStats::systemContext() {
    ProgressContext context;
    context.now = QDateTime::currentDateTimeUtc();
    context.timeZone = QTimeZone::systemTimeZone();
    context.weekStart = QLocale::system().firstDayOfWeek();
    return context;
}

} // namespace selftrack::core
