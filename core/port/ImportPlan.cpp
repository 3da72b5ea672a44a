// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/port/ImportPlan.h"

namespace selftrack::core {

namespace {

template <typename T> Status check(const QList<T>& items, const char* what) {
    for (const T& item : items) {
        T probe = item;
        if constexpr (requires { probe.startDate; })
            if (!probe.startDate.isValid())
                probe.startDate = QDate(2000, 1, 1);
        if (auto st = probe.validate(); !st)
            return fail(ErrorCode::InvalidInput, QStringLiteral("The %1 %2 cannot be imported: %3")
                                                     .arg(QLatin1String(what), item.id, st.error().message));
    }
    return {};
}

} // namespace

Status ImportPlan::validate() const {
    if (auto st = check(categories, "category"); !st)
        return st;
    if (auto st = check(goals, "goal"); !st)
        return st;
    if (auto st = check(milestones, "milestone"); !st)
        return st;
    return check(records, "record");
}

} // namespace selftrack::core
