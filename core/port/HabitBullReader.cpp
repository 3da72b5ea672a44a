// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/port/HabitBullReader.h"

#include "core/port/CsvReader.h"

#include <QHash>
#include <QUuid>

namespace selftrack::core {

namespace {

const QUuid kHabitBullNamespace(QStringLiteral("{0f4a1f7e-8d2b-4c61-b1a3-2e9c7d5a4b10}"));

QString idOf(const QString& name) {
    return QUuid::createUuidV5(kHabitBullNamespace, name).toString(QUuid::WithoutBraces);
}

Error bad(const QString& what) {
    return Error{ErrorCode::InvalidInput, QStringLiteral("HabitBull's export: %1").arg(what)};
}

struct Day {
    QDate date;
    double value = 0.0;
    QString comment;
};

struct Habit {
    QString name;
    QString description;
    QString category;
    QList<Day> days;
};

} // namespace

bool HabitBullReader::looksLike(const QByteArray& bytes) {
    QByteArrayView head(bytes);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    return head.startsWith("HabitName,HabitDescription,HabitCategory") ||
           head.startsWith("HabitName;HabitDescription;HabitCategory");
}

namespace {

// The rows grouped by habit, in the order the habits first appear.
Result<QList<Habit>> habitsOf(const CsvTable& table) {
    const qsizetype name = table.column(u"HabitName");
    const qsizetype description = table.column(u"HabitDescription");
    const qsizetype category = table.column(u"HabitCategory");
    const qsizetype date = table.column(u"CalendarDate");
    const qsizetype value = table.column(u"Value");
    const qsizetype comment = table.column(u"CommentText");
    if (name < 0 || date < 0 || value < 0)
        return std::unexpected(bad(QStringLiteral("it needs the columns HabitName, CalendarDate and Value.")));
    QList<Habit> habits;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList& row = table.rows[i];
        const QString habitName = CsvTable::field(row, name).trimmed();
        Day day;
        day.date = QDate::fromString(CsvTable::field(row, date).trimmed().left(10), Qt::ISODate);
        bool ok = false;
        day.value = CsvTable::field(row, value).trimmed().toDouble(&ok);
        day.comment = CsvTable::field(row, comment);
        if (habitName.isEmpty() || !day.date.isValid() || !ok || !(day.value >= 0))
            return std::unexpected(bad(QStringLiteral("row %1 has no habit name, valid date or value.").arg(i + 2)));
        if (!index.contains(habitName)) {
            index.insert(habitName, habits.size());
            habits.append(Habit{
                habitName, CsvTable::field(row, description).trimmed(), CsvTable::field(row, category).trimmed(), {}});
        }
        habits[index.value(habitName)].days.append(day);
    }
    return habits;
}

// The category of `name` in the plan, added the first time.
QString categoryOf(ImportPlan& plan, const QString& name) {
    QString id = idOf(QStringLiteral("category:") + name.toLower());
    for (const Category& c : plan.categories)
        if (c.id == id)
            return id;
    plan.categories.append(Category{id, name, QString(), static_cast<int>(plan.categories.size()), {}, false});
    return id;
}

void addHabit(ImportPlan& plan, const Habit& h) {
    Goal g;
    g.id = idOf(QStringLiteral("habit:") + h.name.toLower());
    g.title = h.name;
    g.notes = h.description;
    g.position = static_cast<int>(plan.goals.size());
    bool yesNo = true;
    for (const Day& d : h.days) {
        yesNo = yesNo && (d.value == 0.0 || d.value == 1.0);
        if (!g.startDate.isValid() || d.date < g.startDate)
            g.startDate = d.date;
    }
    g.kind = yesNo ? GoalKind::Check : GoalKind::Amount;
    if (!h.category.isEmpty())
        g.categoryId = categoryOf(plan, h.category);
    for (const Day& d : h.days) {
        if (yesNo && d.value == 0.0 && d.comment.trimmed().isEmpty())
            continue;
        Record r;
        r.id = idOf(g.id + u':' + d.date.toString(Qt::ISODate));
        r.goalId = g.id;
        r.day = d.date;
        r.note = d.comment;
        if (!yesNo || d.value == 1.0)
            r.value = d.value;
        plan.records.append(r);
    }
    plan.goals.append(g);
}

} // namespace

Result<ImportPlan> HabitBullReader::read(const QByteArray& bytes) {
    auto table = CsvReader::parse(bytes);
    if (!table)
        return std::unexpected(bad(table.error().message));
    auto habits = habitsOf(*table);
    if (!habits)
        return std::unexpected(habits.error());
    ImportPlan plan;
    plan.format = QStringLiteral("habitbull");
    for (const Habit& h : *habits)
        addHabit(plan, h);
    return plan;
}

} // namespace selftrack::core
