// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupBench.h"

#include "BenchTimer.h"
#include "core/backup/BackupReader.h"
#include "core/backup/BackupRestore.h"
#include "core/backup/BackupWriter.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <vector>

#include <unistd.h>

namespace selftrack::bench {

using namespace selftrack::core;

namespace {

template <typename T> T must(Result<T> result, const char* what) {
    if (!result) {
        std::fprintf(stderr, "selftrack-bench: %s: %s\n", what, qPrintable(result.error().message));
        std::exit(1);
    }
    return std::move(*result);
}

// The anchor: the same bytes copied in 1 MiB blocks, then synced, as a backup's file is.
void rawCopy(const QString& from, const QString& to) {
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "selftrack-bench: cannot copy %s\n", qPrintable(from));
        std::exit(1);
    }
    while (!in.atEnd()) {
        const QByteArray block = in.read(1024 * 1024);
        if (out.write(block) != block.size())
            std::exit(1);
    }
    out.flush();
    ::fsync(out.handle());
}

// Seconds spent in each phase of one run, from the progress callback's phase changes.
class PhaseClock {
public:
    BackupProgress callback() {
        return [this](BackupPhase phase, std::int64_t, std::int64_t) {
            if (phase == m_phase)
                return;
            close();
            m_phase = phase;
            m_timer = BenchTimer();
        };
    }
    void close() {
        if (m_phase != kNone)
            m_seconds[m_phase] += m_timer.seconds();
        m_phase = kNone;
    }
    double seconds(BackupPhase phase) const {
        auto it = m_seconds.find(phase);
        return it == m_seconds.end() ? 0.0 : it->second;
    }

private:
    static constexpr auto kNone = static_cast<BackupPhase>(-1);
    BackupPhase m_phase = kNone;
    BenchTimer m_timer;
    std::map<BackupPhase, double> m_seconds;
};

// The run with the median wall time of `runs` runs of `fn`, with its CPU time: on a loaded machine
// the CPU time shows the work itself.
template <typename Fn> Timing medianTiming(int runs, Fn&& fn) {
    std::vector<Timing> samples;
    for (int i = 0; i < runs; ++i) {
        BenchTimer timer;
        fn();
        samples.push_back(timer.elapsed());
    }
    std::sort(samples.begin(), samples.end(), [](const Timing& a, const Timing& b) { return a.wall < b.wall; });
    return samples[samples.size() / 2];
}

double mbPerSecond(qint64 bytes, double seconds) {
    return static_cast<double>(bytes) / 1e6 / seconds;
}

} // namespace

void BackupBench::run(const QString& vaultDir, const QString& workDir, const char* passphrase, int runs,
                      BenchReport& report) {
    const SecureBuffer secret = SecureBuffer::fromString(passphrase);
    auto vault = must(Vault::open(vaultDir, secret), "opening the vault to back up");
    const QString database = QDir(vaultDir).filePath(QString::fromLatin1(Vault::kDatabaseFile));
    const qint64 bytes = QFileInfo(database).size();
    const QString copy = QDir(workDir).filePath(QStringLiteral("raw-copy.db"));
    const QString backup = QDir(workDir).filePath(QStringLiteral("bench.selftrack-backup"));

    const Timing copyTime = medianTiming(runs, [&] { rawCopy(database, copy); });
    PhaseClock createPhases;
    BackupManifest manifest;
    const Timing createTime = medianTiming(runs, [&] {
        createPhases = PhaseClock();
        manifest = must(BackupWriter::create(*vault, backup, secret, {}, createPhases.callback()), "backup create");
        createPhases.close();
    });
    const qint64 backupBytes = QFileInfo(backup).size();
    const Timing verifyTime = medianTiming(runs, [&] { must(BackupReader::verify(backup, secret), "backup verify"); });
    int restores = 0;
    const Timing restoreTime = medianTiming(runs, [&] {
        const QString into = QDir(workDir).filePath(QStringLiteral("restored-%1").arg(++restores));
        must(BackupRestore::intoNewVault(backup, into, secret), "backup restore");
    });
    for (int i = 1; i <= restores; ++i)
        QDir(QDir(workDir).filePath(QStringLiteral("restored-%1").arg(i))).removeRecursively();
    QFile::remove(copy);

    const double copyRate = mbPerSecond(bytes, copyTime.wall);
    const std::int64_t items = manifest.counts.records + manifest.counts.entries;
    std::printf("backup of a vault of %lld records and %lld revisions (database %.1f MB, backup file %.1f MB; its "
                "Argon2id m=%u KiB t=%u; median of %d runs; MB/s of the database's bytes; CPU = process user + system "
                "time):\n",
                static_cast<long long>(items), static_cast<long long>(manifest.counts.revisions),
                static_cast<double>(bytes) / 1e6, static_cast<double>(backupBytes) / 1e6,
                vault->header().kdfParams().memoryKiB, vault->header().kdfParams().iterations, runs);
    auto row = [&](const char* name, const Timing& t) {
        std::printf("  %-34s %6.2f s %7.1f MB/s  this/raw %5.1f  (CPU %6.2f s, this/raw %5.1f)\n", name, t.wall,
                    mbPerSecond(bytes, t.wall), t.wall / copyTime.wall, t.cpu, t.cpu / copyTime.cpu);
    };
    row("raw file copy (read, write, fsync)", copyTime);
    row("backup create", createTime);
    std::printf("    of which: snapshot %.2f s, encrypt and write %.2f s, read back and check %.2f s (last run)\n",
                createPhases.seconds(BackupPhase::Snapshot), createPhases.seconds(BackupPhase::Encrypt),
                createPhases.seconds(BackupPhase::Verify));
    row("backup verify (incl. quick_check)", verifyTime);
    row("backup restore (new vault)", restoreTime);
    report.set("backup_database_mb", static_cast<double>(bytes) / 1e6);
    report.set("backup_raw_copy_mb_per_s", copyRate);
    report.set("backup_create_s", createTime.wall);
    report.set("backup_create_cpu_s", createTime.cpu);
    report.set("backup_create_mb_per_s", mbPerSecond(bytes, createTime.wall));
    report.set("backup_verify_s", verifyTime.wall);
    report.set("backup_verify_cpu_s", verifyTime.cpu);
    report.set("backup_verify_mb_per_s", mbPerSecond(bytes, verifyTime.wall));
    report.set("backup_restore_s", restoreTime.wall);
    report.set("backup_restore_cpu_s", restoreTime.cpu);
    report.set("backup_raw_copy_s", copyTime.wall);
    report.set("backup_raw_copy_cpu_s", copyTime.cpu);
}

} // namespace selftrack::bench
