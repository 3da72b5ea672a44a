// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QFile>

TEST_CASE("help, version and usage errors need no vault", "[app][cli]") {
    CliRunner cli;
    const CliRun version = cli.runRaw(args({"--version"}));
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("selftrack-cli ")));

    const CliRun help = cli.runRaw(args({"--help"}));
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Exit codes")));
    for (const char* command :
         {"init", "passwd", "goal", "goal add", "goal edit", "log", "journal add", "journal list", "journal search",
          "record edit", "stats", "history", "revert", "trash", "trash purge"}) {
        QStringList argv = QString::fromLatin1(command).split(QLatin1Char(' '));
        argv.append(QStringLiteral("--help"));
        const CliRun r = cli.run(argv);
        INFO(command);
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(QStringLiteral("Usage: selftrack-cli ") +
                               QString::fromLatin1(command).section(QLatin1Char(' '), 0, 0)));
        CHECK(r.err.isEmpty());
    }
    CHECK(cli.runRaw(args({"help", "log"})).out.contains(QStringLiteral("--skip")));

    CHECK(cli.runRaw({}).exitCode == 1);
    const CliRun unknown = cli.run(args({"frobnicate"}));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("Unknown command")));
    CHECK(unknown.out.isEmpty());
    CHECK(cli.run(args({"goal"})).exitCode == 1);
    CHECK(cli.run(args({"goal", "fly"})).exitCode == 1);
    CHECK(cli.run(args({"goal", "add"})).exitCode == 1);
    CHECK(cli.run(args({"goal", "list", "--bogus"})).exitCode == 1);
    CHECK(cli.run(args({"log", "x", "1", "2"})).exitCode == 1);
    CHECK(cli.runRaw(args({"--vault"})).exitCode == 1);
}

TEST_CASE("without a vault every command but init says so and exits 3", "[app][cli]") {
    CliRunner cli;
    for (const QStringList& argv : {args({"goal", "list"}), args({"log", "x"}), args({"stats"}), args({"passwd"})}) {
        const CliRun r = cli.run(argv);
        INFO(argv.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 3);
        CHECK(r.err.contains(QStringLiteral("selftrack-cli init")));
        CHECK(r.out.isEmpty());
    }
    // SELFTRACK_VAULT is honoured when --vault is absent.
    const CliRun r = cli.runRaw(args({"goal", "list"}));
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(cli.path(QStringLiteral("default-vault"))));
}

TEST_CASE("init creates a vault once and refuses empty passphrases", "[app][cli]") {
    CliRunner cli;
    cli.setEnv(QStringLiteral("SELFTRACK_PASSPHRASE"), QString());
    const CliRun empty = cli.run(args({"init"}));
    CHECK(empty.exitCode == 4);
    CHECK(empty.err.contains(QStringLiteral("empty")));
    CHECK_FALSE(QFile::exists(cli.vaultDir()));

    cli.setEnv(QStringLiteral("SELFTRACK_PASSPHRASE"), QString::fromLatin1(CliRunner::kPassphrase));
    const QJsonObject created = cli.json(args({"init"}));
    CHECK(created.value(QStringLiteral("created")).toBool());
    CHECK(str(created.value(QStringLiteral("vault"))) == str(cli.vaultDir()));
    CHECK(QFile::exists(cli.vaultDir() + QStringLiteral("/vault.json")));

    const CliRun again = cli.run(args({"init"}));
    CHECK(again.exitCode == 4);
    CHECK(again.err.contains(QStringLiteral("not empty")));
    CHECK(cli.jsonArray(args({"goal", "list"})).isEmpty());
}

TEST_CASE("passphrases: wrong one exits 2, file and passwd work, none available exits 2", "[app][cli]") {
    CliRunner cli;
    cli.init();
    cli.json(args({"goal", "add", "Meditate"}));

    cli.setEnv(QStringLiteral("SELFTRACK_PASSPHRASE"), QStringLiteral("wrong"));
    const CliRun wrong = cli.run(args({"goal", "list"}));
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("passphrase is wrong")));
    CHECK(wrong.out.isEmpty());

    QFile file(cli.path(QStringLiteral("pass.txt")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(CliRunner::kPassphrase) + "\n");
    file.close();
    CHECK(cli.run(args({"--passphrase-file", "pass.txt", "goal", "list"})).exitCode == 0);
    CHECK(cli.run(args({"goal", "list", "--passphrase-file", "missing.txt"})).exitCode == 4);

    cli.unsetEnv(QStringLiteral("SELFTRACK_PASSPHRASE"));
    const CliRun none = cli.run(args({"goal", "list"})); // stdin is not a terminal: no prompt
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("SELFTRACK_PASSPHRASE")));

    cli.setEnv(QStringLiteral("SELFTRACK_PASSPHRASE"), QString::fromLatin1(CliRunner::kPassphrase));
    cli.setEnv(QStringLiteral("SELFTRACK_NEW_PASSPHRASE"), QStringLiteral("a new secret"));
    const CliRun changed = cli.run(args({"passwd"}));
    CHECK(changed.exitCode == 0);
    CHECK_FALSE(changed.out.contains(QStringLiteral("a new secret")));
    CHECK(cli.run(args({"goal", "list"})).exitCode == 2);
    cli.setEnv(QStringLiteral("SELFTRACK_PASSPHRASE"), QStringLiteral("a new secret"));
    const QJsonArray goals = cli.jsonArray(args({"goal", "list"}));
    REQUIRE(goals.size() == 1);
    CHECK(str(goals.at(0).toObject().value(QStringLiteral("title"))) == "Meditate");
}

TEST_CASE("a damaged vault.json exits 5 and is left alone", "[app][cli]") {
    CliRunner cli;
    cli.init();
    QFile header(cli.vaultDir() + QStringLiteral("/vault.json"));
    REQUIRE(header.open(QIODevice::WriteOnly | QIODevice::Truncate));
    header.write("{ this is not json");
    header.close();
    const CliRun r = cli.run(args({"goal", "list"}));
    CHECK(r.exitCode == 5);
    CHECK(r.err.contains(QStringLiteral("damaged")));
    CHECK(r.out.isEmpty());
    REQUIRE(header.open(QIODevice::ReadOnly));
    CHECK(header.readAll() == "{ this is not json");
}

TEST_CASE("global options are accepted after the command too", "[app][cli]") {
    CliRunner cli;
    cli.init();
    const CliRun r = cli.runRaw({QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("Stretch"),
                                 QStringLiteral("--json"), QStringLiteral("--vault"), cli.vaultDir()});
    CHECK(r.exitCode == 0);
    REQUIRE(r.isJson());
    CHECK(str(r.object().value(QStringLiteral("title"))) == "Stretch");
    const CliRun list =
        cli.runRaw({QStringLiteral("--vault=") + cli.vaultDir(), QStringLiteral("goal"), QStringLiteral("list")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("Stretch")));
    CHECK_FALSE(list.isJson());
}

TEST_CASE("a database file that is not ours exits 5", "[app][cli]") {
    CliRunner cli;
    cli.init();
    const QString db = cli.vaultDir() + QStringLiteral("/selftrack.db");
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
    QFile file(db);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const CliRun r = cli.run(args({"goal", "list"}));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 5);
    CHECK(r.out.isEmpty());
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
}
