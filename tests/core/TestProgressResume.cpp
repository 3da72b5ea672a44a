// SPDX-License-Identifier: GPL-3.0-or-later
// Property test: figures resumed from the engine state of an earlier day (and the check-ins since
// then) equal the full computation over every check-in exactly (==, every figure), for random
// histories of every goal shape, gaps of 1 to 500 days, several time zones and week starts.
#include "RandomGoals.h"
#include "TestGoalStatsSupport.h"

#include "core/domain/ResumeStateCodec.h"
#include "core/progress/DailyTimeline.h"
#include "core/progress/ProgressEngine.h"
#include "core/progress/ProgressResume.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

#include <vector>

using namespace selftrack::core;
using selftrack::core::testing::RandomGoals;
using selftrack::test::checkSameProgress;

namespace {

// What CheckInQuery gives on `day`: the check-ins dated up to it (a damaged date reads as invalid).
std::vector<DayEntry> upTo(const std::vector<DayEntry>& entries, QDate day) {
    std::vector<DayEntry> out;
    for (const DayEntry& e : entries)
        if (!e.date.isValid() || e.date <= day)
            out.push_back(e);
    return out;
}

// What CheckInQuery::loadAfter gives: the check-ins dated after `after` up to `day`.
std::vector<DayEntry> between(const std::vector<DayEntry>& entries, QDate after, QDate day) {
    std::vector<DayEntry> out;
    for (const DayEntry& e : entries)
        if (e.date.isValid() && e.date > after && e.date <= day)
            out.push_back(e);
    return out;
}

// A context whose local day in `zone` is `day`, at a random hour of the day.
ProgressContext contextIn(QDate day, const QTimeZone& zone, Qt::DayOfWeek weekStart, RandomGoals& random) {
    ProgressContext context;
    context.timeZone = zone;
    context.weekStart = weekStart;
    context.now = QDateTime(day, QTime(random.uniform(4, 21), random.uniform(0, 59)), zone).toUTC();
    REQUIRE(context.today() == day);
    return context;
}

int randomGap(RandomGoals& random) {
    if (random.chance(40))
        return random.uniform(1, 7);
    if (random.chance(50))
        return random.uniform(8, 60);
    return random.uniform(61, 500);
}

// The state through the codec, as the vault keeps it; encoding the decoded state gives the same bytes.
ResumeState throughVault(const ResumeState& state) {
    const QByteArray bytes = ResumeStateCodec::encode(state);
    std::optional<ResumeState> back = ResumeStateCodec::decode(bytes);
    REQUIRE(back);
    CHECK(ResumeStateCodec::encode(*back) == bytes);
    return std::move(*back);
}

struct Tally {
    int carried = 0;   // resumed from a summarised past
    int shortPast = 0; // resumed from a tail holding every check-in
    int recomputed = 0;
};

} // namespace

TEST_CASE("figures resumed from an earlier day equal the full computation exactly, for every goal shape",
          "[core][progress][resume]") {
    static const char* const kZones[] = {"UTC", "America/New_York", "Asia/Kolkata", "Pacific/Auckland",
                                         "Europe/Berlin"};
    static const Qt::DayOfWeek kWeekStarts[] = {Qt::Monday, Qt::Sunday, Qt::Saturday, Qt::Wednesday};
    const unsigned seed = GENERATE(11u, 12u, 13u, 14u, 15u, 16u, 17u, 18u);
    RandomGoals random(seed);
    Tally tally;
    for (int n = 0; n < 150; ++n) {
        const QTimeZone zone(kZones[random.uniform(0, 4)]);
        REQUIRE(zone.isValid());
        const Qt::DayOfWeek weekStart = kWeekStarts[random.uniform(0, 3)];
        // Four days: the first state's, then three later ones, each resumed from the one before.
        std::vector<QDate> days{QDate(2026, 3, 1).addDays(-random.uniform(0, 900))};
        for (int i = 0; i < 3; ++i)
            days.push_back(days.back().addDays(randomGap(random)));
        GoalRule rule = random.rule(days[0]);
        if (random.chance(50)) // long histories: most of the past is summarised
            rule.start = days[0].addDays(-random.uniform(400, 2500));
        if (rule.deadline && (*rule.deadline < rule.start || random.chance(50)))
            rule.deadline =
                rule.start.addDays(random.uniform(0, static_cast<int>(rule.start.daysTo(days.back())) + 60));
        const std::vector<DayEntry> entries = random.entries(rule, days.back());
        INFO("seed " << seed << " goal " << n << " kind " << static_cast<int>(rule.kind) << " period "
                     << static_cast<int>(rule.period) << " aggregation " << static_cast<int>(rule.aggregation)
                     << " direction " << static_cast<int>(rule.direction) << " frequency " << rule.frequency.numerator
                     << "/" << rule.frequency.denominator << " weekdays " << rule.frequency.weekdayMask << " start "
                     << rule.start.toString(Qt::ISODate).toStdString() << " entries " << entries.size());

        const ProgressContext first = contextIn(days[0], zone, weekStart, random);
        const std::vector<DayEntry> initial = upTo(entries, days[0]);
        auto computed = computeResumable(rule, initial, first);
        REQUIRE(computed);
        checkSameProgress(computed->progress, computeProgress(rule, initial, first).value());
        std::optional<ResumeState> state = computed->state;
        for (std::size_t i = 1; i < days.size(); ++i) {
            INFO("day " << i << ": " << days[i].toString(Qt::ISODate).toStdString() << " after "
                        << days[i - 1].toString(Qt::ISODate).toStdString());
            const ProgressContext context = contextIn(days[i], zone, weekStart, random);
            const GoalProgress full = computeProgress(rule, upTo(entries, days[i]), context).value();
            std::optional<ResumableProgress> resumed;
            if (state) {
                const ResumeState kept = throughVault(*state);
                auto result = resumeProgress(rule, kept, between(entries, days[i - 1], days[i]), context);
                REQUIRE(result);
                resumed = std::move(*result);
                if (resumed)
                    ++(kept.coversAll ? tally.shortPast : tally.carried);
            }
            if (!resumed) {
                ++tally.recomputed;
                resumed = computeResumable(rule, upTo(entries, days[i]), context).value();
            }
            checkSameProgress(resumed->progress, full);
            state = resumed->state;
        }
    }
    INFO("carried " << tally.carried << ", short past " << tally.shortPast << ", recomputed " << tally.recomputed);
    // The property must be exercised on every path, mostly on the summarised past.
    CHECK(tally.carried > 150);
    CHECK(tally.shortPast > 15);
    CHECK(tally.recomputed < tally.carried);
}

TEST_CASE("a habit with automatic days is resumed while no new day is done, recomputed after one",
          "[core][progress][resume]") {
    // Once a week, done every seventh day for two years: Loop's intervals lie end to end. A new
    // done day three days after the last slides every older interval back by four days, down to
    // the first one (which then starts on the goal's start), so the past of the state changes.
    GoalRule rule;
    rule.frequency = Frequency::perDays(1, 7);
    rule.start = QDate(2024, 1, 1);
    const QDate last = rule.start.addDays(4 + 7 * 104);
    std::vector<DayEntry> entries;
    for (QDate d = rule.start.addDays(4); d <= last; d = d.addDays(7))
        entries.push_back(DayEntry{d, 1.0, EntryStatus::Done});
    auto snapshot = computeResumable(rule, entries, selftrack::test::contextOn(last));
    REQUIRE(snapshot);
    REQUIRE(snapshot->state);
    CHECK_FALSE(snapshot->state->coversAll);

    const ProgressContext later = selftrack::test::contextOn(last.addDays(4));
    const std::vector<DayEntry> skip{DayEntry{last.addDays(3), std::nullopt, EntryStatus::Skipped}};
    auto resumed = resumeProgress(rule, *snapshot->state, skip, later);
    REQUIRE(resumed);
    REQUIRE(*resumed);
    std::vector<DayEntry> all = entries;
    all.insert(all.end(), skip.begin(), skip.end());
    checkSameProgress((*resumed)->progress, computeProgress(rule, all, later).value());

    const std::vector<DayEntry> done{DayEntry{last.addDays(3), 1.0, EntryStatus::Done}};
    all = entries;
    all.insert(all.end(), done.begin(), done.end());
    CHECK(DailyTimeline::build(rule, all, later.today()).first() == rule.start);
    CHECK(DailyTimeline::build(rule, entries, last).first() == rule.start.addDays(4));
    auto refused = resumeProgress(rule, *snapshot->state, done, later);
    REQUIRE(refused);
    CHECK_FALSE(*refused);
}

TEST_CASE("a state is not resumed on its own day or before it, and foreign bytes decode to nothing",
          "[core][progress][resume]") {
    GoalRule rule;
    rule.start = QDate(2024, 1, 1);
    std::vector<DayEntry> entries;
    for (QDate d = rule.start; d <= QDate(2025, 6, 1); d = d.addDays(1))
        entries.push_back(DayEntry{d, 1.0, EntryStatus::Done});
    const ProgressContext context = selftrack::test::contextOn(QDate(2025, 6, 1));
    auto snapshot = computeResumable(rule, entries, context);
    REQUIRE(snapshot);
    REQUIRE(snapshot->state);
    CHECK_FALSE(resumeProgress(rule, *snapshot->state, {}, context).value().has_value());
    CHECK_FALSE(
        resumeProgress(rule, *snapshot->state, {}, selftrack::test::contextOn(QDate(2025, 5, 1))).value().has_value());

    const QByteArray bytes = ResumeStateCodec::encode(*snapshot->state);
    CHECK(ResumeStateCodec::decode(bytes));
    CHECK_FALSE(ResumeStateCodec::decode(bytes.left(bytes.size() - 1)));
    CHECK_FALSE(ResumeStateCodec::decode(bytes + '\0'));
    CHECK_FALSE(ResumeStateCodec::decode(QByteArray()));
    CHECK_FALSE(ResumeStateCodec::decode(QByteArray("\x02garbage")));
}
