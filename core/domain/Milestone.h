// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QDate>
#include <QJsonObject>

#include <optional>

namespace selftrack::core {

// A sub-goal of a goal ("run 5 km without stopping"), optionally with a target value and the
// date it was reached.
struct Milestone {
    QString id;
    QString goalId;
    QString title;
    std::optional<double> target;
    std::optional<QDate> doneDate;
    int position = 0;

    QString headRev;
    bool deleted = false;

    QJsonObject toJson() const;
    static Result<Milestone> fromJson(const QJsonObject& json);
    Status validate() const;
    bool operator==(const Milestone&) const = default;
};

} // namespace selftrack::core
