// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/SampleData.h"

#include <array>

namespace selftrack::core {

namespace {

constexpr int kDays = 56; // eight weeks of history

// A fixed pseudo-random sequence (a linear congruential generator): the same sample every time.
class Dice {
public:
    // 0 .. 99
    int roll() {
        m_state = m_state * 1103515245U + 12345U;
        return static_cast<int>((m_state >> 16) % 100);
    }

private:
    unsigned m_state = 20261208U;
};

struct Built {
    Goal goal;
    QString category;
};

Goal base(const QString& title, QDate start, const QString& color, const QString& icon) {
    Goal g;
    g.title = title;
    g.startDate = start;
    g.color = color;
    g.icon = icon;
    return g;
}

std::array<Built, 5> sampleGoals(QDate start, QDate today) {
    Goal meditate =
        base(QStringLiteral("Meditate 10 minutes"), start, QStringLiteral("#7e57c2"), QStringLiteral("meditation"));
    meditate.notes = QStringLiteral("Right after breakfast, before the phone.");
    meditate.reminders = {Reminder{QTime(7, 30), 0x7f}};

    Goal run = base(QStringLiteral("Run"), start, QStringLiteral("#43a047"), QStringLiteral("run"));
    run.freqNum = 3;
    run.freqDen = 7;
    run.reminders = {Reminder{QTime(18, 0), 0x15}}; // Monday, Wednesday, Friday

    Goal water = base(QStringLiteral("Drink water"), start, QStringLiteral("#1e88e5"), QStringLiteral("water"));
    water.kind = GoalKind::Amount;
    water.unit = QStringLiteral("ml");
    water.target = 2000;

    Goal screen = base(QStringLiteral("Screen time"), start, QStringLiteral("#f4511e"), QStringLiteral("phone"));
    screen.kind = GoalKind::Amount;
    screen.unit = QStringLiteral("h");
    screen.target = 2;
    screen.direction = Direction::AtMost;

    Goal books = base(QStringLiteral("Read 12 books"), start, QStringLiteral("#8d6e63"), QStringLiteral("book"));
    books.kind = GoalKind::Amount;
    books.unit = QStringLiteral("books");
    books.target = 12;
    books.period = Period::Whole;
    books.deadline = QDate(today.year(), 12, 31) > today ? QDate(today.year(), 12, 31) : today.addYears(1);

    return {Built{meditate, QStringLiteral("Mind")}, Built{run, QStringLiteral("Health")},
            Built{water, QStringLiteral("Health")}, Built{screen, QStringLiteral("Mind")},
            Built{books, QStringLiteral("Learning")}};
}

Record point(const QString& goalId, QDate day, std::optional<double> value, QTime time) {
    Record r;
    r.goalId = goalId;
    r.day = day;
    r.time = time;
    r.value = value;
    return r;
}

// Each goal's history: about how a person doing fairly well would look.
QList<Record> sampleRecords(const std::array<Goal, 5>& goals, QDate start, Dice& dice) {
    QList<Record> out;
    for (int i = 0; i < kDays; ++i) {
        const QDate day = start.addDays(i);
        if (dice.roll() < 82)
            out.append(point(goals[0].id, day, 1.0, QTime(7, 40)));
        const int weekday = day.dayOfWeek();
        if ((weekday == 1 || weekday == 3 || weekday == 6) && dice.roll() < 80)
            out.append(point(goals[1].id, day, 1.0, QTime(18, 30)));
        else if (weekday == 5 && dice.roll() < 30) {
            Record skip = point(goals[1].id, day, std::nullopt, QTime(18, 0));
            skip.status = RecordStatus::Skipped;
            skip.note = QStringLiteral("Sore knee, resting.");
            out.append(skip);
        }
        for (int glass = 0; glass < 4 + dice.roll() % 5; ++glass)
            out.append(point(goals[2].id, day, 300 + 50 * (dice.roll() % 3), QTime(9 + 2 * glass, 0)));
        out.append(point(goals[3].id, day, 0.5 * (1 + dice.roll() % 6), QTime(22, 0)));
        if (i % 19 == 18)
            out.append(point(goals[4].id, day, 1.0, QTime(21, 30)));
    }
    return out;
}

QList<Record> sampleJournal(const std::array<Goal, 5>& goals, QDate start) {
    struct Line {
        int day;
        int goal; // -1 = no goal
        int mood;
        const char* text;
        const char* tags;
    };
    static constexpr std::array<Line, 6> kLines{{
        {2, -1, 3, "First week of trying to be **consistent**. Starting small.", "start"},
        {9, 1, 4, "Ran by the river. The *last kilometre* felt easy for once.", "run,outside"},
        {20, 0, 4, "Meditation is getting easier; ten minutes pass quickly now.", "calm"},
        {31, -1, 2, "Long day at work, too much screen time in the evening.", "work,tired"},
        {43, 4, 5, "Finished a book in two evenings - could not put it down.", "reading"},
        {54, -1, 5, "Great weekend: a long walk, a good book, an early night.\n\n- walk\n- read\n- sleep",
         "weekend,outside"},
    }};
    QList<Record> out;
    for (const Line& line : kLines) {
        Record r;
        r.day = start.addDays(line.day);
        r.time = QTime(21, 15);
        if (line.goal >= 0)
            r.goalId = goals[static_cast<size_t>(line.goal)].id;
        r.mood = line.mood;
        r.note = QString::fromUtf8(line.text);
        r.tags = QString::fromUtf8(line.tags).split(QLatin1Char(','));
        out.append(r);
    }
    return out;
}

} // namespace

Result<SampleData::Counts> SampleData::add(ContentStore& store, QDate today) {
    if (!today.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("Sample data needs a valid day."));
    const QDate start = today.addDays(-kDays);
    Counts counts;
    const Status status = store.batch([&]() -> Status {
        std::array<Goal, 5> goals;
        const std::array<Built, 5> built = sampleGoals(start, today);
        for (size_t i = 0; i < built.size(); ++i) {
            auto category = store.categoryNamed(built[i].category);
            if (!category)
                return std::unexpected(category.error());
            Goal g = built[i].goal;
            g.categoryId = category->id;
            g.position = static_cast<int>(i);
            auto added = store.addGoal(g);
            if (!added)
                return std::unexpected(added.error());
            goals[i] = *added;
            ++counts.goals;
        }
        Dice dice;
        QList<Record> records = sampleRecords(goals, start, dice);
        records.append(sampleJournal(goals, start));
        for (const Record& r : records) {
            auto added = store.addRecord(r);
            if (!added)
                return std::unexpected(added.error());
            ++counts.records;
        }
        const std::array<std::pair<const char*, bool>, 3> steps{
            {{"First book of the year", true}, {"Six books by midsummer", false}, {"A dozen by December", false}}};
        for (size_t i = 0; i < steps.size(); ++i) {
            Milestone m;
            m.goalId = goals[4].id;
            m.title = QString::fromUtf8(steps[i].first);
            m.position = static_cast<int>(i);
            if (steps[i].second)
                m.doneDate = start.addDays(18);
            if (auto added = store.addMilestone(m); !added)
                return std::unexpected(added.error());
            ++counts.milestones;
        }
        return {};
    });
    if (!status)
        return std::unexpected(status.error());
    return counts;
}

} // namespace selftrack::core
