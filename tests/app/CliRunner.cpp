// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QProcess>

#include <csignal>
#include <sys/resource.h>

namespace {
QJsonDocument parse(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8());
}
} // namespace

QJsonObject CliRun::object() const {
    return parse(out).object();
}
QJsonArray CliRun::array() const {
    return parse(out).array();
}
bool CliRun::isJson() const {
    QJsonParseError error{};
    QJsonDocument::fromJson(out.toUtf8(), &error);
    return error.error == QJsonParseError::NoError;
}

CliRunner::CliRunner() : m_env(QProcessEnvironment::systemEnvironment()) {
    REQUIRE(m_dir.isValid());
    m_env.insert(QStringLiteral("SELFTRACK_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    m_env.remove(QStringLiteral("SELFTRACK_NEW_PASSPHRASE"));
    m_env.insert(QStringLiteral("SELFTRACK_VAULT"), m_dir.filePath(QStringLiteral("default-vault")));
    m_env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    m_env.insert(QStringLiteral("HOME"), m_dir.path());
}

CliRun CliRunner::runRaw(const QStringList& args) const {
    return start(args, -1);
}

CliRun CliRunner::runWithFileSizeLimit(const QStringList& args, qint64 maxFileBytes) const {
    return start(QStringList{QStringLiteral("--vault"), vaultDir()} + args, maxFileBytes);
}

CliRun CliRunner::start(const QStringList& args, qint64 maxFileBytes) const {
    QProcess process;
    if (maxFileBytes >= 0) {
        // Runs in the child between fork and exec: only async-signal-safe calls.
        process.setChildProcessModifier([maxFileBytes] {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{static_cast<rlim_t>(maxFileBytes), static_cast<rlim_t>(maxFileBytes)};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    process.setProcessEnvironment(m_env);
    process.setWorkingDirectory(m_dir.path());
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(SELFTRACK_CLI_PATH), args);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    CliRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliRun CliRunner::run(const QStringList& args) const {
    return runRaw(QStringList{QStringLiteral("--vault"), vaultDir()} + args);
}

QJsonObject CliRunner::json(const QStringList& args) const {
    const CliRun r = run(QStringList{QStringLiteral("--json")} + args);
    INFO("args: " << args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.isJson());
    return r.object();
}

QJsonArray CliRunner::jsonArray(const QStringList& args) const {
    const CliRun r = run(QStringList{QStringLiteral("--json")} + args);
    INFO("args: " << args.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.isJson());
    return r.array();
}

void CliRunner::init() const {
    const CliRun r = run({QStringLiteral("init")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}
