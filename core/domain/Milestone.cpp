// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Milestone.h"

#include "core/domain/JsonFields.h"

#include <cmath>

namespace selftrack::core {

QJsonObject Milestone::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("goal_id"), goalId},
        {QStringLiteral("title"), title},
        {QStringLiteral("target"), target ? QJsonValue(*target) : QJsonValue()},
        {QStringLiteral("done_date"), doneDate ? QJsonValue(doneDate->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("position"), position},
    };
}

Result<Milestone> Milestone::fromJson(const QJsonObject& json) {
    JsonFields f(json, QStringLiteral("milestone"));
    Milestone m;
    m.id = f.string("id", true);
    m.goalId = f.string("goal_id", true);
    m.title = f.string("title", true);
    m.target = f.optionalNumber("target");
    m.doneDate = f.optionalDate("done_date");
    m.position = f.integer("position", 0);
    if (!f.ok())
        return fail(ErrorCode::InvalidInput, f.error());
    if (auto st = m.validate(); !st)
        return std::unexpected(st.error());
    return m;
}

Status Milestone::validate() const {
    if (goalId.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A milestone belongs to a goal."));
    if (title.trimmed().isEmpty() || title.size() > 500)
        return fail(ErrorCode::InvalidInput, QStringLiteral("A milestone needs a title of at most 500 characters."));
    if (target && (!std::isfinite(*target) || std::abs(*target) > 1e12))
        return fail(ErrorCode::InvalidInput, QStringLiteral("The milestone target must be a finite number."));
    return {};
}

} // namespace selftrack::core
