// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DayCheckIns.h"

#include "core/domain/RecordRepository.h"

#include <algorithm>

namespace selftrack::core {

namespace {

Result<QList<Record>> checkInsOn(ContentStore& store, const QString& goalId, QDate day) {
    RecordFilter filter;
    filter.goalId = goalId;
    filter.from = day;
    filter.to = day;
    auto records = store.records(filter);
    if (!records)
        return std::unexpected(records.error());
    QList<Record> found;
    for (const Record& r : *records)
        if (r.isCheckIn())
            found.append(r);
    return found;
}

} // namespace

Result<QList<DayCheckIns::Edit>> DayCheckIns::clear(ContentStore& store, const QString& goalId, QDate day) {
    if (!day.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("Which day? The date is not valid."));
    QList<Edit> edits;
    const Status status = store.batch([&]() -> Status {
        auto found = checkInsOn(store, goalId, day);
        if (!found)
            return std::unexpected(found.error());
        for (const Record& r : *found) {
            if (auto st = store.remove(r.id); !st)
                return st;
            auto after = store.record(r.id);
            if (!after)
                return std::unexpected(after.error());
            edits.append({r.id, r.headRev, after->headRev});
        }
        return {};
    });
    if (!status)
        return std::unexpected(status.error());
    return edits;
}

Result<QList<DayCheckIns::Edit>> DayCheckIns::toggle(ContentStore& store, const Record& checkIn) {
    auto goal = store.goal(checkIn.goalId);
    if (!goal)
        return std::unexpected(goal.error());
    if (goal->kind != GoalKind::Check)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("\"%1\" counts an amount: type the value instead.").arg(goal->title));
    auto found = checkInsOn(store, checkIn.goalId, checkIn.day);
    if (!found)
        return std::unexpected(found.error());
    const bool done =
        std::any_of(found->cbegin(), found->cend(), [](const Record& r) { return r.status == RecordStatus::Done; });
    if (done)
        return clear(store, checkIn.goalId, checkIn.day);
    // A skipped or failed day becomes a done one: the old marks go, in the same batch.
    QList<Edit> edits;
    const Status status = store.batch([&]() -> Status {
        auto cleared = clear(store, checkIn.goalId, checkIn.day);
        if (!cleared)
            return std::unexpected(cleared.error());
        edits = *cleared;
        auto added = store.checkIn(checkIn);
        if (!added)
            return std::unexpected(added.error());
        edits.append({added->id, QString(), added->headRev});
        return {};
    });
    if (!status)
        return std::unexpected(status.error());
    return edits;
}

} // namespace selftrack::core
