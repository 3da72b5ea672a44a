// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Goal.h"
#include "core/domain/Milestone.h"
#include "core/domain/Record.h"
#include "core/domain/Revision.h"
#include "core/history/RevisionDiff.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace selftrack::app {

class GoalResolver;

// JSON and human forms of goals, records, milestones and revisions. JSON objects are the core's
// canonical item JSON plus a few resolved names ("category", "goal", "days").
class ItemFormatter {
public:
    static QJsonObject goalJson(const core::Goal& goal, GoalResolver& names);
    static QJsonObject recordJson(const core::Record& record, GoalResolver& names);
    static QJsonObject milestoneJson(const core::Milestone& milestone, GoalResolver& names);
    static QJsonArray milestonesJson(const QList<core::Milestone>& milestones, GoalResolver& names);
    static QJsonObject revisionJson(const core::Revision& revision);

    // "at least 2000 ml per day", "done 3 times per 7 days", "on mon,wed,fri"
    static QString goalRule(const core::Goal& goal);
    static QString number(double value);
    // Columns: short id, day [time], goal, value or status, tags, note (first line, shortened).
    static QStringList recordRow(const core::Record& record, GoalResolver& names);
    static QString recordValue(const core::Record& record);
    // "target 5, reached 2026-03-01", "no target, open"
    static QString milestoneState(const core::Milestone& milestone);
    // One row per milestone; columns: short id, title, target, reached date or "open".
    static QList<QStringList> milestoneRows(const QList<core::Milestone>& milestones);
    // The human form of a diff, one or more indented lines per field: `  title: "Run" -> "Run 5k"`,
    // `  tags: +travel -work`, `  deadline: added "2026-06-30"`, and for multi-line or long texts
    // the changed lines prefixed "+ " / "- " with two kept lines of context around them.
    static QStringList changeLines(const core::RevisionDiff& diff);
};

} // namespace selftrack::app
