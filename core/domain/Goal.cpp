// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Goal.h"

#include "core/domain/JsonFields.h"

#include <QJsonArray>

#include <cmath>

namespace selftrack::core {

namespace {
QString isoDate(const QDate& d) {
    return d.toString(Qt::ISODate);
}
} // namespace

QJsonObject Goal::toJson() const {
    QJsonArray reminderList;
    for (const Reminder& r : reminders)
        reminderList.append(QJsonObject{{QStringLiteral("time"), r.time.toString(QStringLiteral("HH:mm"))},
                                        {QStringLiteral("weekdays"), r.weekdays}});
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("notes"), notes},
                     {QStringLiteral("kind"), toString(kind)},
                     {QStringLiteral("unit"), unit},
                     {QStringLiteral("target"), target},
                     {QStringLiteral("direction"), toString(direction)},
                     {QStringLiteral("aggregation"), toString(aggregation)},
                     {QStringLiteral("period"), toString(period)},
                     {QStringLiteral("freq_num"), freqNum},
                     {QStringLiteral("freq_den"), freqDen},
                     {QStringLiteral("weekdays"), weekdays},
                     {QStringLiteral("start_date"), isoDate(startDate)},
                     {QStringLiteral("deadline"), deadline ? QJsonValue(isoDate(*deadline)) : QJsonValue()},
                     {QStringLiteral("category_id"), categoryId},
                     {QStringLiteral("color"), color},
                     {QStringLiteral("icon"), icon},
                     {QStringLiteral("reminders"), reminderList},
                     {QStringLiteral("archived"), archived},
                     {QStringLiteral("position"), position},
                     {QStringLiteral("created_at"), createdAt},
                     {QStringLiteral("updated_at"), updatedAt}};
    return json;
}

Result<Goal> Goal::fromJson(const QJsonObject& json) {
    JsonFields f(json, QStringLiteral("goal"));
    Goal g;
    g.id = f.string("id", true);
    g.title = f.string("title", true);
    g.notes = f.string("notes");
    g.kind = f.enumeration("kind", enums::kGoalKinds, GoalKind::Check);
    g.unit = f.string("unit");
    g.target = f.number("target", 1.0);
    g.direction = f.enumeration("direction", enums::kDirections, Direction::AtLeast);
    g.aggregation = f.enumeration("aggregation", enums::kAggregations, Aggregation::Sum);
    g.period = f.enumeration("period", enums::kPeriods, Period::Day);
    g.freqNum = f.integer("freq_num", 1);
    g.freqDen = f.integer("freq_den", 1);
    g.weekdays = f.integer("weekdays", 0);
    g.startDate = f.date("start_date", true);
    g.deadline = f.optionalDate("deadline");
    g.categoryId = f.string("category_id");
    g.color = f.string("color");
    g.icon = f.string("icon");
    for (const QJsonValue value : f.array("reminders")) {
        JsonFields rf(value.toObject(), QStringLiteral("reminder"));
        Reminder r;
        r.time = rf.optionalTime("time").value_or(QTime());
        r.weekdays = rf.integer("weekdays", 0x7f);
        if (!value.isObject() || !r.time.isValid())
            f.problem("reminders", QStringLiteral("has an entry without a valid time"));
        else if (!rf.ok())
            f.problem("reminders", rf.error());
        g.reminders.append(r);
    }
    g.archived = f.boolean("archived", false);
    g.position = f.integer("position", 0);
    g.createdAt = f.string("created_at");
    g.updatedAt = f.string("updated_at");
    if (!f.ok())
        return fail(ErrorCode::InvalidInput, f.error());
    if (auto st = g.validate(); !st)
        return std::unexpected(st.error());
    return g;
}

QList<GoalProblem> Goal::problems() const {
    QList<GoalProblem> out;
    auto add = [&out](const char* field, QString why) {
        out.append(GoalProblem{QLatin1String(field), std::move(why)});
    };
    if (title.trimmed().isEmpty())
        add("title", QStringLiteral("A goal needs a title."));
    if (title.size() > 500)
        add("title", QStringLiteral("The goal title is longer than 500 characters."));
    if (notes.size() > 1000000)
        add("notes", QStringLiteral("The goal notes are longer than 1,000,000 characters."));
    if (!std::isfinite(target) || target <= 0 || target > 1e12)
        add("target", QStringLiteral("The target must be a positive number."));
    if (freqNum < 1 || freqDen < 1 || freqNum > freqDen || freqDen > 366)
        add("freq_num", QStringLiteral("The frequency must be X times per Y days with 1 <= X <= Y <= 366."));
    if (weekdays < 0 || weekdays > 0x7f)
        add("weekdays", QStringLiteral("The weekday set is invalid."));
    if (!startDate.isValid())
        add("start_date", QStringLiteral("The goal needs a valid start date."));
    if (deadline && startDate.isValid() && *deadline < startDate)
        add("deadline", QStringLiteral("The deadline is before the start date."));
    if (reminders.size() > 50)
        add("reminders", QStringLiteral("A goal can have at most 50 reminders."));
    for (const Reminder& r : reminders)
        if (!r.time.isValid() || r.weekdays < 0 || r.weekdays > 0x7f) {
            add("reminders", QStringLiteral("Every reminder needs a valid time and weekday set."));
            break;
        }
    if (unit.size() > 50)
        add("unit", QStringLiteral("The unit is longer than 50 characters."));
    return out;
}

Status Goal::validate() const {
    const QList<GoalProblem> found = problems();
    if (found.isEmpty())
        return {};
    return fail(ErrorCode::InvalidInput, found.first().message);
}

} // namespace selftrack::core
