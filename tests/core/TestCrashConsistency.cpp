// SPDX-License-Identifier: GPL-3.0-or-later
// Kills a writing child process (crashwriter/crash_writer.cpp) with SIGKILL at random points and
// checks that the vault survives: it opens, passes integrity checks, and keeps every record the
// child reported as committed, together with its revision. Batches are all or nothing.
#include "TestSupport.h"
#include "core/domain/ContentStore.h"
#include "core/vault/Vault.h"

#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace selftrack::core;
using selftrack::test::cheapKdf;
using selftrack::test::pass;

namespace {

constexpr auto kPassphrase = "crash test passphrase";
constexpr int kRounds = 24;
constexpr int kLineTimeoutMs = 30000;

// A child process whose stdout is a pipe we read line by line. Killed and reaped on destruction.
class ChildProcess {
public:
    ChildProcess(const std::vector<std::string>& args, const std::vector<std::string>& extraEnv) {
        int fds[2];
        if (pipe2(fds, O_CLOEXEC) != 0)
            return;
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
        std::vector<char*> argv;
        argv.reserve(args.size() + 1);
        for (const std::string& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        std::vector<char*> envp;
        for (char** e = environ; *e; ++e)
            envp.push_back(*e);
        for (const std::string& e : extraEnv)
            envp.push_back(const_cast<char*>(e.c_str()));
        envp.push_back(nullptr);
        if (posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), envp.data()) != 0)
            m_pid = -1;
        posix_spawn_file_actions_destroy(&actions);
        close(fds[1]);
        m_fd = fds[0];
    }

    ~ChildProcess() {
        if (m_pid > 0 && !m_reaped) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
        }
        if (m_fd >= 0)
            close(m_fd);
    }

    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    bool started() const { return m_pid > 0 && m_fd >= 0; }

    // The next complete line, or nothing at end of output or after `timeoutMs` without one.
    std::optional<std::string> readLine(int timeoutMs) {
        for (;;) {
            if (const auto nl = m_buffer.find('\n'); nl != std::string::npos) {
                std::string line = m_buffer.substr(0, nl);
                m_buffer.erase(0, nl + 1);
                return line;
            }
            pollfd pfd{m_fd, POLLIN, 0};
            if (poll(&pfd, 1, timeoutMs) <= 0)
                return std::nullopt;
            char chunk[4096];
            const ssize_t got = read(m_fd, chunk, sizeof chunk);
            if (got <= 0)
                return std::nullopt; // end of output; a partial last line is dropped
            m_buffer.append(chunk, static_cast<std::size_t>(got));
        }
    }

    // SIGKILL, then reap. True when the child died of that signal (and not on its own before).
    bool killAndWait() {
        kill(m_pid, SIGKILL);
        int status = 0;
        waitpid(m_pid, &status, 0);
        m_reaped = true;
        return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    }

private:
    pid_t m_pid = -1;
    int m_fd = -1;
    bool m_reaped = false;
    std::string m_buffer;
};

// What the child said in one round: committed ids, and the ids of the transaction it was in when
// it died (announced with "P" but never confirmed with "C").
struct RoundLog {
    QStringList committed;
    QStringList inFlight;
    bool sawReady = false;
};

void applyLine(const std::string& line, RoundLog& log) {
    if (line == "ready") {
        log.sawReady = true;
        return;
    }
    const QStringList parts = QString::fromStdString(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return;
    const QStringList ids = parts.mid(1);
    if (parts.first() == QLatin1String("P")) {
        log.inFlight = ids;
    } else if (parts.first() == QLatin1String("C")) {
        log.committed += ids;
        log.inFlight.clear();
    }
}

QString textQuery(Database& db, const char* sql) {
    auto stmt = db.prepare(sql);
    REQUIRE(stmt);
    auto row = stmt->step();
    REQUIRE(row);
    REQUIRE(*row);
    return stmt->text(0);
}

std::uint32_t seedFromEnvironment() {
    if (const char* fixed = std::getenv("SELFTRACK_CRASH_SEED"))
        return static_cast<std::uint32_t>(std::strtoul(fixed, nullptr, 10));
    return std::random_device{}();
}

// A record the child reported is there, not in the trash, and its head is its one revision.
void requireIntactRecord(ContentStore& store, const QString& id) {
    INFO("record " << id.toStdString());
    auto record = store.record(id);
    REQUIRE(record);
    REQUIRE_FALSE(record->deleted);
    auto history = store.history(id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    REQUIRE(history->last().revId == record->headRev);
    REQUIRE(history->last().itemType == ItemType::Record);
}

// Opens the vault as a user would after the crash and checks everything the child confirmed.
// Returns how many in-flight records turned out to be present (0 or all of them).
int verifyVault(const QString& dir, const QStringList& confirmed, const QStringList& inFlight) {
    auto vault = Vault::open(dir, pass(kPassphrase));
    REQUIRE(vault);
    Database& db = (*vault)->database();
    REQUIRE(textQuery(db, "PRAGMA integrity_check;") == QLatin1String("ok"));
    REQUIRE(db.exec("INSERT INTO journal_fts(journal_fts) VALUES('integrity-check');"));

    // Every current-state row has its head revision, and no record revision lacks its row.
    CHECK(db.queryInt("SELECT count(*) FROM records r WHERE NOT EXISTS "
                      "(SELECT 1 FROM revisions v WHERE v.rev_id = r.head_rev AND v.item_id = r.id);")
              .value() == 0);
    CHECK(db.queryInt("SELECT count(*) FROM revisions v WHERE v.item_type = 'record' AND NOT EXISTS "
                      "(SELECT 1 FROM records r WHERE r.id = v.item_id);")
              .value() == 0);
    // The search index holds exactly the journal entries.
    CHECK(db.queryInt("SELECT count(*) FROM journal_fts WHERE journal_fts MATCH 'crashentry';").value() ==
          db.queryInt("SELECT count(*) FROM records WHERE goal_id IS NULL;").value());

    ContentStore store(db, (*vault)->deviceId());
    for (const QString& id : confirmed)
        requireIntactRecord(store, id);

    int present = 0;
    for (const QString& id : inFlight) {
        auto record = store.record(id);
        if (!record) {
            REQUIRE(record.error().code == ErrorCode::NotFound);
            continue;
        }
        requireIntactRecord(store, id);
        ++present;
    }
    INFO("in-flight transaction of " << inFlight.size() << " records, " << present << " present");
    REQUIRE((present == 0 || present == inFlight.size()));
    return present;
}

} // namespace

TEST_CASE("records reported as committed survive a SIGKILL of the writer at any point", "[core][crash]") {
    const std::uint32_t seed = seedFromEnvironment();
    std::printf("crash-consistency seed: %u (set SELFTRACK_CRASH_SEED to repeat)\n", seed);
    std::fflush(stdout);
    INFO("seed " << seed);
    std::mt19937 rng(seed);
    auto uniform = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };

    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    QString goalId;
    {
        auto vault = Vault::create(dir, pass(kPassphrase), cheapKdf());
        REQUIRE(vault);
        ContentStore store((*vault)->database(), (*vault)->deviceId());
        Goal goal;
        goal.title = QStringLiteral("Pages read");
        goal.kind = GoalKind::Amount;
        goal.unit = QStringLiteral("pages");
        goal.target = 20;
        auto added = store.addGoal(goal);
        REQUIRE(added);
        goalId = added->id;
    }

    QStringList confirmed; // over all rounds: nothing confirmed earlier may disappear later
    int batchRounds = 0;
    int batchesCutOff = 0;
    for (int round = 0; round < kRounds; ++round) {
        // Every third round writes batches of many records, killed while one is in flight.
        const bool batched = round % 3 == 2;
        const int batchSize = batched ? uniform(50, 400) : 1;
        const int killAfterPending = batched ? uniform(1, 4) : uniform(1, 60);
        const int extraDelayUs = batched ? uniform(0, 20000) : uniform(0, 3000);
        INFO("round " << round << (batched ? " batch of " : " single, size ") << batchSize << ", kill after "
                      << killAfterPending << " pending + " << extraDelayUs << " us");

        ChildProcess child({SELFTRACK_CRASH_WRITER, dir.toStdString(), batched ? "batch" : "single",
                            std::to_string(batchSize), goalId.toStdString()},
                           {std::string("SELFTRACK_PASSPHRASE=") + kPassphrase});
        REQUIRE(child.started());

        RoundLog log;
        int pendingSeen = 0;
        while (pendingSeen < killAfterPending) {
            const auto line = child.readLine(kLineTimeoutMs);
            REQUIRE(line); // the child stopped writing on its own: see its stderr
            applyLine(*line, log);
            if (line->starts_with("P "))
                ++pendingSeen;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(extraDelayUs));
        REQUIRE(child.killAndWait());
        // Lines already in the pipe were written before the kill; they count as reported.
        while (const auto line = child.readLine(0))
            applyLine(*line, log);
        REQUIRE(log.sawReady);

        confirmed += log.committed;
        const int present = verifyVault(dir, confirmed, log.inFlight);
        if (batched) {
            ++batchRounds;
            if (!log.inFlight.isEmpty() && present == 0)
                ++batchesCutOff;
        }
        std::printf("round %2d: %-6s killed with %4lld committed this round, in flight %3lld (%s)\n", round,
                    batched ? "batch" : "single", static_cast<long long>(log.committed.size()),
                    static_cast<long long>(log.inFlight.size()),
                    log.inFlight.isEmpty() ? "none" : (present ? "all present" : "none present"));
    }
    std::printf("crash-consistency: %d rounds (%d batched, %d killed inside a batch), %lld committed records "
                "verified\n",
                kRounds, batchRounds, batchesCutOff, static_cast<long long>(confirmed.size()));
    std::fflush(stdout);
    CHECK(QSet<QString>(confirmed.begin(), confirmed.end()).size() == confirmed.size());
}
