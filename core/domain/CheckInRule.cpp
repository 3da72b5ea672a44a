// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CheckInRule.h"

namespace selftrack::core {

Status CheckInRule::apply(const Goal& goal, Record& record, Intent intent) {
    if (record.status != RecordStatus::Done || record.value)
        return {};
    if (goal.kind == GoalKind::Check) {
        if (intent == Intent::CheckIn || record.note.trimmed().isEmpty())
            record.value = 1.0;
        return {};
    }
    if (intent == Intent::CheckIn)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The goal \"%1\" is measured in %2; give a value.")
                        .arg(goal.title, goal.unit.isEmpty() ? QStringLiteral("amounts") : goal.unit));
    return {};
}

} // namespace selftrack::core
