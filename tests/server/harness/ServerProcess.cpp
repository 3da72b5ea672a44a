// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerProcess.h"

#include "HttpsClient.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace selftrack::server::test {
namespace {

using namespace std::chrono_literals;

constexpr auto kStartupTimeout = 60s;

} // namespace

ServerProcess::ServerProcess(Options options) : m_options(std::move(options)) {}

ServerProcess::~ServerProcess() {
    if (running())
        terminate();
}

QString ServerProcess::baseUrl() const {
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

QString ServerProcess::log() const {
    QFile file(m_options.logPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool ServerProcess::running() const {
    if (m_pid <= 0)
        return false;
    return ::kill(m_pid, 0) == 0;
}

std::expected<void, QString> ServerProcess::start(const QString& caFile) {
    // First start: port 0 and the server prints the port it got (no race for a free port). A restart
    // binds the same port again so existing clients keep working.
    QStringList arguments = m_options.arguments;
    arguments << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:%1").arg(m_port);

    std::vector<std::string> argStorage{m_options.executable.toStdString()};
    for (const QString& argument : arguments)
        argStorage.push_back(argument.toStdString());
    std::vector<char*> argv;
    argv.reserve(argStorage.size() + 1);
    for (auto& argument : argStorage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    std::vector<std::string> envStorage;
    for (char** entry = environ; *entry != nullptr; ++entry)
        envStorage.emplace_back(*entry);
    // A variable given here replaces the inherited one (getenv reads the first of duplicates); a
    // sanitizer's *_OPTIONS are joined instead, so CI's options stay and the later ones win.
    for (const QString& given : m_options.environment) {
        const std::string entry = given.toStdString();
        const std::string name = entry.substr(0, entry.find('=') + 1);
        auto inherited = std::find_if(envStorage.begin(), envStorage.end(),
                                      [&name](const std::string& e) { return e.starts_with(name); });
        if (inherited == envStorage.end())
            envStorage.push_back(entry);
        else if (name.ends_with("_OPTIONS="))
            *inherited += ':' + entry.substr(name.size());
        else
            *inherited = entry;
    }
    std::vector<char*> envp;
    envp.reserve(envStorage.size() + 1);
    for (auto& entry : envStorage)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    const qsizetype logOffset = log().size();
    const std::string logPath = m_options.logPath.toStdString();
    const pid_t parent = ::getpid();
    m_pid = ::fork();
    if (m_pid < 0) {
        const int error = errno;
        m_pid = -1;
        return std::unexpected(QStringLiteral("cannot start %1: %2")
                                   .arg(m_options.executable, QString::fromLocal8Bit(std::strerror(error))));
    }
    if (m_pid == 0) {
        // Child: only async-signal-safe calls until exec.
#ifdef __linux__
        // A test binary that dies (crash, SIGKILL, closed pipe) must not leave servers behind.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
#endif
        const int logFd = ::open(logPath.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        const int nullFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (logFd < 0 || nullFd < 0 || ::dup2(logFd, STDOUT_FILENO) < 0 || ::dup2(logFd, STDERR_FILENO) < 0 ||
            ::dup2(nullFd, STDIN_FILENO) < 0)
            ::_exit(127);
        ::execve(argStorage[0].c_str(), argv.data(), envp.data());
        ::_exit(127);
    }
    (void)parent;

    static const QRegularExpression listening(QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)"));
    const auto deadline = std::chrono::steady_clock::now() + kStartupTimeout;
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            return std::unexpected(QStringLiteral("server exited during startup (status %1); log:\n%2")
                                       .arg(status)
                                       .arg(log().mid(logOffset)));
        }
        const auto match = listening.match(log().mid(logOffset));
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
            HttpsClient client(baseUrl(), caFile);
            const HttpResponse health = client.get(QStringLiteral("/healthz"));
            if (health.status == 200)
                return {};
        }
        std::this_thread::sleep_for(20ms);
    }
    const QString output = log().mid(logOffset);
    kill();
    return std::unexpected(QStringLiteral("server did not answer /healthz within %1 s; log:\n%2")
                               .arg(kStartupTimeout.count())
                               .arg(output));
}

int ServerProcess::waitForExit(int timeoutMs) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (m_pid > 0) {
        int status = 0;
        const pid_t done = ::waitpid(m_pid, &status, WNOHANG);
        if (done == m_pid || (done < 0 && errno == ECHILD)) {
            m_pid = -1;
            if (done < 0)
                return 0;
            return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
        }
        if (std::chrono::steady_clock::now() > deadline)
            return -1000;
        std::this_thread::sleep_for(10ms);
    }
    return 0;
}

int ServerProcess::terminate() {
    if (m_pid <= 0)
        return 0;
    ::kill(m_pid, SIGTERM);
    const int status = waitForExit(30000);
    if (status == -1000) { // hung on shutdown: do not leak the process
        kill();
        return -SIGKILL;
    }
    return status;
}

void ServerProcess::kill() {
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGKILL);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
}

} // namespace selftrack::server::test
