// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

namespace {

QByteArray readFile(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Every file under `dir` with its size, except SQLite's -wal/-shm of open vaults.
QStringList listing(const QString& dir) {
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String("-wal")) && !path.endsWith(QLatin1String("-shm")))
            out.append(QDir(dir).relativeFilePath(path));
    }
    out.sort();
    return out;
}

// A vault with goals, check-ins, edits, a journal entry and an item in the trash.
void fill(const CliRunner& cli) {
    cli.init();
    const QString run =
        cli.json(args({"goal", "add", "Run", "--unit", "km", "--target", "5"})).value(QStringLiteral("id")).toString();
    cli.json(args({"goal", "add", "Meditate", "--days", "mon,wed,fri"}));
    cli.json(args({"goal", "edit", "Run", "--notes", "plan\nweek 1", "--target", "6"}));
    cli.json(args({"milestone", "add", "Run", "First 10k", "--target", "10"}));
    for (const char* day : {"2026-03-01", "2026-03-02", "2026-03-03"})
        cli.json(args({"log", "Run", "4.5", "--date", day, "--note", "easy ünïcödé"}));
    cli.json(args({"journal", "add", "Felt calm", "--mood", "4", "--tag", "calm", "--date", "2026-03-02"}));
    const QString gone = cli.json(args({"journal", "add", "delete me"})).value(QStringLiteral("id")).toString();
    REQUIRE(cli.run(args({"record", "delete"}) + QStringList{gone}).exitCode == 0);
    REQUIRE_FALSE(run.isEmpty());
}

// What the CLI shows of a vault: every goal, entry, trashed item and each goal's full history.
QStringList everything(const CliRunner& cli, const QString& vault) {
    auto show = [&](const QStringList& argv) {
        const CliRun r = cli.runRaw(QStringList{QStringLiteral("--vault"), vault, QStringLiteral("--json")} + argv);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out;
    };
    QStringList out{show(args({"goal", "list", "--archived"})), show(args({"journal", "list"})),
                    show(args({"trash", "list"}))};
    const CliRun goals = cli.runRaw(QStringList{QStringLiteral("--vault"), vault, QStringLiteral("--json"),
                                                QStringLiteral("goal"), QStringLiteral("list")});
    for (const QJsonValue goal : QJsonDocument::fromJson(goals.out.toUtf8()).array())
        out.append(show(QStringList{QStringLiteral("history"), goal.toObject().value(QStringLiteral("id")).toString(),
                                    QStringLiteral("--diff")}));
    return out;
}

} // namespace

TEST_CASE("backup create, verify and restore give back the whole vault", "[app][cli][backup]") {
    CliRunner cli;
    fill(cli);
    const QString path = cli.path(QStringLiteral("my.selftrack-backup"));
    const CliRun created = cli.run(args({"--json", "backup", "create"}) + QStringList{path});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QJsonObject manifest = created.object();
    const QJsonObject counts = manifest.value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("goals")).toInt() == 2);
    CHECK(counts.value(QStringLiteral("records")).toInt() == 3);
    CHECK(counts.value(QStringLiteral("entries")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("milestones")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("trashed")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("revisions")).toInt() >= 10);
    CHECK(created.err.contains(QStringLiteral("backup: encrypting 100%"))); // progress on stderr
    CHECK(QFile::permissions(path) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    const CliRun verified = cli.run(args({"backup", "verify"}) + QStringList{path});
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("complete and intact")));
    CHECK(verified.out.contains(QStringLiteral("revisions")));
    const QJsonObject verifiedJson = cli.json(args({"backup", "verify"}) + QStringList{path});
    CHECK(verifiedJson.value(QStringLiteral("counts")) == manifest.value(QStringLiteral("counts")));
    CHECK(verifiedJson.value(QStringLiteral("device_id")) == manifest.value(QStringLiteral("device_id")));

    const QString into = cli.path(QStringLiteral("restored"));
    const QJsonObject restored =
        cli.json(args({"backup", "restore"}) + QStringList{path, QStringLiteral("--into"), into});
    CHECK(str(restored.value(QStringLiteral("vault"))) == str(into));
    CHECK(everything(cli, into) == everything(cli, cli.vaultDir()));

    // Without --into: a new folder beside the vault, named after the time.
    cli.setEnv(QStringLiteral("SELFTRACK_CLOCK"), QStringLiteral("2026-03-05T08:30:00Z"));
    const QJsonObject beside = cli.json(args({"backup", "restore"}) + QStringList{path});
    CHECK(str(beside.value(QStringLiteral("vault"))) ==
          str(cli.vaultDir() + QStringLiteral("-restored-20260305-083000")));
    CHECK(everything(cli, cli.vaultDir() + QStringLiteral("-restored-20260305-083000")) ==
          everything(cli, cli.vaultDir()));
}

TEST_CASE("a backup passphrase of its own; a wrong one exits 2 and restores nothing", "[app][cli][backup]") {
    CliRunner cli;
    fill(cli);
    const QString path = cli.path(QStringLiteral("b.selftrack-backup"));
    writeFile(cli.path(QStringLiteral("backup-pass")), "backup secret\n");
    REQUIRE(cli.run(args({"backup", "create"}) + QStringList{path, QStringLiteral("--backup-passphrase-file"),
                                                             cli.path(QStringLiteral("backup-pass"))})
                .exitCode == 0);
    const QStringList files = listing(cli.path(QString()));
    // Verify and restore default to the vault's passphrase, which is not this backup's.
    for (const QStringList& argv :
         {args({"backup", "verify"}) + QStringList{path},
          args({"backup", "restore"}) + QStringList{path, QStringLiteral("--into"), cli.path(QStringLiteral("r"))}}) {
        const CliRun r = cli.run(argv);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("backup passphrase is wrong")));
        CHECK(r.out.isEmpty());
    }
    CHECK(listing(cli.path(QString())) == files);
    cli.setEnv(QStringLiteral("SELFTRACK_BACKUP_PASSPHRASE"), QStringLiteral("backup secret"));
    CHECK(cli.run(args({"backup", "verify"}) + QStringList{path}).exitCode == 0);
    REQUIRE(cli.run(args({"backup", "restore"}) +
                    QStringList{path, QStringLiteral("--into"), cli.path(QStringLiteral("r"))})
                .exitCode == 0);
    // The restored vault opens with the backup's passphrase.
    cli.setEnv(QStringLiteral("SELFTRACK_PASSPHRASE"), QStringLiteral("backup secret"));
    CHECK(cli.runRaw(args({"--vault"}) +
                     QStringList{cli.path(QStringLiteral("r")), QStringLiteral("goal"), QStringLiteral("list")})
              .exitCode == 0);
}

TEST_CASE("damaged, truncated, newer or foreign files are refused clearly", "[app][cli][backup]") {
    CliRunner cli;
    fill(cli);
    const QString good = cli.path(QStringLiteral("good.selftrack-backup"));
    REQUIRE(cli.run(args({"backup", "create"}) + QStringList{good}).exitCode == 0);
    const QByteArray bytes = readFile(good);
    QByteArray flipped = bytes;
    flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x40);
    QByteArray newer = bytes;
    newer[17] = 2; // format version 2; a newer writer keeps the header checksum right:
    const int headerLength = (static_cast<unsigned char>(newer[18]) << 8) | static_cast<unsigned char>(newer[19]);
    newer.replace(headerLength - 8, 8,
                  QCryptographicHash::hash(newer.left(headerLength - 8), QCryptographicHash::Sha256).left(8));
    struct Case {
        const char* name;
        QByteArray content;
        const char* message;
    };
    const Case cases[] = {
        {"flipped", flipped, "damaged"},
        {"truncated", bytes.left(bytes.size() - 100), "damaged"},
        {"header only", bytes.left(90), "truncated"},
        {"newer", newer, "newer SelfTrack"},
        {"foreign", QByteArray("SQLite format 3\0 and more", 25), "not a readable SelfTrack backup"},
    };
    for (const Case& c : cases) {
        const QString path = cli.path(QString::fromLatin1(c.name) + QStringLiteral(".selftrack-backup"));
        writeFile(path, c.content);
        const QStringList files = listing(cli.path(QString()));
        for (const QStringList& argv :
             {args({"backup", "verify"}) + QStringList{path},
              args({"backup", "restore"}) + QStringList{path, QStringLiteral("--into"), cli.path(QStringLiteral("r"))},
              args({"backup", "restore", "--replace"}) + QStringList{path}}) {
            const CliRun r = cli.run(argv);
            INFO(c.name << ": " << argv.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
            CHECK(r.exitCode == 5);
            CHECK(r.err.contains(QString::fromLatin1(c.message)));
            CHECK(r.out.isEmpty());
        }
        CHECK(listing(cli.path(QString())) == files);
    }
    CHECK(cli.run(args({"backup", "verify"}) + QStringList{cli.path(QStringLiteral("missing"))}).exitCode == 3);
}

TEST_CASE("an unwritable destination or a full disk fails and keeps the previous backup", "[app][cli][backup]") {
    CliRunner cli;
    fill(cli);
    REQUIRE(cli.json(args({"log", "Run", "7"})).contains(QStringLiteral("id")));
    const QString path = cli.path(QStringLiteral("b.selftrack-backup"));
    REQUIRE(cli.run(args({"backup", "create"}) + QStringList{path}).exitCode == 0);
    const QByteArray previous = readFile(path);
    const qint64 databaseBytes = cli.json(args({"backup", "verify"}) + QStringList{path})
                                     .value(QStringLiteral("database"))
                                     .toObject()
                                     .value(QStringLiteral("bytes"))
                                     .toInteger();
    REQUIRE(databaseBytes > 32768); // above SQLite's 32 KiB shared-memory file, below the backup file
    writeFile(cli.path(QStringLiteral("a-file")), "x");
    const QStringList files = listing(cli.path(QString()));

    for (const QString& where : {cli.path(QStringLiteral("missing/b.selftrack-backup")),
                                 cli.path(QStringLiteral("a-file/b.selftrack-backup"))}) {
        const CliRun r = cli.run(args({"backup", "create"}) + QStringList{where});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 5);
        CHECK(r.err.contains(QStringLiteral("Cannot write")));
    }
    // The disk fills while the snapshot is copied, and while the backup file is written.
    for (const qint64 limit : {databaseBytes / 2 + 16384, databaseBytes + 256}) {
        const CliRun r = cli.runWithFileSizeLimit(args({"backup", "create"}) + QStringList{path}, limit);
        INFO("limit " << limit << ": " << r.err.toStdString());
        CHECK(r.exitCode == 5);
        CHECK((r.err.contains(QStringLiteral("File too large")) || r.err.contains(QStringLiteral("disk I/O error"))));
        CHECK(r.out.isEmpty());
    }
    CHECK(readFile(path) == previous);
    CHECK(listing(cli.path(QString())) == files);
    CHECK(cli.run(args({"backup", "verify"}) + QStringList{path}).exitCode == 0);
}

TEST_CASE("restore --replace swaps the vault and keeps the previous one", "[app][cli][backup]") {
    CliRunner cli;
    fill(cli);
    const QString path = cli.path(QStringLiteral("b.selftrack-backup"));
    REQUIRE(cli.run(args({"backup", "create"}) + QStringList{path}).exitCode == 0);
    const QStringList atBackup = everything(cli, cli.vaultDir());
    cli.json(args({"goal", "add", "After the backup"}));
    const QStringList later = everything(cli, cli.vaultDir());
    cli.setEnv(QStringLiteral("SELFTRACK_CLOCK"), QStringLiteral("2026-03-05T08:30:00Z"));
    const QJsonObject replaced = cli.json(args({"backup", "restore", "--replace"}) + QStringList{path});
    const QString previous = cli.vaultDir() + QStringLiteral(".before-restore-20260305-083000");
    CHECK(str(replaced.value(QStringLiteral("previous_vault"))) == str(previous));
    CHECK(everything(cli, cli.vaultDir()) == atBackup);
    CHECK(everything(cli, previous) == later);
    CHECK(cli.run(args({"backup", "restore", "--replace", "--into", "x"}) + QStringList{path}).exitCode == 1);
}

TEST_CASE("a backup made while another process writes to the vault is consistent", "[app][cli][backup]") {
    CliRunner cli;
    fill(cli);
    // Another selftrack-cli process logs again and again while the backup runs.
    QProcess writer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SELFTRACK_PASSPHRASE"), QString::fromLatin1(CliRunner::kPassphrase));
    env.insert(QStringLiteral("CLI"), QStringLiteral(SELFTRACK_CLI_PATH));
    env.insert(QStringLiteral("VAULT"), cli.vaultDir());
    writer.setProcessEnvironment(env);
    writer.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("for i in 1 2 3 4 5 6 7 8; do \"$CLI\" "
                                                                             "--vault \"$VAULT\" log Run $i || exit 1; "
                                                                             "done")});
    REQUIRE(writer.waitForStarted());
    const QString path = cli.path(QStringLiteral("b.selftrack-backup"));
    const CliRun backup = cli.run(args({"--json", "backup", "create"}) + QStringList{path});
    REQUIRE(writer.waitForFinished(120000));
    CHECK(writer.exitCode() == 0);
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    const int records =
        backup.object().value(QStringLiteral("counts")).toObject().value(QStringLiteral("records")).toInt();
    CHECK(records >= 3);
    CHECK(records <= 11);
    const QString into = cli.path(QStringLiteral("r"));
    const QJsonObject restored =
        cli.json(args({"backup", "restore"}) + QStringList{path, QStringLiteral("--into"), into});
    CHECK(restored.value(QStringLiteral("counts")) == backup.object().value(QStringLiteral("counts")));
    // Every write reached the live vault: 3 check-ins from fill() and 8 from the writer.
    const QString after = cli.path(QStringLiteral("after.selftrack-backup"));
    const CliRun second = cli.run(args({"--json", "backup", "create"}) + QStringList{after});
    REQUIRE(second.exitCode == 0);
    CHECK(second.object().value(QStringLiteral("counts")).toObject().value(QStringLiteral("records")).toInt() == 11);
}

TEST_CASE("backup help and usage errors need no vault", "[app][cli][backup]") {
    CliRunner cli;
    for (const char* command : {"backup", "backup create", "backup verify", "backup restore"}) {
        QStringList argv = QString::fromLatin1(command).split(QLatin1Char(' '));
        argv.append(QStringLiteral("--help"));
        const CliRun r = cli.run(argv);
        INFO(command);
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(QStringLiteral("Usage: selftrack-cli ") + QString::fromLatin1(command)));
        CHECK(r.out.contains(QStringLiteral("SELFTRACK_BACKUP_PASSPHRASE")));
    }
    CHECK(cli.runRaw(args({"--help"})).out.contains(QStringLiteral("backup create|verify|restore")));
    CHECK(cli.run(args({"backup"})).exitCode == 1);
    CHECK(cli.run(args({"backup", "create"})).exitCode == 1);
    CHECK(cli.run(args({"backup", "create", "a", "b"})).exitCode == 1);
    const CliRun noVault = cli.run(args({"backup", "create", "x.selftrack-backup"}));
    CHECK(noVault.exitCode == 3);
    CHECK(noVault.err.contains(QStringLiteral("selftrack-cli init")));
    CHECK_FALSE(QFile::exists(cli.path(QStringLiteral("x.selftrack-backup"))));
}
