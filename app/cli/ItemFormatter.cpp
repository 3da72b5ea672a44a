// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ItemFormatter.h"

#include "app/cli/GoalResolver.h"
#include "app/cli/InputParser.h"

#include <QJsonValue>

namespace selftrack::app {

using core::Goal;
using core::Record;

namespace {
constexpr qsizetype kNoteWidth = 50;

QJsonValue orNull(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString milestoneTarget(const core::Milestone& milestone) {
    return milestone.target ? QStringLiteral("target ") + ItemFormatter::number(*milestone.target) : QString();
}

QString milestoneReached(const core::Milestone& milestone) {
    return milestone.doneDate ? QStringLiteral("reached ") + milestone.doneDate->toString(Qt::ISODate)
                              : QStringLiteral("open");
}
} // namespace

QJsonObject ItemFormatter::goalJson(const Goal& goal, GoalResolver& names) {
    QJsonObject json = goal.toJson();
    json.insert(QStringLiteral("category"), orNull(names.categoryName(goal.categoryId)));
    json.insert(QStringLiteral("days"), orNull(InputParser::weekdayNames(goal.weekdays)));
    json.insert(QStringLiteral("head_rev"), goal.headRev);
    return json;
}

QJsonObject ItemFormatter::recordJson(const Record& record, GoalResolver& names) {
    QJsonObject json = record.toJson();
    json.insert(QStringLiteral("goal"), orNull(names.goalTitle(record.goalId)));
    json.insert(QStringLiteral("head_rev"), record.headRev);
    return json;
}

QJsonObject ItemFormatter::milestoneJson(const core::Milestone& milestone, GoalResolver& names) {
    QJsonObject json = milestone.toJson();
    json.insert(QStringLiteral("goal"), orNull(names.goalTitle(milestone.goalId)));
    json.insert(QStringLiteral("head_rev"), milestone.headRev);
    return json;
}

QJsonArray ItemFormatter::milestonesJson(const QList<core::Milestone>& milestones, GoalResolver& names) {
    QJsonArray json;
    for (const core::Milestone& m : milestones)
        json.append(milestoneJson(m, names));
    return json;
}

QJsonObject ItemFormatter::revisionJson(const core::Revision& revision) {
    return QJsonObject{{QStringLiteral("rev_id"), revision.revId},
                       {QStringLiteral("seq"), static_cast<double>(revision.seq)},
                       {QStringLiteral("item_id"), revision.itemId},
                       {QStringLiteral("item_type"), core::toString(revision.itemType)},
                       {QStringLiteral("parent_rev"), orNull(revision.parentRev)},
                       {QStringLiteral("device_id"), revision.deviceId},
                       {QStringLiteral("created_at"), revision.createdAt},
                       {QStringLiteral("deleted"), revision.deleted},
                       {QStringLiteral("content"), revision.content}};
}

QString ItemFormatter::number(double value) {
    return QString::number(value, 'g', 12);
}

QString ItemFormatter::goalRule(const Goal& goal) {
    const QString period = goal.period == core::Period::Whole ? QStringLiteral("in total")
                                                              : QStringLiteral("per ") + core::toString(goal.period);
    QString rule;
    if (goal.kind == core::GoalKind::Check) {
        rule = goal.target == 1.0 && goal.period == core::Period::Day
                   ? QStringLiteral("daily")
                   : QStringLiteral("%1 times %2").arg(number(goal.target), period);
        if (goal.weekdays != 0)
            rule = QStringLiteral("on %1").arg(InputParser::weekdayNames(goal.weekdays));
        else if (goal.freqDen > 1)
            rule = QStringLiteral("%1 times per %2 days").arg(goal.freqNum).arg(goal.freqDen);
    } else {
        const QString unit = goal.unit.isEmpty() ? QString() : QLatin1Char(' ') + goal.unit;
        rule =
            QStringLiteral("%1 %2%3 %4")
                .arg(goal.direction == core::Direction::AtMost ? QStringLiteral("at most") : QStringLiteral("at least"),
                     number(goal.target), unit, period);
        if (goal.aggregation != core::Aggregation::Sum)
            rule += QStringLiteral(" (%1)").arg(core::toString(goal.aggregation));
    }
    if (goal.deadline)
        rule += QStringLiteral(", by %1").arg(goal.deadline->toString(Qt::ISODate));
    return rule;
}

QString ItemFormatter::recordValue(const Record& record) {
    if (record.status != core::RecordStatus::Done)
        return core::toString(record.status);
    if (record.value)
        return number(*record.value);
    return record.goalId.isEmpty() ? QString() : QStringLiteral("note");
}

QStringList ItemFormatter::recordRow(const Record& record, GoalResolver& names) {
    QString when = record.day.toString(Qt::ISODate);
    if (record.time)
        when += QLatin1Char(' ') + record.time->toString(QStringLiteral("HH:mm"));
    QString note = record.note.section(QLatin1Char('\n'), 0, 0);
    if (note.size() > kNoteWidth)
        note = note.left(kNoteWidth - 3) + QStringLiteral("...");
    QStringList tags;
    for (const QString& t : record.tags)
        tags.append(QLatin1Char('#') + t);
    QString value = recordValue(record);
    if (record.mood)
        value += (value.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("mood %1").arg(*record.mood);
    return {GoalResolver::shortId(record.id), when, names.goalTitle(record.goalId), value,
            tags.join(QLatin1Char(' ')),      note};
}

QList<QStringList> ItemFormatter::milestoneRows(const QList<core::Milestone>& milestones) {
    QList<QStringList> rows;
    for (const core::Milestone& m : milestones)
        rows.append({GoalResolver::shortId(m.id), m.title, milestoneTarget(m), milestoneReached(m)});
    return rows;
}

QString ItemFormatter::milestoneState(const core::Milestone& milestone) {
    const QString target = milestoneTarget(milestone);
    return (target.isEmpty() ? QStringLiteral("no target") : target) + QStringLiteral(", ") +
           milestoneReached(milestone);
}

} // namespace selftrack::app
