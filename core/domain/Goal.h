// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/DomainEnums.h"
#include "core/domain/Reminder.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace selftrack::core {

// One thing wrong with a goal: `field` is its content JSON key (title, target, freq_num, ...), so
// an editor can show the message next to that field.
struct GoalProblem {
    QString field;
    QString message;
};

// A goal or habit. Plain data; the store validates and versions it. `headRev` and `deleted`
// mirror the revision log and are not part of the item's content JSON.
struct Goal {
    QString id;
    QString title;
    QString notes;
    GoalKind kind = GoalKind::Check;
    QString unit;
    double target = 1.0;
    Direction direction = Direction::AtLeast;
    Aggregation aggregation = Aggregation::Sum;
    Period period = Period::Day;
    int freqNum = 1; // "freqNum times per freqDen days" (check habits), 1/1 = daily
    int freqDen = 1;
    int weekdays = 0; // bit 0 = Monday ... bit 6 = Sunday; 0 = use the frequency instead
    QDate startDate;
    std::optional<QDate> deadline;
    QString categoryId;
    QString color;
    QString icon;
    QList<Reminder> reminders;
    bool archived = false;
    int position = 0;
    QString createdAt;
    QString updatedAt;

    QString headRev;
    bool deleted = false;

    // Canonical content (sorted keys), as stored in revisions and exported.
    QJsonObject toJson() const;
    static Result<Goal> fromJson(const QJsonObject& json);
    // Every problem, in field order; validate() reports the first.
    QList<GoalProblem> problems() const;
    Status validate() const;
    bool operator==(const Goal&) const = default;
};

} // namespace selftrack::core
