// SPDX-License-Identifier: GPL-3.0-or-later
// Child process of the crash-consistency test (TestCrashConsistency.cpp). It opens a vault and
// writes records until it is killed. Protocol on stdout, one line per event, flushed at once:
//   ready                 the vault is open
//   P <id> [<id> ...]     the next transaction will write exactly these records (pending)
//   C <id> [<id> ...]     that transaction has committed
// A "C" line is printed only after COMMIT returned, so every id it names must survive a SIGKILL.
//
// Usage: crash_writer VAULT_DIR single|batch BATCH_SIZE GOAL_ID   (passphrase in SELFTRACK_PASSPHRASE)
#include "core/domain/ContentStore.h"
#include "core/vault/Vault.h"

#include <QDate>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace selftrack::core;

namespace {

constexpr int kMaxRecords = 200000; // a safety stop should the parent never kill us

void emit(char kind, const QStringList& ids) {
    std::string line(1, kind);
    for (const QString& id : ids)
        line += ' ' + id.toStdString();
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fflush(stdout);
}

int failWith(const QString& what, const Error& error) {
    std::fprintf(stderr, "crash_writer: %s: %s\n", qPrintable(what), qPrintable(error.message));
    return 2;
}

// Alternates journal entries (which also feed the FTS index) and data points of the goal.
Record makeRecord(ContentStore& store, const QString& goalId, int n) {
    Record record;
    record.id = store.newId();
    record.day = QDate(2020, 1, 1).addDays(n % 3650);
    if (n % 2 == 0) {
        record.note = QStringLiteral("crashentry number %1 written before a possible kill").arg(n);
        record.tags = {QStringLiteral("crash"), QStringLiteral("n%1").arg(n % 7)};
        record.mood = 1 + n % 5;
    } else {
        record.goalId = goalId;
        record.value = n;
    }
    return record;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: crash_writer VAULT_DIR single|batch BATCH_SIZE GOAL_ID\n");
        return 1;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const bool batched = std::string(argv[2]) == "batch";
    const int batchSize = batched ? std::max(1, std::atoi(argv[3])) : 1;
    const QString goalId = QString::fromLatin1(argv[4]);
    const char* passphrase = std::getenv("SELFTRACK_PASSPHRASE");
    if (!passphrase) {
        std::fprintf(stderr, "crash_writer: SELFTRACK_PASSPHRASE is not set\n");
        return 1;
    }

    auto vault = Vault::open(dir, SecureBuffer::fromString(passphrase));
    if (!vault)
        return failWith(QStringLiteral("opening the vault"), vault.error());
    ContentStore store((*vault)->database(), (*vault)->deviceId());
    std::fputs("ready\n", stdout);
    std::fflush(stdout);

    for (int n = 0; n < kMaxRecords;) {
        QList<Record> pending;
        QStringList ids;
        for (int i = 0; i < batchSize; ++i, ++n) {
            pending.append(makeRecord(store, goalId, n));
            ids.append(pending.last().id);
        }
        emit('P', ids);
        if (batched) {
            auto st = store.batch([&]() -> Status {
                for (const Record& record : pending)
                    if (auto added = store.addRecord(record); !added)
                        return std::unexpected(added.error());
                return {};
            });
            if (!st)
                return failWith(QStringLiteral("writing a batch"), st.error());
        } else if (auto added = store.addRecord(pending.first()); !added) {
            return failWith(QStringLiteral("writing a record"), added.error());
        }
        emit('C', ids);
    }
    return 0;
}
