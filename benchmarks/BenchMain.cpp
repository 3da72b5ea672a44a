// SPDX-License-Identifier: GPL-3.0-or-later
// selftrack-bench: figures for docs/benchmarks.md ("Core"). Usage: selftrack-bench [--quick] [--dir DIR] [--json]
// --quick divides every size by 10 (a smoke run; its figures are not for quoting). --dir puts the
// scratch vaults under DIR instead of the system temporary folder (use the disk you care about).
// --json prints the figures as one JSON object on stdout (see BenchReport); the text goes to stderr.
#include "BenchReport.h"
#include "BenchTimer.h"
#include "RawBaseline.h"
#include "core/domain/ContentStore.h"
#include "core/domain/GoalStats.h"
#include "core/progress/ProgressEngine.h"
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
using selftrack::bench::BenchReport;
using selftrack::bench::BenchTimer;
using selftrack::bench::medianSeconds;
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
};

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
                out.append(m_vocabulary[static_cast<int>(m_vocabulary.size() * u * u * u)]);
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

Timing insertBatch(ContentStore& store, const QString& goalId, int count) {
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

// The baseline is only fair if it stores what the core stores: compare one revision's content.
void checkBaselineContent(ContentStore& store, const QString& goalId) {
    const Record added = must(store.addRecord(benchRecord(goalId, 0)), "adding a record");
    const QList<Revision> revisions = must(store.history(added.id), "reading a revision");
    const QByteArray core = RevisionLog::canonical(revisions.first().content);
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
    BenchTimer coreEachTimer;
    for (int i = 0; i < sizes.eachCommitted; ++i)
        must(pair.store->addRecord(benchRecord(pair.goalId, i)), "adding a record");
    const Timing coreEach = coreEachTimer.elapsed();
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
    const QString habitId = must(store.addGoal(habit), "adding the habit").id;
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

void openTime(const QString& dir, const Sizes& sizes) {
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
}

// ---- Phase 4: progress statistics of the daily habit ----

void statsTime(const QString& dir, const QString& habitId, const Sizes& sizes) {
    auto vault = must(Vault::open(dir, SecureBuffer::fromString(kPassphrase)), "opening the large vault");
    ContentStore store(vault->database(), vault->deviceId());
    const Goal goal = must(store.goal(habitId), "reading the habit");
    ProgressContext context;
    context.now = QDateTime(goal.startDate.addDays(sizes.statsDays - 1), QTime(20, 0), QTimeZone::utc());

    // End to end as the CLI and the GUI do it (GoalStats loads the records and runs the engine),
    // then the two halves on their own.
    GoalProgress progress;
    const double total = medianSeconds(
        sizes.runs, [&] { progress = must(GoalStats::compute(store, goal, context), "computing stats"); });
    RecordFilter filter;
    filter.goalId = habitId;
    filter.to = context.today();
    QList<Record> records;
    const double load = medianSeconds(sizes.runs, [&] { records = must(store.records(filter), "loading records"); });
    const double engine = medianSeconds(sizes.runs, [&] {
        const QList<DayEntry> entries = GoalStats::entriesFor(records);
        must(computeProgress(GoalStats::ruleFor(goal), std::span<const DayEntry>(entries.constData(), entries.size()),
                             context),
             "computing progress");
    });
    std::printf("stats of a daily habit with %lld records (10 years): %.2f ms (loading the records %.2f ms, "
                "progress engine %.2f ms); streak %d, best %d, 365-day rate %.3f, score %.4f\n",
                static_cast<long long>(records.size()), total * 1e3, load * 1e3, engine * 1e3, progress.currentStreak,
                progress.bestStreak, progress.completion365.value_or(0.0), progress.score);

    // Diagnostic: the same rows through a query that can use the (goal_id, day) index.
    qsizetype rows = 0;
    const double indexed = medianSeconds(sizes.runs, [&] {
        auto stmt = must(vault->database().prepare("SELECT day, value, status FROM records WHERE goal_id = ? AND "
                                                   "deleted = 0 ORDER BY day, time, created_at"),
                         "preparing");
        stmt.bind(1, habitId);
        for (rows = 0; must(stmt.step(), "stepping"); ++rows) {
        }
    });
    std::printf("  diagnostic: the same %lld rows by one SQL query on the (goal_id, day) index: %.2f ms\n",
                static_cast<long long>(rows), indexed * 1e3);
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
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) {
            sizes = Sizes{200, 5000, 10000, 5000, 3650, 3};
        } else if (std::strcmp(argv[i], "--dir") == 0 && i + 1 < argc) {
            parent = QString::fromLocal8Bit(argv[++i]);
        } else if (std::strcmp(argv[i], "--json") == 0) {
            if (!report.diverted())
                report.divertText();
        } else {
            std::fprintf(stderr, "usage: selftrack-bench [--quick] [--dir DIR] [--json]\n");
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

    insertRates(work.path(), sizes, report);
    std::fflush(stdout);
    const QString large = work.filePath(QStringLiteral("large"));
    const QString habitId = buildLargeVault(large, sizes);
    std::fflush(stdout);
    openTime(large, sizes);
    statsTime(large, habitId, sizes);
    searchTime(large, sizes, report);
    const long dataPeak = peakRssKiB();
    kdfTime();
    std::printf("peak RSS: %.1f MiB for everything above; %.1f MiB including the 64 MiB Argon2id run\n",
                dataPeak / 1024.0, peakRssKiB() / 1024.0);
    std::printf("load average at end: %.2f\n", loadAverage());
    report.set("peak_rss_mib", dataPeak / 1024.0);
    report.print();
    return 0;
}
