// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PassphraseSource.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace selftrack::app {

using core::SecureBuffer;

namespace {

// Restores the terminal's echo even on early return.
class EchoOff {
public:
    explicit EchoOff(int fd) : m_fd(fd) {
        if (tcgetattr(m_fd, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = tcsetattr(m_fd, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff() {
        if (m_active)
            tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    int m_fd;
    termios m_saved{};
    bool m_active = false;
};

// Reads one line (without the line break) byte by byte so no copy outside `out` is made.
void readLine(std::FILE* in, SecureBuffer& out) {
    for (int c = std::fgetc(in); c != EOF && c != '\n'; c = std::fgetc(in)) {
        if (c == '\r')
            continue;
        const char byte = static_cast<char>(c);
        out.append(&byte, 1);
    }
}

} // namespace

CliStatus PassphraseSource::checkNotEmpty(const SecureBuffer& passphrase) {
    if (passphrase.empty())
        return cliFail(ExitCode::Invalid, QStringLiteral("The passphrase must not be empty."));
    return {};
}

std::optional<SecureBuffer> PassphraseSource::fromEnvironment(const char* name) {
    const char* value = std::getenv(name);
    if (!value)
        return std::nullopt;
    return SecureBuffer(value, std::strlen(value));
}

CliResult<SecureBuffer> PassphraseSource::readFile(const QString& path) {
    std::FILE* file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!file)
        return cliFail(ExitCode::Invalid, QStringLiteral("Cannot read the passphrase file %1.").arg(path));
    SecureBuffer passphrase;
    readLine(file, passphrase);
    std::fclose(file);
    if (auto st = checkNotEmpty(passphrase); !st)
        return std::unexpected(st.error());
    return passphrase;
}

CliResult<SecureBuffer> PassphraseSource::prompt(const char* question) {
    if (!isatty(STDIN_FILENO))
        return cliFail(ExitCode::Passphrase, QStringLiteral("No passphrase given: set SELFTRACK_PASSPHRASE, use "
                                                            "--passphrase-file FILE, or run in a terminal."));
    std::FILE* tty = std::fopen("/dev/tty", "r+");
    std::FILE* in = tty ? tty : stdin;
    std::FILE* echo = tty ? tty : stderr;
    std::fputs(question, echo);
    std::fflush(echo);
    SecureBuffer passphrase;
    {
        EchoOff quiet(fileno(in));
        readLine(in, passphrase);
    }
    std::fputs("\n", echo);
    if (tty)
        std::fclose(tty);
    if (auto st = checkNotEmpty(passphrase); !st)
        return std::unexpected(st.error());
    return passphrase;
}

CliResult<SecureBuffer> PassphraseSource::promptTwice(const char* question) {
    auto first = prompt(question);
    if (!first)
        return first;
    auto second = prompt("Repeat the passphrase: ");
    if (!second)
        return second;
    if (!first->equals(*second))
        return cliFail(ExitCode::Invalid, QStringLiteral("The two passphrases do not match."));
    return first;
}

CliResult<SecureBuffer> PassphraseSource::current() const {
    if (!m_file.isEmpty())
        return fromFile();
    if (auto env = fromEnvironment("SELFTRACK_PASSPHRASE"))
        return std::move(*env);
    return prompt("Passphrase: ");
}

CliResult<SecureBuffer> PassphraseSource::forNewVault() const {
    if (!m_file.isEmpty())
        return fromFile();
    if (auto env = fromEnvironment("SELFTRACK_PASSPHRASE")) {
        if (auto st = checkNotEmpty(*env); !st)
            return std::unexpected(st.error());
        return std::move(*env);
    }
    return promptTwice("New vault passphrase: ");
}

CliResult<SecureBuffer> PassphraseSource::replacement() const {
    if (auto env = fromEnvironment("SELFTRACK_NEW_PASSPHRASE")) {
        if (auto st = checkNotEmpty(*env); !st)
            return std::unexpected(st.error());
        return std::move(*env);
    }
    return promptTwice("New passphrase: ");
}

CliResult<std::optional<SecureBuffer>> PassphraseSource::backupOverride(const QString& file) const {
    if (!file.isEmpty()) {
        auto passphrase = readFile(file);
        if (!passphrase)
            return std::unexpected(passphrase.error());
        return std::optional<SecureBuffer>(std::move(*passphrase));
    }
    if (auto env = fromEnvironment("SELFTRACK_BACKUP_PASSPHRASE")) {
        if (auto st = checkNotEmpty(*env); !st)
            return std::unexpected(st.error());
        return std::optional<SecureBuffer>(std::move(*env));
    }
    return std::optional<SecureBuffer>();
}

} // namespace selftrack::app
