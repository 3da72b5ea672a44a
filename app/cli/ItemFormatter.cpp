// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ItemFormatter.h"

#include "app/cli/GoalResolver.h"
#include "app/cli/InputParser.h"

#include <QJsonDocument>
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

constexpr qsizetype kInlineText = 80; // texts up to this long, on one line, show as values
constexpr qsizetype kContext = 2;     // kept lines shown around changed ones

// JSON notation: strings quoted and escaped, numbers and booleans plain.
QString jsonText(const QJsonValue& value) {
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// A set element: a tag as is, a reminder as "07:30 mon,wed", anything else as JSON.
QString elementText(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    const QJsonObject o = value.toObject();
    if (value.isObject() && o.value(QStringLiteral("time")).isString() &&
        o.value(QStringLiteral("weekdays")).isDouble()) {
        const int days = o.value(QStringLiteral("weekdays")).toInt();
        return o.value(QStringLiteral("time")).toString() + QLatin1Char(' ') +
               (days == 0x7f ? QStringLiteral("daily") : InputParser::weekdayNames(days));
    }
    return jsonText(value);
}

QString valueChange(const core::FieldChange& c) {
    switch (c.kind) {
    case core::FieldChangeKind::Added:
        return QStringLiteral("added ") + jsonText(c.after);
    case core::FieldChangeKind::Removed:
        return QStringLiteral("removed ") + jsonText(c.before);
    case core::FieldChangeKind::Changed:
        break;
    }
    return jsonText(c.before) + QStringLiteral(" -> ") + jsonText(c.after);
}

QString setChange(const core::FieldChange& c) {
    QStringList parts;
    for (const auto& v : c.added)
        parts.append(QLatin1Char('+') + elementText(v));
    for (const auto& v : c.removed)
        parts.append(QLatin1Char('-') + elementText(v));
    return parts.isEmpty() ? QStringLiteral("reordered") : parts.join(QLatin1Char(' '));
}

bool isShortLine(const QJsonValue& value) {
    const QString text = value.toString();
    return text.size() <= kInlineText && !text.contains(QLatin1Char('\n'));
}

// The changed lines with kContext kept lines around them; "..." where kept lines are left out.
QStringList lineHunks(const QList<core::DiffLine>& lines) {
    QList<bool> shown(lines.size(), false);
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines.at(i).kind != core::LineKind::Kept)
            for (qsizetype j = std::max<qsizetype>(0, i - kContext); j <= std::min(lines.size() - 1, i + kContext); ++j)
                shown[j] = true;
    QStringList out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!shown.at(i)) {
            if (i == 0 || shown.at(i - 1))
                out.append(QStringLiteral("    ..."));
            continue;
        }
        const core::DiffLine& line = lines.at(i);
        const QString mark = line.kind == core::LineKind::Added     ? QStringLiteral("+ ")
                             : line.kind == core::LineKind::Removed ? QStringLiteral("- ")
                                                                    : QStringLiteral("  ");
        out.append(QStringLiteral("    ") + mark + line.text);
    }
    return out;
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

QStringList ItemFormatter::changeLines(const core::RevisionDiff& diff) {
    QStringList out;
    for (const core::FieldChange& c : diff.changes()) {
        const QString head = QStringLiteral("  %1: ").arg(c.field);
        if (!c.added.isEmpty() || !c.removed.isEmpty() || (c.before.isArray() && c.after.isArray()))
            out.append(head + setChange(c));
        else if (c.linesOmitted)
            out.append(head + QStringLiteral("changed (too large to compare line by line: %1 -> %2 characters)")
                                  .arg(c.before.toString().size())
                                  .arg(c.after.toString().size()));
        else if (c.lines.isEmpty() || (isShortLine(c.before) && isShortLine(c.after)))
            out.append(head + valueChange(c));
        else
            out += QStringList{QStringLiteral("  %1:").arg(c.field)} + lineHunks(c.lines);
    }
    return out;
}

QString ItemFormatter::milestoneState(const core::Milestone& milestone) {
    const QString target = milestoneTarget(milestone);
    return (target.isEmpty() ? QStringLiteral("no target") : target) + QStringLiteral(", ") +
           milestoneReached(milestone);
}

} // namespace selftrack::app
