// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ServerApp.h"

#include "server/HttpServer.h"
#include "server/ServerContext.h"
#include "server/StorageFactory.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <pthread.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>

namespace selftrack::server {

namespace {

constexpr auto kFlushInterval = std::chrono::seconds(5);
constexpr auto kRetentionInterval = std::chrono::hours(1);
constexpr auto kPruneInterval = std::chrono::minutes(1);
constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

sigset_t shutdownSignals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGUSR1); // internal wake-up when the server stops on its own
    return set;
}

int startupError(const Error& error) {
    std::fprintf(stderr, "error: %s\n", error.message.c_str());
    return 1;
}

void applyRetention(ServerContext& context) {
    const int days = context.config().retentionDays;
    (void)context.storage().deleteExpiredSessions(ServerContext::nowMs());
    if (days <= 0)
        return;
    auto report = context.storage().applyRetention(ServerContext::nowMs() - days * kDayMs);
    if (!report)
        std::fprintf(stderr, "warning: retention failed: %s\n", report.error().message.c_str());
}

// Background work until `stopping`: flushes request counts, forgets idle rate-limit buckets every
// minute, applies retention hourly.
class Maintenance {
public:
    explicit Maintenance(ServerContext& context) : m_context(context), m_thread([this] { loop(); }) {}
    ~Maintenance() {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_thread.join();
        m_context.flushRequestCounts();
    }

private:
    void loop() {
        auto nextRetention = std::chrono::steady_clock::now() + kRetentionInterval;
        auto nextPrune = std::chrono::steady_clock::now() + kPruneInterval;
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(lock, kFlushInterval, [this] { return m_stopping; })) {
            lock.unlock();
            m_context.flushRequestCounts();
            if (std::chrono::steady_clock::now() >= nextPrune) {
                m_context.pruneRateBuckets();
                nextPrune += kPruneInterval;
            }
            if (std::chrono::steady_clock::now() >= nextRetention) {
                applyRetention(m_context);
                nextRetention += kRetentionInterval;
            }
            lock.lock();
        }
    }

    ServerContext& m_context;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

Result<std::optional<TlsFiles>> prepareTls(const ServerConfig& config) {
    if (config.insecureHttp)
        return std::optional<TlsFiles>();
    auto tls = config.certFile.isEmpty() ? Certificate::ensureSelfSigned(config.dataDir, config.listenHost)
                                         : Certificate::load(config.certFile, config.keyFile);
    if (!tls)
        return std::unexpected(tls.error());
    if (tls->generated)
        std::fprintf(stderr, "generated a self-signed certificate: %s\n", QFile::encodeName(tls->certFile).constData());
    std::fprintf(stderr, "certificate SHA-256 fingerprint: %s\n", tls->fingerprint.c_str());
    return std::optional<TlsFiles>(std::move(*tls));
}

Result<std::unique_ptr<AccessLog>> openAccessLog(const ServerConfig& config) {
    if (config.accessLog.isEmpty() || config.accessLog == QStringLiteral("-"))
        return std::make_unique<AccessLog>(stdout, false);
    std::FILE* file = std::fopen(QFile::encodeName(config.accessLog).constData(), "a");
    if (!file)
        return fail(ErrorCode::Io, "Cannot open the access log " + config.accessLog.toStdString() + ".");
    return std::make_unique<AccessLog>(file, true);
}

// Raises the soft limit on open files towards what the connection cap needs (the hard limit is the
// ceiling); past the limit accept() fails and the listener retries instead of serving.
void raiseFileLimit(const ServerConfig& config) {
    constexpr rlim_t kSpareFiles = 64; // database files and connections, certificates, logs
    const rlim_t wanted =
        static_cast<rlim_t>(config.maxConnections) + static_cast<rlim_t>(config.threads) + kSpareFiles;
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= wanted)
        return;
    limit.rlim_cur = std::min(wanted, limit.rlim_max);
    ::setrlimit(RLIMIT_NOFILE, &limit);
    if (limit.rlim_cur < wanted)
        std::fprintf(stderr, "warning: the open-file limit (%llu) is below --max-connections plus --threads.\n",
                     static_cast<unsigned long long>(limit.rlim_cur));
}

Status prepareDataDir(const QString& dir) {
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Io, "Cannot create the data folder " + dir.toStdString() + ".");
    ::chmod(QFile::encodeName(dir).constData(), 0700);
    return {};
}

// Serves until a shutdown signal; the signal thread stops the HTTP server (stop() only takes
// effect once listening started, so it repeats until run() has returned).
void serveUntilSignal(HttpServer& http) {
    std::atomic<bool> finished{false};
    std::atomic<bool> signalled{false};
    std::thread waiter([&http, &finished, &signalled] {
        const sigset_t set = shutdownSignals();
        for (;;) {
            int signal = 0;
            sigwait(&set, &signal);
            if (finished)
                return;
            if (signal != SIGUSR1)
                break;
        }
        signalled = true;
        std::fprintf(stderr, "shutting down (finishing in-flight requests)\n");
        while (!finished) {
            http.stop();
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
    http.run();
    finished = true;
    if (!signalled)
        pthread_kill(waiter.native_handle(), SIGUSR1);
    waiter.join();
}

} // namespace

void ServerApp::blockShutdownSignals() {
    const sigset_t set = shutdownSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
}

int ServerApp::run(const ServerConfig& config) {
    if (config.serverArgon2.memoryKiB < PasswordHasher::kOwaspMinimum.memoryKiB ||
        config.serverArgon2.iterations < PasswordHasher::kOwaspMinimum.iterations)
        std::fprintf(stderr, "warning: --server-argon2 is below the OWASP minimum; use it for tests only.\n");
    if (config.insecureHttp && config.listenHost != "127.0.0.1" && config.listenHost != "::1" &&
        config.listenHost != "localhost")
        std::fprintf(stderr, "warning: serving plain HTTP on %s; only do this behind a TLS-terminating proxy.\n",
                     config.listenHost.c_str());
    if (auto st = prepareDataDir(config.dataDir); !st)
        return startupError(st.error());
    raiseFileLimit(config);
    auto storage = openStorage(config, true);
    if (!storage)
        return startupError(storage.error());
    if (auto st = (*storage)->migrate(); !st)
        return startupError(st.error());
    auto secret = (*storage)->serverSecret();
    if (!secret)
        return startupError(secret.error());
    auto tls = prepareTls(config);
    if (!tls)
        return startupError(tls.error());
    auto log = openAccessLog(config);
    if (!log)
        return startupError(log.error());
    ServerContext context(**storage, config, std::move(*secret), **log);
    auto http = HttpServer::create(context, *tls);
    if (!http)
        return startupError(http.error());
    auto port = (*http)->bind(config.listenHost, config.listenPort);
    if (!port)
        return startupError(port.error());
    applyRetention(context);
    {
        Maintenance maintenance(context);
        const bool ipv6 = config.listenHost.find(':') != std::string::npos;
        std::fprintf(stderr, "selftrack-server listening on %s://%s%s%s:%d\n", *tls ? "https" : "http", ipv6 ? "[" : "",
                     config.listenHost.c_str(), ipv6 ? "]" : "", *port);
        serveUntilSignal(**http);
    }
    std::fprintf(stderr, "selftrack-server stopped\n");
    return 0;
}

} // namespace selftrack::server
