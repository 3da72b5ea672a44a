// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Category.h"
#include "core/domain/Milestone.h"

// Small item builders shared by the revision diff and summary tests.
namespace selftrack::test {

using core::Category;
using core::Milestone;

inline Milestone makeMilestone(const QString& title, std::optional<double> target = std::nullopt,
                               std::optional<QDate> doneDate = std::nullopt, int position = 0) {
    Milestone m;
    m.id = QStringLiteral("m1");
    m.goalId = QStringLiteral("g1");
    m.title = title;
    m.target = target;
    m.doneDate = doneDate;
    m.position = position;
    return m;
}

inline Category makeCategory(const QString& name, const QString& color = QString(), int position = 0) {
    Category c;
    c.id = QStringLiteral("c1");
    c.name = name;
    c.color = color;
    c.position = position;
    return c;
}

} // namespace selftrack::test
