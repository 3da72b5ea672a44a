// SPDX-License-Identifier: GPL-3.0-or-later
// selftrack-bench: figures for docs/benchmarks.md ("Core").
// Usage: selftrack-bench [--quick] [--insert-only] [--backup-only] [--dir DIR] [--json]
// --quick divides every size by 10 (a smoke run; its figures are not for quoting). --insert-only
// runs just the insert phase (core against the raw baseline), for profiling and repeated runs;
// --backup-only builds the Today vault (200,000 records) and runs just the backup phase.
// --dir puts the scratch vaults under DIR instead of the system temporary folder (use the disk you
// care about). --json prints the figures as one JSON object on stdout (see BenchReport); the text
// goes to stderr.
#include "BackupBench.h"
#include "BenchReport.h"
#include "BenchTimer.h"
#include "RawBaseline.h"
#include "core/domain/ContentStore.h"
#include "core/domain/GoalStats.h"
#include "core/progress/ProgressEngine.h"
#include "core/stats/CheckInQuery.h"
#include "core/stats/ProgressCache.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>

#include <sys/resource.h>

using namespace selftrack::core;
using selftrack::bench::BackupBench;
using selftrack::bench::BenchReport;
using selftrack::bench::BenchTimer;
using selftrack::bench::medianSeconds;
using selftrack::bench::medianTimings;
using selftrack::bench::RawBaseline;
using selftrack::bench::Timing;

namespace {

constexpr auto kPassphrase = "benchmark passphrase";
// The scratch vaults use cheap Argon2id parameters; the KDF is measured on its own (phase 6).
constexpr Argon2Params kCheapKdf{1024, 1, 1};
constexpr int kWriteChunk = 5000; // records per batch() while filling the large vault
constexpr int kSearchPage = 50;   // journal search hits per page, as the CLI shows them

struct Sizes {
    int eachCommitted = 2000;
    int batched = 50000;
    int vaultRecords = 100000;
    int journalEntries = 50000;
    int statsDays = 3650;
    int runs = 7;
    int todayRecords = 200000; // the Today vault: 200 goals (kTodayGoals) and this many records
};

constexpr int kTodayGoals = 200;

[[noreturn]] void die(const char* what, const Error& error) {
    std::fprintf(stderr, "selftrack-bench: %s: %s\n", what, qPrintable(error.message));
    std::exit(1);
}

template <typename T> T must(Result<T> result, const char* what) {
    if (!result)
        die(what, result.error());
    return std::move(*result);
}

void must(const Status& status, const char* what) {
    if (!status)
        die(what, status.error());
}

long peakRssKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

// The 1-minute load average: the figures are only comparable between runs on a quiet machine.
double loadAverage() {
    double load[1] = {0.0};
    return getloadavg(load, 1) == 1 ? load[0] : -1.0;
}

QString grouped(double value) {
    return QLocale(QLocale::English).toString(std::llround(value));
}

Goal amountGoal(const QString& title) {
    Goal goal;
    goal.title = title;
    goal.kind = GoalKind::Amount;
    goal.unit = QStringLiteral("min");
    goal.target = 30;
    goal.startDate = QDate(2016, 1, 1);
    return goal;
}

Record dataPoint(const QString& goalId, int n) {
    Record record;
    record.goalId = goalId;
    record.day = QDate(2016, 1, 1).addDays(n % 3650);
    record.time = QTime(7, 30);
    record.utcOffsetMinutes = 60;
    record.value = n % 100;
    return record;
}

// ---- Journal text: a skewed synthetic vocabulary plus real words the queries look for. ----

class JournalText {
public:
    explicit JournalText(std::uint32_t seed) : m_rng(seed) {
        const char* syllables[] = {"ka", "lo", "mi", "ne", "ru", "ta", "vi", "so", "pe", "du", "ga", "ho", "ji", "fu"};
        for (const char* a : syllables)
            for (const char* b : syllables)
                for (const char* c : {"", "n", "ra", "tel"})
                    m_vocabulary.append(QString::fromLatin1(a) + QString::fromLatin1(b) + QString::fromLatin1(c));
    }

    QString note() {
        static constexpr const char* kCommon[] = {"morning", "coffee",  "tired",   "happy", "meeting", "walk",
                                                  "book",    "sleep",   "friends", "work",  "running", "runner",
                                                  "dinner",  "rain",    "garden",  "music", "family",  "focus",
                                                  "stress",  "weekend", "lunch"};
        const int words = uniform(12, 40);
        QStringList out;
        for (int i = 0; i < words; ++i) {
            if (uniform(0, 99) < 30) {
                out.append(QString::fromLatin1(kCommon[uniform(0, static_cast<int>(std::size(kCommon)) - 1)]));
            } else {
                const double u = std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
                out.append(m_vocabulary[static_cast<int>(static_cast<double>(m_vocabulary.size()) * u * u * u)]);
            }
        }
        if (uniform(0, 999) < 2)
            out.append(QStringLiteral("marathon"));
        if (uniform(0, 99) < 2)
            out.append(QStringLiteral("long walk"));
        return out.join(QLatin1Char(' ')) + QLatin1Char('.');
    }

    QStringList tags() {
        static constexpr const char* kTags[] = {"travel", "health", "work", "family", "idea", "gratitude"};
        QStringList out;
        for (int i = uniform(0, 2); i > 0; --i)
            out.append(QString::fromLatin1(kTags[uniform(0, static_cast<int>(std::size(kTags)) - 1)]));
        return out;
    }

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }

private:
    std::mt19937 m_rng;
    QStringList m_vocabulary;
};

// ---- Phase 1: insert rates, core against raw SQLCipher ----

// The insert phase's record: a data point with a short note and a tag, so a write fills every
// table a record touches (record row, tag, search index, revision), as RawBaseline does.
Record benchRecord(const QString& goalId, int n) {
    Record record = dataPoint(goalId, n);
    record.note = QString::fromLatin1(RawBaseline::note(n));
    record.tags = {QStringLiteral("reading")};
    return record;
}

void printInsertRow(const char* mode, int count, Timing core, Timing raw, const char* rawName = "raw SQLCipher") {
    std::printf("insert, %-28s %6d records: core %8s rec/s, %s %8s rec/s, core/raw %.2f "
                "(per CPU second: core %8s, raw %8s, core/raw %.2f)\n",
                mode, count, qPrintable(grouped(count / core.wall)), rawName, qPrintable(grouped(count / raw.wall)),
                raw.wall / core.wall, qPrintable(grouped(count / core.cpu)), qPrintable(grouped(count / raw.cpu)),
                raw.cpu / core.cpu);
}

// Not inlined, so that a profiler can tell the core's runs apart (as RawBaseline's).
[[gnu::noinline]] Timing insertEachCommitted(ContentStore& store, const QString& goalId, int count) {
    BenchTimer timer;
    for (int i = 0; i < count; ++i)
        must(store.addRecord(benchRecord(goalId, i)), "adding a record");
    return timer.elapsed();
}

[[gnu::noinline]] Timing insertBatch(ContentStore& store, const QString& goalId, int count) {
    BenchTimer timer;
    must(store.batch([&]() -> Status {
        for (int i = 0; i < count; ++i)
            if (auto added = store.addRecord(benchRecord(goalId, i)); !added)
                return std::unexpected(added.error());
        return {};
    }),
         "adding a batch");
    return timer.elapsed();
}

// A fresh vault and a fresh raw database side by side.
struct InsertPair {
    std::unique_ptr<Vault> vault;
    std::unique_ptr<ContentStore> store;
    std::unique_ptr<RawBaseline> raw;
    QString goalId;
};

InsertPair insertPair(const QString& workDir, const QString& name) {
    InsertPair pair;
    pair.vault = must(Vault::create(QDir(workDir).filePath(name), SecureBuffer::fromString(kPassphrase), kCheapKdf),
                      "creating an insert vault");
    pair.store = std::make_unique<ContentStore>(pair.vault->database(), pair.vault->deviceId());
    pair.goalId = must(pair.store->addGoal(amountGoal(QStringLiteral("Reading"))), "adding a goal").id;
    pair.raw = RawBaseline::create(QDir(workDir).filePath(name + QStringLiteral(".raw.db")));
    if (!pair.raw)
        std::exit(1);
    return pair;
}

// The baseline is only fair if it stores what the core stores: compare one revision's content,
// the bytes as stored.
void checkBaselineContent(ContentStore& store, const QString& goalId) {
    const Record added = must(store.addRecord(benchRecord(goalId, 0)), "adding a record");
    Statement stored = must(store.database().prepare("SELECT content FROM revisions WHERE item_id = ?"), "reading");
    stored.bind(1, added.id);
    if (!must(stored.step(), "reading a revision"))
        std::exit(1);
    const QByteArray core = stored.blob(0);
    const QByteArray raw =
        RawBaseline::contentJson(0, added.id.toLatin1(), goalId.toLatin1(), added.createdAt.toLatin1());
    if (core != raw) {
        std::fprintf(stderr, "selftrack-bench: the raw baseline's revision content differs from the core's:\n%s\n%s\n",
                     core.constData(), raw.constData());
        std::exit(1);
    }
}

void insertRates(const QString& workDir, const Sizes& sizes, BenchReport& report) {
    InsertPair pair = insertPair(workDir, QStringLiteral("insert"));
    checkBaselineContent(*pair.store, pair.goalId);
    const Timing coreEach = insertEachCommitted(*pair.store, pair.goalId, sizes.eachCommitted);
    const Timing rawEach = pair.raw->insertEachCommitted(sizes.eachCommitted);
    const Timing rowEach = pair.raw->insertRowOnlyEachCommitted(sizes.eachCommitted);
    const Timing coreBatch = insertBatch(*pair.store, pair.goalId, sizes.batched);
    const Timing rawBatch = pair.raw->insertBatched(sizes.batched);
    const Timing rowBatch = pair.raw->insertRowOnlyBatched(sizes.batched);
    if (rawEach.wall < 0 || rawBatch.wall < 0 || rowEach.wall < 0 || rowBatch.wall < 0)
        std::exit(1);
    std::printf("insert: a data point with a note and a tag (record row, tag row, search-index row, revision); raw "
                "writes the same rows, \"row only\" just the record row\n");
    printInsertRow("one transaction per record", sizes.eachCommitted, coreEach, rawEach);
    printInsertRow("all in one transaction", sizes.batched, coreBatch, rawBatch);
    printInsertRow("one transaction per record", sizes.eachCommitted, coreEach, rowEach, "raw row only");
    printInsertRow("all in one transaction", sizes.batched, coreBatch, rowBatch, "raw row only");
    report.set("insert_single_core_per_s", sizes.eachCommitted / coreEach.wall);
    report.set("insert_single_raw_per_s", sizes.eachCommitted / rawEach.wall);
    report.set("insert_batch_core_per_s", sizes.batched / coreBatch.wall);
    report.set("insert_batch_raw_per_s", sizes.batched / rawBatch.wall);
    report.set("insert_single_core_cpu_per_s", sizes.eachCommitted / coreEach.cpu);
    report.set("insert_single_raw_cpu_per_s", sizes.eachCommitted / rawEach.cpu);
    report.set("insert_batch_core_cpu_per_s", sizes.batched / coreBatch.cpu);
    report.set("insert_batch_raw_cpu_per_s", sizes.batched / rawBatch.cpu);
    report.set("insert_single_row_only_per_s", sizes.eachCommitted / rowEach.wall);
    report.set("insert_batch_row_only_per_s", sizes.batched / rowBatch.wall);
}

// ---- Phase 2: a vault with 10 years of a daily habit, journal entries and data points ----

Record habitCheckIn(const QString& goalId, QDate day, int roll) {
    Record record;
    record.goalId = goalId;
    record.day = day;
    record.time = QTime(6, 45);
    record.status = roll < 85 ? RecordStatus::Done : (roll < 90 ? RecordStatus::Skipped : RecordStatus::Failed);
    if (record.status == RecordStatus::Done)
        record.value = 1.0; // a check-in carries 1 (Record::isCheckIn); value-less it would be a note
    return record;
}

Record journalEntry(JournalText& text, int n) {
    Record record;
    record.day = QDate(2016, 1, 1).addDays(n % 3650);
    record.time = QTime(21, text.uniform(0, 59));
    record.note = text.note();
    record.tags = text.tags();
    record.mood = text.uniform(1, 5);
    return record;
}

// Writes `count` records made by `make(i)` in batches of kWriteChunk.
template <typename Make> void writeInChunks(ContentStore& store, int count, Make&& make) {
    for (int start = 0; start < count; start += kWriteChunk) {
        must(store.batch([&]() -> Status {
            for (int i = start; i < std::min(count, start + kWriteChunk); ++i)
                if (auto added = store.addRecord(make(i)); !added)
                    return std::unexpected(added.error());
            return {};
        }),
             "filling the large vault");
    }
}

// Returns the id of the daily habit.
QString buildLargeVault(const QString& dir, const Sizes& sizes) {
    auto vault = must(Vault::create(dir, SecureBuffer::fromString(kPassphrase), kCheapKdf), "creating a vault");
    ContentStore store(vault->database(), vault->deviceId());
    Goal habit;
    habit.title = QStringLiteral("Meditate");
    habit.startDate = QDate(2016, 1, 1);
    QString habitId = must(store.addGoal(habit), "adding the habit").id;
    QStringList amountIds;
    for (const char* title : {"Reading", "Running", "Water"})
        amountIds.append(must(store.addGoal(amountGoal(QString::fromLatin1(title))), "adding a goal").id);

    BenchTimer timer;
    JournalText text(20261129);
    writeInChunks(store, sizes.statsDays,
                  [&](int i) { return habitCheckIn(habitId, habit.startDate.addDays(i), text.uniform(0, 99)); });
    writeInChunks(store, sizes.journalEntries, [&](int i) { return journalEntry(text, i); });
    const int dataPoints = sizes.vaultRecords - sizes.statsDays - sizes.journalEntries;
    writeInChunks(store, dataPoints, [&](int i) { return dataPoint(amountIds[i % amountIds.size()], i); });
    const double seconds = timer.seconds();
    std::printf("large vault: %d records (%d check-ins of one daily habit over 10 years, %d journal entries, "
                "%d data points) written in %.1f s (%s rec/s in batches of %d)\n",
                sizes.vaultRecords, sizes.statsDays, sizes.journalEntries, dataPoints, seconds,
                qPrintable(grouped(sizes.vaultRecords / seconds)), kWriteChunk);
    return habitId;
}

// ---- Phase 3: opening the large vault, without the KDF ----

void openTime(const QString& dir, const Sizes& sizes, BenchReport& report) {
    QFile file(QDir(dir).filePath(QString::fromLatin1(Vault::kHeaderFile)));
    if (!file.open(QIODevice::ReadOnly))
        std::exit(1);
    const VaultHeader header = must(VaultHeader::parse(file.readAll()), "reading vault.json");
    const SecureBuffer passphrase = SecureBuffer::fromString(kPassphrase);

    // Best of many runs: on a shared machine the minimum is the figure least disturbed by others.
    constexpr int kOpenRuns = 21;
    std::vector<double> unwraps;
    std::vector<double> opens;
    std::vector<double> firstQueries;
    for (int i = 0; i < kOpenRuns; ++i) {
        BenchTimer unwrapTimer;
        must(header.unwrap(passphrase), "unwrapping");
        unwraps.push_back(unwrapTimer.seconds());
        BenchTimer openTimer;
        auto vault = must(Vault::open(dir, passphrase), "opening the large vault");
        opens.push_back(openTimer.seconds());
        BenchTimer queryTimer;
        ContentStore store(vault->database(), vault->deviceId());
        RecordFilter oneDay;
        oneDay.from = oneDay.to = QDate(2025, 12, 1);
        must(store.goals(), "listing goals");
        must(store.records(oneDay), "listing a day");
        firstQueries.push_back(queryTimer.seconds());
    }
    std::sort(unwraps.begin(), unwraps.end());
    std::sort(opens.begin(), opens.end());
    std::sort(firstQueries.begin(), firstQueries.end());
    std::printf("open a vault of %d records without the KDF: %.2f ms (best of %d: open %.2f ms - header unwrap "
                "%.2f ms with its Argon2id m=%u KiB t=%u; median open %.2f ms); then goal list + one day's records: "
                "%.2f ms (median; warm page cache)\n",
                sizes.vaultRecords, (opens.front() - unwraps.front()) * 1e3, kOpenRuns, opens.front() * 1e3,
                unwraps.front() * 1e3, header.kdfParams().memoryKiB, header.kdfParams().iterations,
                opens[opens.size() / 2] * 1e3, firstQueries[firstQueries.size() / 2] * 1e3);
    report.set("open_100k_ms", (opens.front() - unwraps.front()) * 1e3);
}

// ---- Phase 4: progress statistics of the daily habit ----

// Median seconds of one call of `fn`, timed over `calls` calls per run (for sub-microsecond work).
template <typename Fn> double perCallSeconds(int runs, int calls, Fn&& fn) {
    return medianSeconds(runs,
                         [&] {
                             for (int i = 0; i < calls; ++i)
                                 fn();
                         }) /
           calls;
}

// The first figures after an unlock: a fresh connection (empty SQLite page cache, the file in the
// OS cache), a fresh ProgressCache, `fn(cache, store)` timed once per run; opening is not timed.
// `context` moved `days` days later: a new local day for every cache.
ProgressContext laterContext(ProgressContext context, int days) {
    context.now = context.now.addDays(days);
    return context;
}

template <typename Fn> Timing afterUnlockTimings(const QString& dir, int runs, Fn&& fn) {
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        auto vault = must(Vault::open(dir, SecureBuffer::fromString(kPassphrase)), "opening the vault");
        ContentStore store(vault->database(), vault->deviceId());
        ProgressCache cache(vault->database(), store);
        BenchTimer timer;
        fn(cache, store);
        const Timing t = timer.elapsed();
        wall.push_back(t.wall);
        cpu.push_back(t.cpu);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return Timing{wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

void statsTime(const QString& dir, const QString& habitId, const Sizes& sizes, BenchReport& report) {
    auto vault = must(Vault::open(dir, SecureBuffer::fromString(kPassphrase)), "opening the large vault");
    ContentStore store(vault->database(), vault->deviceId());
    const Goal goal = must(store.goal(habitId), "reading the habit");
    ProgressContext context;
    context.now = QDateTime(goal.startDate.addDays(sizes.statsDays - 1), QTime(20, 0), QTimeZone::utc());

    // What the GUI calls: ProgressCache (warm: the figures are cached; after unlock: the first
    // call on a fresh connection; new day: resumed on a warm connection), then the reference
    // path through full Record objects (what main did before the cache), and the engine alone.
    ProgressCache cache(vault->database(), store);
    GoalProgress progress = must(cache.progress(goal, context), "computing stats");
    const double warm = perCallSeconds(sizes.runs, 1000, [&] { must(cache.progress(goal, context), "stats"); });
    const double cold = afterUnlockTimings(dir, sizes.runs, [&](ProgressCache& fresh, ContentStore&) {
                            must(fresh.progress(goal, context), "computing stats");
                        }).wall;
    // A new day: no figures kept in memory or in the vault match, so the goal is resumed from its
    // kept engine state and the check-ins since that state's day. Each run is one day later than
    // the one before (so the runs include the day the goal's state is renewed in the vault).
    int days = 0;
    const Timing coldNewDay = afterUnlockTimings(dir, sizes.runs, [&](ProgressCache& fresh, ContentStore&) {
        must(fresh.progress(goal, laterContext(context, ++days)), "computing stats");
    });
    const Timing newDay =
        medianTimings(sizes.runs, [&] { must(cache.progress(goal, laterContext(context, ++days)), "stats"); });
    const double full = medianSeconds(
        sizes.runs, [&] { must(GoalStats::compute(store, goal, context), "computing stats from full records"); });
    const std::vector<DayEntry> entries = must(CheckInQuery::load(vault->database(), habitId, context.today()), "load");
    const double load = medianSeconds(
        sizes.runs, [&] { must(CheckInQuery::load(vault->database(), habitId, context.today()), "loading"); });
    const double engine = medianSeconds(sizes.runs, [&] {
        must(computeProgress(GoalStats::ruleFor(goal), std::span<const DayEntry>(entries.data(), entries.size()),
                             context),
             "computing progress");
    });
    std::printf("stats of a daily habit with %zu check-ins (10 years), median: cached %.2f us; first after unlock "
                "%.2f ms (figures of the day kept in the vault), %.2f ms on a new day (CPU %.2f ms); resumed on a new "
                "day %.3f ms (CPU %.3f ms); all check-ins: loading %.2f ms, progress engine %.2f ms; before, through "
                "full records: %.2f ms; streak %d, best %d, 365-day rate %.3f, score %.4f\n",
                entries.size(), warm * 1e6, cold * 1e3, coldNewDay.wall * 1e3, coldNewDay.cpu * 1e3, newDay.wall * 1e3,
                newDay.cpu * 1e3, load * 1e3, engine * 1e3, full * 1e3, progress.currentStreak, progress.bestStreak,
                progress.completion365.value_or(0.0), progress.score);
    report.set("stats_10y_daily_ms", warm * 1e3);
    report.set("stats_10y_daily_cold_ms", cold * 1e3);
    report.set("stats_10y_daily_cold_newday_ms", coldNewDay.wall * 1e3);
    report.set("stats_10y_daily_cold_newday_cpu_ms", coldNewDay.cpu * 1e3);
    report.set("stats_10y_daily_newday_ms", newDay.wall * 1e3);
    report.set("stats_10y_daily_newday_cpu_ms", newDay.cpu * 1e3);
    report.set("stats_10y_daily_full_ms", full * 1e3);
    report.set("stats_10y_load_ms", load * 1e3);
    report.set("stats_10y_engine_ms", engine * 1e3);
}

// ---- Phase 4b: the Today view over 200 goals in a vault of 200,000 records ----

// The Today vault's goals and how many records each gets; every history ends on kTodayDay.
const QDate kTodayDay(2026, 3, 1);

struct TodayGoal {
    Goal goal;
    int records = 0;
    int daysPerRecord = 1;
};

// 60 daily check habits with years of history (60% of the records), 40 weekly goals (20 check
// goals "3 times a week", 20 weekly minute sums), 100 amount goals (daily sums, daily limits,
// monthly averages, a weight-style last value towards a deadline).
QList<TodayGoal> todayPlan(const Sizes& sizes) {
    const int unit = sizes.todayRecords / 1000; // 200 with the full size
    QList<TodayGoal> plan;
    for (int i = 0; i < kTodayGoals; ++i) {
        TodayGoal g;
        g.goal.title = QStringLiteral("Goal %1").arg(i);
        g.goal.startDate = QDate(2016, 1, 1);
        if (i < 60) {
            g.records = 10 * unit;
        } else if (i < 100) {
            g.goal.period = Period::Week;
            g.goal.target = 3;
            g.records = 5 * unit / 2;
            g.daysPerRecord = 2;
            if (i >= 80) {
                g.goal.kind = GoalKind::Amount;
                g.goal.target = 150;
            }
        } else {
            g.goal.kind = GoalKind::Amount;
            g.goal.target = 20;
            g.records = 3 * unit;
            if (i % 4 == 1) {
                g.goal.direction = Direction::AtMost;
                g.goal.target = 3;
            } else if (i % 4 == 2) {
                g.goal.period = Period::Month;
                g.goal.aggregation = Aggregation::Average;
            } else if (i % 4 == 3) {
                g.goal.period = Period::Whole;
                g.goal.aggregation = Aggregation::Last;
                g.goal.direction = Direction::AtMost;
                g.goal.target = 70;
                g.goal.deadline = QDate(2026, 12, 31);
            }
        }
        plan.append(g);
    }
    return plan;
}

QDate todayRecordDay(const TodayGoal& g, int n) {
    return kTodayDay.addDays(-static_cast<qint64>(g.records - 1 - n) * g.daysPerRecord);
}

Record todayRecord(const TodayGoal& g, int n, JournalText& rng) {
    Record record;
    record.goalId = g.goal.id;
    record.day = todayRecordDay(g, n);
    record.time = QTime(7 + n % 12, 15);
    const int roll = rng.uniform(0, 99);
    if (g.goal.kind == GoalKind::Check) {
        record.status = roll < 85 ? RecordStatus::Done : (roll < 92 ? RecordStatus::Skipped : RecordStatus::Failed);
        if (record.status == RecordStatus::Done)
            record.value = 1.0;
    } else {
        record.value = g.goal.aggregation == Aggregation::Last ? 80.0 - n * 0.01 : rng.uniform(0, 60);
    }
    return record;
}

void buildTodayVault(const QString& dir, const Sizes& sizes) {
    auto vault = must(Vault::create(dir, SecureBuffer::fromString(kPassphrase), kCheapKdf), "creating a vault");
    ContentStore store(vault->database(), vault->deviceId());
    QList<TodayGoal> plan = todayPlan(sizes);
    std::vector<std::pair<int, int>> order; // (goal, n), interleaved by day as a user writes them
    for (int i = 0; i < plan.size(); ++i) {
        plan[i].goal = must(store.addGoal(plan[i].goal), "adding a goal");
        for (int n = 0; n < plan[i].records; ++n)
            order.emplace_back(i, n);
    }
    std::stable_sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
        return todayRecordDay(plan[a.first], a.second) < todayRecordDay(plan[b.first], b.second);
    });
    BenchTimer timer;
    JournalText rng(20261202);
    writeInChunks(store, static_cast<int>(order.size()), [&](int k) {
        return todayRecord(plan[order[static_cast<std::size_t>(k)].first], order[static_cast<std::size_t>(k)].second,
                           rng);
    });
    std::printf("today vault: %d goals, %zu records (60 daily habits, 40 weekly goals, 100 amount goals) written in "
                "%.1f s\n",
                kTodayGoals, order.size(), timer.seconds());
}

// Every figure is the goal list plus each goal's progress for today, as the Today view loads it.
void todayTime(const QString& dir, const Sizes& sizes, BenchReport& report) {
    ProgressContext context;
    context.now = QDateTime(kTodayDay, QTime(20, 0), QTimeZone::utc());
    auto todayView = [&](ProgressCache& cache, ContentStore& store) {
        const QList<Goal> goals = must(store.goals(), "listing goals");
        return must(cache.today(goals, context), "computing the Today view");
    };
    const double cold = afterUnlockTimings(dir, sizes.runs, todayView).wall;
    // New days (each run one day later): every goal resumed from its kept engine state; over the
    // seven runs each goal's state is renewed in the vault once.
    int days = 0;
    const Timing coldNewDay = afterUnlockTimings(dir, sizes.runs, [&](ProgressCache& cache, ContentStore& store) {
        const QList<Goal> goals = must(store.goals(), "listing goals");
        must(cache.today(goals, laterContext(context, ++days)), "computing the Today view");
    });

    auto vault = must(Vault::open(dir, SecureBuffer::fromString(kPassphrase)), "opening the today vault");
    ContentStore store(vault->database(), vault->deviceId());
    ProgressCache cache(vault->database(), store);
    QList<GoalProgress> view = todayView(cache, store);
    const double warm = medianSeconds(sizes.runs, [&] { view = todayView(cache, store); });
    const long long resumedBefore = cache.resumptions();
    const Timing newDay = medianTimings(sizes.runs, [&] {
        const QList<Goal> goals = must(store.goals(), "listing goals");
        must(cache.today(goals, laterContext(context, ++days)), "computing the Today view");
    });
    const long long resumed = cache.resumptions() - resumedBefore;
    // After one check-in (not timed) only that goal is recomputed.
    todayView(cache, store); // back on the bench's day, all cached again
    const QList<Goal> goals = must(store.goals(), "listing goals");
    QList<Goal> habits;
    std::copy_if(goals.begin(), goals.end(), std::back_inserter(habits),
                 [](const Goal& g) { return g.kind == GoalKind::Check && g.period == Period::Day; });
    std::vector<double> samples;
    for (int i = 0; i < sizes.runs; ++i) {
        Record checkIn;
        checkIn.goalId = habits[i % habits.size()].id;
        checkIn.day = kTodayDay;
        checkIn.value = 1.0;
        must(store.addRecord(checkIn), "checking in");
        BenchTimer timer;
        todayView(cache, store);
        samples.push_back(timer.seconds());
    }
    std::sort(samples.begin(), samples.end());
    const double afterCheckIn = samples[samples.size() / 2];
    const double full = medianSeconds(std::min(sizes.runs, 3), [&] {
        for (const Goal& goal : must(store.goals(), "listing goals"))
            must(GoalStats::compute(store, goal, context), "computing stats from full records");
    });
    const auto done =
        std::count_if(view.begin(), view.end(), [](const GoalProgress& p) { return p.status == ProgressStatus::Done; });
    std::printf(
        "Today view, %lld goals in a vault of %d records, median: cached %.2f ms; after one check-in %.2f ms; "
        "first after unlock %.1f ms (figures of the day kept in the vault), %.1f ms on a new day (CPU %.1f ms); "
        "first on a new day %.1f ms (CPU %.1f ms; %lld of %d goal figures resumed from kept states); before, "
        "through full records: %.1f ms; %lld goals done today\n",
        static_cast<long long>(goals.size()), sizes.todayRecords, warm * 1e3, afterCheckIn * 1e3, cold * 1e3,
        coldNewDay.wall * 1e3, coldNewDay.cpu * 1e3, newDay.wall * 1e3, newDay.cpu * 1e3, resumed,
        sizes.runs * kTodayGoals, full * 1e3, static_cast<long long>(done));
    report.set("today_200_goals_ms", warm * 1e3);
    report.set("today_200_goals_after_checkin_ms", afterCheckIn * 1e3);
    report.set("today_200_goals_cold_ms", cold * 1e3);
    report.set("today_200_goals_cold_newday_ms", coldNewDay.wall * 1e3);
    report.set("today_200_goals_cold_newday_cpu_ms", coldNewDay.cpu * 1e3);
    report.set("today_200_goals_newday_ms", newDay.wall * 1e3);
    report.set("today_200_goals_newday_cpu_ms", newDay.cpu * 1e3);
    report.set("today_200_goals_full_ms", full * 1e3);
}

// ---- Phase 5: journal full-text search ----

// Pages through every hit of `query`; returns the number of hits.
qsizetype allPages(ContentStore& store, const QString& query, int* pages) {
    qsizetype hits = 0;
    std::optional<SearchCursor> after;
    *pages = 0;
    do {
        const SearchPage page = must(store.searchJournal(query, kSearchPage, after), "searching");
        hits += page.hits.size();
        after = page.next;
        ++*pages;
    } while (after);
    return hits;
}

void searchTime(const QString& dir, const Sizes& sizes, BenchReport& report) {
    auto vault = must(Vault::open(dir, SecureBuffer::fromString(kPassphrase)), "opening the large vault");
    ContentStore store(vault->database(), vault->deviceId());
    std::printf("journal search over %d entries (FTS4, newest first, pages of %d hits):\n", sizes.journalEntries,
                kSearchPage);
    struct Query {
        const char* text;
        const char* key; // report key of the first page, or null
    };
    for (const Query& q : {Query{"morning", "search_common_first_page_ms"}, Query{"marathon", "search_rare_ms"},
                           Query{"run*", "search_prefix_first_page_ms"}, Query{"coffee tired", nullptr},
                           Query{"\"long walk\"", "search_phrase_first_page_ms"}, Query{"tags:travel", nullptr}}) {
        const QString query = QString::fromLatin1(q.text);
        qsizetype shown = 0;
        const double first = medianSeconds(
            sizes.runs, [&] { shown = must(store.searchJournal(query, kSearchPage), "searching").hits.size(); });
        qsizetype all = 0;
        int pages = 0;
        const double paged = medianSeconds(sizes.runs, [&] { all = allPages(store, query, &pages); });
        std::printf("  %-14s first page %6.2f ms (%2lld shown); all %5lld hits in %3d pages %7.2f ms (%.2f ms a "
                    "page)\n",
                    q.text, first * 1e3, static_cast<long long>(shown), static_cast<long long>(all), pages, paged * 1e3,
                    paged * 1e3 / pages);
        if (q.key)
            report.set(q.key, first * 1e3);
        if (std::strcmp(q.text, "morning") == 0)
            report.set("search_common_all_pages_ms", paged * 1e3);
    }
}

// ---- Phase 6: the KDF a real unlock adds ----

void kdfTime() {
    const Argon2Params defaults;
    const SecureBuffer passphrase = SecureBuffer::fromString(kPassphrase);
    const QByteArray salt(16, '\x5a');
    const double seconds = medianSeconds(3, [&] { must(crypto::argon2id(passphrase, salt, defaults), "Argon2id"); });
    std::printf("Argon2id with the default parameters (m=%u KiB, t=%u, p=%u), added to every unlock: %.0f ms\n",
                defaults.memoryKiB, defaults.iterations, defaults.parallelism, seconds * 1e3);
}

} // namespace

int main(int argc, char** argv) {
    Sizes sizes;
    QString parent;
    BenchReport report;
    bool insertOnly = false;
    bool backupOnly = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) {
            sizes = Sizes{200, 5000, 10000, 5000, 3650, 3, 20000};
        } else if (std::strcmp(argv[i], "--insert-only") == 0) {
            insertOnly = true;
        } else if (std::strcmp(argv[i], "--backup-only") == 0) {
            backupOnly = true;
        } else if (std::strcmp(argv[i], "--dir") == 0 && i + 1 < argc) {
            parent = QString::fromLocal8Bit(argv[++i]);
        } else if (std::strcmp(argv[i], "--json") == 0) {
            if (!report.diverted())
                report.divertText();
        } else {
            std::fprintf(stderr, "usage: selftrack-bench [--quick] [--insert-only] [--backup-only] [--dir DIR] "
                                 "[--json]\n");
            return 1;
        }
    }
    QTemporaryDir work(parent.isEmpty() ? QDir::tempPath() + QStringLiteral("/selftrack-bench-XXXXXX")
                                        : QDir(parent).filePath(QStringLiteral("selftrack-bench-XXXXXX")));
    if (!work.isValid())
        return 1;
#ifdef NDEBUG
    const char* build = "optimised build";
#else
    const char* build = "DEBUG BUILD: figures not representative";
#endif
    std::printf("selftrack-bench %s (%s, GCC %s, SQLite %s with SQLCipher)\n", SELFTRACK_VERSION, build, __VERSION__,
                sqlite3_libversion());
    std::printf("load average at start: %.2f\n", loadAverage());
    std::fflush(stdout);

    if (backupOnly) {
        const QString todayVault = work.filePath(QStringLiteral("today"));
        buildTodayVault(todayVault, sizes);
        BackupBench::run(todayVault, work.path(), kPassphrase, 3, report);
        std::printf("load average at end: %.2f\n", loadAverage());
        report.print();
        return 0;
    }
    insertRates(work.path(), sizes, report);
    std::fflush(stdout);
    if (insertOnly) {
        std::printf("load average at end: %.2f\n", loadAverage());
        report.print();
        return 0;
    }
    const QString large = work.filePath(QStringLiteral("large"));
    const QString habitId = buildLargeVault(large, sizes);
    std::fflush(stdout);
    openTime(large, sizes, report);
    statsTime(large, habitId, sizes, report);
    const QString todayVault = work.filePath(QStringLiteral("today"));
    buildTodayVault(todayVault, sizes);
    std::fflush(stdout);
    todayTime(todayVault, sizes, report);
    std::fflush(stdout);
    BackupBench::run(todayVault, work.path(), kPassphrase, 3, report);
    searchTime(large, sizes, report);
    const auto dataPeak = static_cast<double>(peakRssKiB());
    kdfTime();
    std::printf("peak RSS: %.1f MiB for everything above; %.1f MiB including the 64 MiB Argon2id run\n",
                dataPeak / 1024.0, static_cast<double>(peakRssKiB()) / 1024.0);
    std::printf("load average at end: %.2f\n", loadAverage());
    report.set("peak_rss_mib", dataPeak / 1024.0);
    report.print();
    return 0;
}
