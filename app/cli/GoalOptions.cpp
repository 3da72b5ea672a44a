// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/GoalOptions.h"

#include "app/cli/InputParser.h"
#include "core/domain/ContentStore.h"

namespace selftrack::app {

using core::Goal;

namespace {

bool isNone(const QString& text) {
    return text.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
}

template <typename E, std::size_t N>
CliResult<E> parseEnum(const core::enums::Names<E, N>& names, const QString& text, const QString& option) {
    if (auto value = core::enums::parse(names, text.trimmed().toLower()))
        return *value;
    QStringList allowed;
    for (const auto& [e, name] : names)
        allowed.append(QLatin1String(name));
    return cliFail(
        ExitCode::Invalid,
        QStringLiteral("--%1 must be one of %2, not \"%3\".").arg(option, allowed.join(QLatin1Char('|')), text));
}

} // namespace

QList<OptionSpec> GoalOptions::specs(bool forEdit) {
    QList<OptionSpec> specs{
        {QStringLiteral("kind"), true},     {QStringLiteral("unit"), true},      {QStringLiteral("target"), true},
        {QStringLiteral("at-most"), false}, {QStringLiteral("at-least"), false}, {QStringLiteral("aggregate"), true},
        {QStringLiteral("period"), true},   {QStringLiteral("per"), true},       {QStringLiteral("days"), true},
        {QStringLiteral("start"), true},    {QStringLiteral("deadline"), true},  {QStringLiteral("category"), true},
        {QStringLiteral("notes"), true}};
    if (forEdit)
        specs.append({QStringLiteral("title"), true});
    return specs;
}

CliStatus GoalOptions::applyShape(const ParsedArgs& args, Goal& goal) {
    if (args.has(QStringLiteral("kind"))) {
        auto kind = parseEnum(core::enums::kGoalKinds, args.value(QStringLiteral("kind")), QStringLiteral("kind"));
        if (!kind)
            return std::unexpected(kind.error());
        goal.kind = *kind;
    } else if (args.has(QStringLiteral("unit"))) {
        goal.kind = core::GoalKind::Amount; // a unit only makes sense for a measured goal
    }
    if (args.has(QStringLiteral("unit")))
        goal.unit = args.value(QStringLiteral("unit")).trimmed();
    if (args.has(QStringLiteral("target"))) {
        auto target = InputParser::positiveNumber(args.value(QStringLiteral("target")), QStringLiteral("target"));
        if (!target)
            return std::unexpected(target.error());
        goal.target = *target;
    }
    if (args.has(QStringLiteral("at-most")) && args.has(QStringLiteral("at-least")))
        return cliFail(ExitCode::Usage, QStringLiteral("Use either --at-most or --at-least, not both."));
    if (args.has(QStringLiteral("at-most")))
        goal.direction = core::Direction::AtMost;
    if (args.has(QStringLiteral("at-least")))
        goal.direction = core::Direction::AtLeast;
    if (args.has(QStringLiteral("aggregate"))) {
        auto agg =
            parseEnum(core::enums::kAggregations, args.value(QStringLiteral("aggregate")), QStringLiteral("aggregate"));
        if (!agg)
            return std::unexpected(agg.error());
        goal.aggregation = *agg;
    }
    if (args.has(QStringLiteral("period"))) {
        auto period = parseEnum(core::enums::kPeriods, args.value(QStringLiteral("period")), QStringLiteral("period"));
        if (!period)
            return std::unexpected(period.error());
        goal.period = *period;
    }
    return {};
}

CliStatus GoalOptions::applySchedule(const ParsedArgs& args, Goal& goal, QDate today) {
    if (args.has(QStringLiteral("per")) && args.has(QStringLiteral("days")))
        return cliFail(ExitCode::Usage, QStringLiteral("Use either --per or --days, not both."));
    if (args.has(QStringLiteral("per"))) {
        auto per = InputParser::frequency(args.value(QStringLiteral("per")));
        if (!per)
            return std::unexpected(per.error());
        std::tie(goal.freqNum, goal.freqDen) = *per;
        goal.weekdays = 0;
    }
    if (args.has(QStringLiteral("days"))) {
        const QString text = args.value(QStringLiteral("days"));
        auto mask = isNone(text) ? CliResult<int>(0) : InputParser::weekdays(text);
        if (!mask)
            return std::unexpected(mask.error());
        goal.weekdays = *mask;
        goal.freqNum = goal.freqDen = 1;
    }
    if (args.has(QStringLiteral("start"))) {
        auto start = InputParser::date(args.value(QStringLiteral("start")), QStringLiteral("start date"), today);
        if (!start)
            return std::unexpected(start.error());
        goal.startDate = *start;
    }
    if (args.has(QStringLiteral("deadline"))) {
        const QString text = args.value(QStringLiteral("deadline"));
        if (isNone(text)) {
            goal.deadline.reset();
        } else {
            auto deadline = InputParser::date(text, QStringLiteral("deadline"), today);
            if (!deadline)
                return std::unexpected(deadline.error());
            goal.deadline = *deadline;
        }
    }
    return {};
}

CliStatus GoalOptions::apply(const ParsedArgs& args, Goal& goal, core::ContentStore& store, QDate today) {
    if (auto st = applyShape(args, goal); !st)
        return st;
    if (auto st = applySchedule(args, goal, today); !st)
        return st;
    if (args.has(QStringLiteral("title")))
        goal.title = args.value(QStringLiteral("title")).trimmed();
    if (args.has(QStringLiteral("notes")))
        goal.notes = args.value(QStringLiteral("notes"));
    if (args.has(QStringLiteral("category"))) {
        const QString name = args.value(QStringLiteral("category"));
        if (isNone(name) || name.trimmed().isEmpty()) {
            goal.categoryId.clear();
        } else {
            auto category = store.categoryNamed(name);
            if (!category)
                return cliFail(category.error());
            goal.categoryId = category->id;
        }
    }
    if (goal.startDate.isValid() && goal.deadline && *goal.deadline < goal.startDate)
        return cliFail(ExitCode::Invalid,
                       QStringLiteral("The deadline %1 is before the start date %2.")
                           .arg(goal.deadline->toString(Qt::ISODate), goal.startDate.toString(Qt::ISODate)));
    return {};
}

} // namespace selftrack::app
