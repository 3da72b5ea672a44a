// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace selftrack::core {

// Stored and exported as the lower-case names below; never renumber or rename.
enum class GoalKind { Check, Amount };
enum class Direction { AtLeast, AtMost };
enum class Aggregation { Sum, Average, Last };
enum class Period { Day, Week, Month, Year, Whole };
enum class RecordStatus { Done, Skipped, Failed };
enum class ItemType { Goal, Record, Milestone, Category };

namespace enums {

template <typename E, std::size_t N> using Names = std::array<std::pair<E, const char*>, N>;

inline constexpr Names<GoalKind, 2> kGoalKinds{{{GoalKind::Check, "check"}, {GoalKind::Amount, "amount"}}};
inline constexpr Names<Direction, 2> kDirections{{{Direction::AtLeast, "at_least"}, {Direction::AtMost, "at_most"}}};
inline constexpr Names<Aggregation, 3> kAggregations{
    {{Aggregation::Sum, "sum"}, {Aggregation::Average, "average"}, {Aggregation::Last, "last"}}};
inline constexpr Names<Period, 5> kPeriods{{{Period::Day, "day"},
                                            {Period::Week, "week"},
                                            {Period::Month, "month"},
                                            {Period::Year, "year"},
                                            {Period::Whole, "whole"}}};
inline constexpr Names<RecordStatus, 3> kStatuses{
    {{RecordStatus::Done, "done"}, {RecordStatus::Skipped, "skipped"}, {RecordStatus::Failed, "failed"}}};
inline constexpr Names<ItemType, 4> kItemTypes{{{ItemType::Goal, "goal"},
                                                {ItemType::Record, "record"},
                                                {ItemType::Milestone, "milestone"},
                                                {ItemType::Category, "category"}}};

template <typename E, std::size_t N> QString toString(const Names<E, N>& names, E value) {
    for (const auto& [e, name] : names)
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename E, std::size_t N> std::optional<E> parse(const Names<E, N>& names, const QString& text) {
    for (const auto& [e, name] : names)
        if (text == QLatin1String(name))
            return e;
    // "count" is accepted as a synonym of "amount" (ARCHITECTURE.md names both).
    if constexpr (std::is_same_v<E, GoalKind>)
        if (text == QLatin1String("count"))
            return GoalKind::Amount;
    return std::nullopt;
}

} // namespace enums

inline QString toString(GoalKind v) {
    return enums::toString(enums::kGoalKinds, v);
}
inline QString toString(Direction v) {
    return enums::toString(enums::kDirections, v);
}
inline QString toString(Aggregation v) {
    return enums::toString(enums::kAggregations, v);
}
inline QString toString(Period v) {
    return enums::toString(enums::kPeriods, v);
}
inline QString toString(RecordStatus v) {
    return enums::toString(enums::kStatuses, v);
}
inline QString toString(ItemType v) {
    return enums::toString(enums::kItemTypes, v);
}

} // namespace selftrack::core
