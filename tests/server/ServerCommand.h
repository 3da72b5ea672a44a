// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <memory>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace selftrack::server::test {

// The selftrack-server binary run as a command (startup errors, admin subcommand, self-signed
// first run): stdout and stderr are kept apart so tests can tell which stream said what.
class ServerCommand {
public:
    ServerCommand(const QStringList& arguments, const QStringList& environment = {}) {
        if (!m_dir.isValid())
            throw std::runtime_error("cannot create a temporary folder for the command output");
        std::vector<std::string> args{SELFTRACK_SERVER_BINARY};
        for (const QString& argument : arguments)
            args.push_back(argument.toStdString());
        std::vector<std::string> env;
        for (char** entry = environ; *entry != nullptr; ++entry)
            env.emplace_back(*entry);
        for (const QString& entry : environment)
            env.push_back(entry.toStdString());
        std::vector<char*> argv;
        argv.reserve(args.size() + 1);
        for (auto& arg : args)
            argv.push_back(arg.data());
        argv.push_back(nullptr);
        std::vector<char*> envp;
        envp.reserve(env.size() + 1);
        for (auto& entry : env)
            envp.push_back(entry.data());
        envp.push_back(nullptr);
        const std::string outPath = m_dir.filePath(QStringLiteral("stdout")).toStdString();
        const std::string errPath = m_dir.filePath(QStringLiteral("stderr")).toStdString();
        m_pid = ::fork();
        if (m_pid < 0)
            throw std::runtime_error("fork failed");
        if (m_pid == 0) {
            const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
            const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
            const int in = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
            if (out < 0 || err < 0 || in < 0 || ::dup2(out, STDOUT_FILENO) < 0 || ::dup2(err, STDERR_FILENO) < 0 ||
                ::dup2(in, STDIN_FILENO) < 0)
                ::_exit(127);
            ::execve(args[0].c_str(), argv.data(), envp.data());
            ::_exit(127);
        }
    }
    ~ServerCommand() {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            int status = 0;
            ::waitpid(m_pid, &status, 0);
        }
    }
    ServerCommand(const ServerCommand&) = delete;
    ServerCommand& operator=(const ServerCommand&) = delete;

    // Waits for the exit (at most timeout; then SIGKILL and -1000). Exit code, or -signal.
    int wait(std::chrono::milliseconds timeout = std::chrono::seconds(60)) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (m_pid > 0) {
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_pid = -1;
                m_exit = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
                break;
            }
            if (std::chrono::steady_clock::now() > deadline) {
                ::kill(m_pid, SIGKILL);
                ::waitpid(m_pid, &status, 0);
                m_pid = -1;
                m_exit = -1000;
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        return m_exit;
    }
    // SIGTERM and wait.
    int terminate() {
        if (m_pid > 0)
            ::kill(m_pid, SIGTERM);
        return wait();
    }
    bool running() {
        if (m_pid <= 0)
            return false;
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            m_exit = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
            return false;
        }
        return true;
    }
    // Polls stderr until it contains needle or the process exits; true when found.
    bool waitForStderr(const QByteArray& needle, std::chrono::milliseconds timeout = std::chrono::seconds(60)) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (std::chrono::steady_clock::now() < deadline) {
            if (standardError().contains(needle))
                return true;
            if (!running())
                return standardError().contains(needle);
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return false;
    }

    QByteArray standardOutput() const { return read(QStringLiteral("stdout")); }
    QByteArray standardError() const { return read(QStringLiteral("stderr")); }
    QByteArray output() const { return standardOutput() + standardError(); }
    std::string describe() const {
        return "exit " + std::to_string(m_exit) + "\nstdout:\n" + standardOutput().toStdString() + "\nstderr:\n" +
               standardError().toStdString();
    }

private:
    QByteArray read(const QString& name) const {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    pid_t m_pid = -1;
    int m_exit = -1;
};

// Runs a command to completion.
inline std::unique_ptr<ServerCommand> runServerCommand(const QStringList& arguments,
                                                       const QStringList& environment = {}) {
    auto command = std::make_unique<ServerCommand>(arguments, environment);
    command->wait();
    return command;
}

} // namespace selftrack::server::test
