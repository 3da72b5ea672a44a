// SPDX-License-Identifier: GPL-3.0-or-later
// selftrack-server-bench: N concurrent clients over verified HTTPS on 127.0.0.1, each a device of
// its own account doing realistic sync cycles (push a batch of 2 new items + 3 edits with 1 KiB
// envelopes, then pull the changes after its cursor), for a fixed time per backend. Then the same
// clients hit GET /healthz of the same server for the same time: the ratio shows what the sync
// work costs over the bare HTTPS + routing path. Prints requests/s and p50/p99 latency.
#include "harness/ServerApi.h"
#include "harness/ServerFixture.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

using namespace selftrack::server::test;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
    int clients = 8;
    int seconds = 10;
    std::vector<Backend> backends{Backend::SqlCipher, Backend::Postgres};
};

struct Figures {
    long requests = 0;
    long failures = 0;
    double seconds = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double rate() const { return seconds > 0 ? static_cast<double>(requests) / seconds : 0; }
};

Figures summarize(std::vector<std::vector<double>>& perClient, long failures, double seconds) {
    std::vector<double> all;
    for (auto& latencies : perClient)
        all.insert(all.end(), latencies.begin(), latencies.end());
    std::sort(all.begin(), all.end());
    Figures figures;
    figures.requests = static_cast<long>(all.size());
    figures.failures = failures;
    figures.seconds = seconds;
    if (!all.empty()) {
        figures.p50Ms = all[all.size() / 2];
        figures.p99Ms = all[std::min(all.size() - 1, all.size() * 99 / 100)];
    }
    return figures;
}

// One device's state: its own items and the revs it last saw.
struct Device {
    std::unique_ptr<HttpsClient> client;
    std::vector<std::pair<QString, qint64>> items; // item id, head rev
    QString cursor;
    int next = 0;
};

QString padding() {
    return QString(1000, QLatin1Char('x'));
}

// Shows the first failed request of a run on stderr (figures alone do not say what went wrong).
void reportFailure(const HttpResponse& response) {
    static std::atomic<bool> reported{false};
    if (!reported.exchange(true))
        std::fprintf(stderr, "first failed request: %s\n", response.describe().substr(0, 400).c_str());
}

// One push + one pull. Returns false when a request failed.
bool syncCycle(Device& device, std::vector<double>& latencies) {
    QJsonArray batch;
    std::vector<std::size_t> edited;
    for (int i = 0; i < 3 && !device.items.empty(); ++i) {
        const std::size_t index = static_cast<std::size_t>(device.next++) % device.items.size();
        edited.push_back(index);
        batch.append(api::revision(device.items[index].first, device.items[index].second, api::newUuid(),
                                   api::envelopeFor(QStringLiteral("edit")) + padding()));
    }
    std::vector<QString> created;
    for (int i = 0; i < 2; ++i) {
        created.push_back(api::newUuid());
        batch.append(
            api::revision(created.back(), 0, api::newUuid(), api::envelopeFor(QStringLiteral("new")) + padding()));
    }
    auto start = Clock::now();
    const HttpResponse pushed = api::push(*device.client, batch);
    latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    if (pushed.status != 200) {
        reportFailure(pushed);
        return false;
    }
    const QJsonArray results = pushed.json().value(QStringLiteral("results")).toArray();
    for (qsizetype i = 0; i < results.size(); ++i) {
        const qint64 rev = results[i].toObject().value(QStringLiteral("rev")).toInteger();
        if (static_cast<std::size_t>(i) < edited.size())
            device.items[edited[static_cast<std::size_t>(i)]].second = rev;
        else
            device.items.emplace_back(created[static_cast<std::size_t>(i) - edited.size()], rev);
    }
    start = Clock::now();
    const HttpResponse pulled = api::changesPage(*device.client, device.cursor);
    latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    if (pulled.status != 200) {
        reportFailure(pulled);
        return false;
    }
    device.cursor = pulled.json().value(QStringLiteral("cursor")).toString();
    return true;
}

// Fresh connections for every client. The server serves a connection on one worker thread until it
// closes, so connections left idle by the previous phase would hold workers (and stall new
// connections for the keep-alive timeout) at the start of the next phase.
void reconnect(std::vector<Device>& devices) {
    for (Device& device : devices) {
        auto fresh = std::make_unique<HttpsClient>(device.client->baseUrl(), device.client->caFile());
        fresh->setBearer(device.client->bearer());
        device.client = std::move(fresh);
    }
}

template <typename Work> Figures runClients(std::vector<Device>& devices, int seconds, Work work) {
    reconnect(devices);
    std::vector<std::vector<double>> latencies(devices.size());
    std::atomic<long> failures{0};
    const auto deadline = Clock::now() + std::chrono::seconds(seconds);
    const auto start = Clock::now();
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < devices.size(); ++i)
        threads.emplace_back([&, i] {
            while (Clock::now() < deadline)
                if (!work(devices[i], latencies[i]))
                    ++failures;
        });
    for (auto& thread : threads)
        thread.join();
    return summarize(latencies, failures, std::chrono::duration<double>(Clock::now() - start).count());
}

void print(const char* backend, int clients, const char* what, const Figures& figures) {
    std::printf("%-10s %7d  %-22s %9ld %10.1f %8.2f %8.2f %8ld\n", backend, clients, what, figures.requests,
                figures.rate(), figures.p50Ms, figures.p99Ms, figures.failures);
}

int benchBackend(Backend backend, const Options& options) {
    ::setenv("SELFTRACK_TEST_BACKEND", backendName(backend).toUtf8().constData(), 1);
    ServerFixture server(ServerFixture::Config{{QStringLiteral("--threads"), QStringLiteral("16")}, false});
    std::vector<Device> devices(static_cast<std::size_t>(options.clients));
    for (int i = 0; i < options.clients; ++i) {
        Device& device = devices[static_cast<std::size_t>(i)];
        device.client = server.client();
        auto account = api::createAccount(*device.client, QStringLiteral("bench%1@example.org").arg(i));
        if (!account) {
            std::fprintf(stderr, "account setup failed: %s\n", account.error().c_str());
            return 1;
        }
    }
    const QByteArray name = backendName(backend).toUtf8();
    const Figures sync = runClients(devices, options.seconds, syncCycle);
    print(name.constData(), options.clients, "push+pull (sync)", sync);
    const Figures health = runClients(devices, options.seconds, [](Device& device, std::vector<double>& latencies) {
        const auto start = Clock::now();
        const HttpResponse response = device.client->get(QStringLiteral("/healthz"));
        latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (response.status != 200)
            reportFailure(response);
        return response.status == 200;
    });
    print(name.constData(), options.clients, "GET /healthz (baseline)", health);
    std::printf("%-10s %7d  sync/healthz request rate ratio: %.3f\n", name.constData(), options.clients,
                health.rate() > 0 ? sync.rate() / health.rate() : 0.0);
    return sync.failures + health.failures > 0 ? 1 : 0;
}

std::optional<Options> parse(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--clients" && hasValue)
            options.clients = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--seconds" && hasValue)
            options.seconds = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--backend" && hasValue) {
            const std::string value = argv[++i];
            if (value == "sqlcipher")
                options.backends = {Backend::SqlCipher};
            else if (value == "postgres")
                options.backends = {Backend::Postgres};
            else if (value != "both")
                return std::nullopt;
        } else
            return std::nullopt;
    }
    return options;
}

} // namespace

int main(int argc, char** argv) {
    const auto options = parse(argc, argv);
    if (!options) {
        std::fprintf(stderr, "usage: selftrack-server-bench [--clients N] [--seconds S] "
                             "[--backend sqlcipher|postgres|both]\n");
        return 2;
    }
    // A throwaway PostgreSQL cluster for this run only (same script as the test suite).
    QTemporaryDir clusterDir;
    const QString clusterState = clusterDir.filePath(QStringLiteral("pg"));
    const QString script = QStringLiteral(SELFTRACK_PG_CLUSTER_SCRIPT);
    const bool needsPostgres =
        std::find(options->backends.begin(), options->backends.end(), Backend::Postgres) != options->backends.end();
    if (needsPostgres) {
        if (QProcess::execute(script, {QStringLiteral("start"), clusterState}) != 0) {
            std::fprintf(stderr, "cannot start the PostgreSQL cluster\n");
            return 1;
        }
        ::setenv("SELFTRACK_TEST_PG_URL_FILE", (clusterState + QStringLiteral("/url")).toUtf8().constData(), 1);
    }
    std::printf("%-10s %7s  %-22s %9s %10s %8s %8s %8s\n", "backend", "clients", "requests", "count", "req/s", "p50 ms",
                "p99 ms", "failed");
    int status = 0;
    for (const Backend backend : options->backends) {
        try {
            status |= benchBackend(backend, *options);
        } catch (const std::exception& error) {
            std::fprintf(stderr, "%s\n", error.what());
            status = 1;
        }
    }
    if (needsPostgres)
        QProcess::execute(script, {QStringLiteral("stop"), clusterState});
    return status;
}
