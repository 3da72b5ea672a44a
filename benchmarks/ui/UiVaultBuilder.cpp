// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiVaultBuilder.h"

#include <cstdio>
#include <cstdlib>
#include <functional>

namespace selftrack::bench {

namespace {

constexpr int kGoals = 200;
constexpr int kRecords = 200000;
constexpr int kJournal = 20000;
constexpr int kTenYears = 3650;

template <typename T> T must(core::Result<T> result, const char* what) {
    if (!result) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(result.error().message));
        std::exit(1);
    }
    return std::move(*result);
}

core::Goal makeGoal(int n, QDate start) {
    core::Goal g;
    g.title = QStringLiteral("Goal %1").arg(n, 3, 10, QLatin1Char('0'));
    g.startDate = start;
    g.position = n;
    if (n >= 100) {
        g.kind = core::GoalKind::Amount;
        g.unit = QStringLiteral("min");
        g.target = 30;
    } else if (n >= 60) {
        g.freqNum = 3;
        g.freqDen = 7;
    }
    return g;
}

// Runs `count` writes of `make(i)` in batches of 5,000 (one transaction each).
void writeInBatches(core::ContentStore& store, int count, const std::function<core::Record(int)>& make) {
    for (int done = 0; done < count;) {
        const int end = std::min(count, done + 5000);
        auto st = store.batch([&]() -> core::Status {
            for (int i = done; i < end; ++i)
                if (auto added = store.addRecord(make(i)); !added)
                    return std::unexpected(added.error());
            return {};
        });
        if (!st) {
            std::fprintf(stderr, "writing records: %s\n", qPrintable(st.error().message));
            std::exit(1);
        }
        done = end;
    }
}

} // namespace

UiVaultBuilder::Built UiVaultBuilder::build(core::ContentStore& store, QDate today, int scale) {
    Built built;
    const int goals = std::max(2, kGoals / scale);
    const int tenYears = kTenYears / scale;
    const int journal = kJournal / scale;
    const int perGoal = (kRecords / scale - tenYears - journal) / (goals - 1);
    QList<core::Goal> made;
    for (int n = 0; n < goals; ++n) {
        const QDate start = today.addDays(n == 0 ? -tenYears : -perGoal * 7 / 5 - 1);
        made.append(must(store.addGoal(makeGoal(n, start)), "adding a goal"));
    }
    built.tenYearGoalId = made.first().id;
    built.goals = goals;

    writeInBatches(store, tenYears, [&](int i) {
        core::Record r;
        r.goalId = made.first().id;
        r.day = today.addDays(-tenYears + i);
        r.value = 1.0;
        if (i % 11 == 0)
            r.note = QStringLiteral("Day %1: felt good.").arg(i);
        return r;
    });
    // The other goals: `perGoal` days each, on five days of seven, ending yesterday.
    writeInBatches(store, perGoal * (goals - 1), [&](int i) {
        const core::Goal& g = made.at(1 + i / perGoal);
        const int k = i % perGoal;
        core::Record r;
        r.goalId = g.id;
        r.day = today.addDays(-1 - (k / 5) * 7 - k % 5);
        r.value = g.kind == core::GoalKind::Amount ? 10.0 + (i % 40) : 1.0;
        return r;
    });
    writeInBatches(store, journal, [&](int i) {
        core::Record r;
        r.day = today.addDays(-1 - i / 6);
        r.time = QTime(8 + i % 6 * 2, 15);
        r.note =
            QStringLiteral("Entry %1. A morning walk, then work; in the evening a book and an early night.").arg(i);
        r.tags = {i % 3 == 0 ? QStringLiteral("walk") : QStringLiteral("work")};
        r.mood = 1 + i % 5;
        return r;
    });
    built.records = tenYears + perGoal * (goals - 1) + journal;
    return built;
}

} // namespace selftrack::bench
