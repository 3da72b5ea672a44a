// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <initializer_list>
#include <string>

// Test shorthands (the project builds with QT_NO_CAST_FROM_ASCII).
inline QStringList args(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* a : list)
        out.append(QString::fromUtf8(a));
    return out;
}
inline std::string str(const QJsonValue& value) {
    return value.toString().toStdString();
}
inline std::string str(const QString& text) {
    return text.toStdString();
}

// One run of selftrack-cli: exit code, stdout and stderr.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject object() const;
    QJsonArray array() const;
    bool isJson() const;
};

// Runs the real selftrack-cli in its own temporary folder with a vault path inside it. The child
// gets SELFTRACK_PASSPHRASE, TZ=UTC and the C locale; no test touches the user's real vault.
class CliRunner {
public:
    static constexpr auto kPassphrase = "correct horse battery staple";

    CliRunner();

    QString vaultDir() const { return m_dir.filePath(QStringLiteral("vault")); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void setEnv(const QString& name, const QString& value) { m_env.insert(name, value); }
    void unsetEnv(const QString& name) { m_env.remove(name); }

    // `selftrack-cli --vault <vaultDir> args...`
    CliRun run(const QStringList& args) const;
    // Without the --vault option (for global option tests).
    CliRun runRaw(const QStringList& args) const;
    // `run` with no file allowed to grow beyond `maxFileBytes` (RLIMIT_FSIZE, SIGXFSZ ignored): a
    // write past the limit fails with EFBIG, as on a full disk.
    CliRun runWithFileSizeLimit(const QStringList& args, qint64 maxFileBytes) const;
    // `--json` run that must succeed; fails the test otherwise.
    QJsonObject json(const QStringList& args) const;
    QJsonArray jsonArray(const QStringList& args) const;
    void init() const;

private:
    CliRun start(const QStringList& args, qint64 maxFileBytes) const;

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};
