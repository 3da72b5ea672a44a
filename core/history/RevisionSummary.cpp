// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/RevisionSummary.h"

#include "core/history/ItemFields.h"
#include "core/history/ItemLabel.h"
#include "core/history/RevisionDiff.h"

namespace selftrack::core {

namespace {

constexpr qsizetype kTitleChars = 60;

QString text(const QJsonObject& content, const char* key) {
    return content.value(QLatin1String(key)).toString();
}

QString number(double value) {
    return QString::number(value, 'g', 12);
}

QString createdRecord(const QJsonObject& c, const SummaryContext& context) {
    const QString day = text(c, "day");
    const QString status = text(c, "status");
    const QJsonValue value = c.value(QStringLiteral("value"));
    if (c.value(QStringLiteral("goal_id")).toString().isEmpty())
        return QStringLiteral("Wrote a journal entry on %1").arg(day);
    if (status == QLatin1String("skipped"))
        return QStringLiteral("Logged a skip on %1").arg(day);
    if (status == QLatin1String("failed"))
        return QStringLiteral("Logged a failure on %1").arg(day);
    if (!value.isDouble())
        return QStringLiteral("Wrote a note on %1").arg(day);
    if (context.goalKind == GoalKind::Check && value.toDouble() == 1.0)
        return QStringLiteral("Checked in on %1").arg(day);
    const QString unit = context.unit.isEmpty() ? QString() : QLatin1Char(' ') + context.unit;
    return QStringLiteral("Logged %1%2 on %3").arg(number(value.toDouble()), unit, day);
}

QString created(const Revision& r, const SummaryContext& context) {
    QString line =
        r.itemType == ItemType::Record
            ? createdRecord(r.content, context)
            : QStringLiteral("Created %1 \"%2\"")
                  .arg(toString(r.itemType), ItemLabel::shorten(ItemLabel::of(r.itemType, r.content), kTitleChars));
    if (r.deleted)
        line += QStringLiteral(" (in the trash)");
    return line;
}

// A sentence of its own for the changes that have a natural one, else empty.
QString phrase(ItemType type, const FieldChange& c) {
    const QString key = c.field;
    if (key == QLatin1String(RevisionDiff::kDeletedField))
        return c.after.toBool() ? QStringLiteral("moved to the trash") : QStringLiteral("restored from the trash");
    const bool titled = type == ItemType::Goal || type == ItemType::Milestone;
    if (c.kind != FieldChangeKind::Removed &&
        ((titled && key == QLatin1String("title")) || (type == ItemType::Category && key == QLatin1String("name"))))
        return QStringLiteral("renamed to \"%1\"")
            .arg(ItemLabel::shorten(c.after.toString().simplified(), kTitleChars));
    if (type == ItemType::Goal && key == QLatin1String("archived"))
        return c.after.toBool() ? QStringLiteral("archived") : QStringLiteral("unarchived");
    if (type == ItemType::Milestone && key == QLatin1String("done_date")) {
        if (c.kind == FieldChangeKind::Added)
            return QStringLiteral("marked reached on %1").arg(c.after.toString());
        if (c.kind == FieldChangeKind::Removed)
            return QStringLiteral("marked not reached");
        return {};
    }
    const bool note = type == ItemType::Record && key == QLatin1String("note");
    const bool notes = type == ItemType::Goal && key == QLatin1String("notes");
    if (!note && !notes)
        return {};
    switch (c.kind) {
    case FieldChangeKind::Added:
        return note ? QStringLiteral("added a note") : QStringLiteral("added notes");
    case FieldChangeKind::Removed:
        return note ? QStringLiteral("removed the note") : QStringLiteral("removed the notes");
    case FieldChangeKind::Changed:
        return note ? QStringLiteral("edited the note") : QStringLiteral("edited the notes");
    }
    return {};
}

} // namespace

QString RevisionSummary::describe(const Revision& revision, const Revision* parent, const SummaryContext& context) {
    if (!parent)
        return created(revision, context);
    DiffOptions options;
    options.lineDiffs = false;
    const RevisionDiff diff = RevisionDiff::between(parent, revision, options);
    QStringList parts;
    QStringList changedNames;
    for (const FieldChange& c : diff.changes()) {
        if (QString p = phrase(revision.itemType, c); !p.isEmpty())
            parts.append(p);
        else if (QString name = ItemFields::displayName(revision.itemType, c.field); !changedNames.contains(name))
            changedNames.append(name);
    }
    if (!changedNames.isEmpty())
        parts.append(QStringLiteral("changed ") + changedNames.join(QStringLiteral(", ")));
    if (parts.isEmpty())
        return QStringLiteral("No changes");
    QString line = parts.join(QStringLiteral("; "));
    line[0] = line.at(0).toUpper();
    return line;
}

} // namespace selftrack::core
