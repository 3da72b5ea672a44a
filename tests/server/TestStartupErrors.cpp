// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCommand.h"
#include "ServerTestSupport.h"
#include "harness/PostgresDatabase.h"
#include "harness/TestCa.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <sys/socket.h>

using namespace selftrack::server::test;

namespace {

// A fresh store of the backend under test for a server started by hand: a data dir, plus a new
// database in the test cluster for PostgreSQL.
struct FreshStore {
    QTemporaryDir dir;
    std::unique_ptr<PostgresDatabase> postgres;

    FreshStore() {
        REQUIRE(dir.isValid());
        if (backendUnderTest() == Backend::Postgres) {
            auto database = PostgresDatabase::create();
            if (!database)
                FAIL(database.error().toStdString());
            postgres = std::move(*database);
        }
    }
    QStringList arguments() const {
        QStringList arguments{str("--data-dir"), dir.path(), str("--threads"), str("2")};
        if (postgres)
            arguments << str("--database") << postgres->url();
        return arguments;
    }
};

QStringList sharedCertificate() {
    const TestCa& ca = TestCa::shared();
    return {str("--cert"), ca.serverCertPath, str("--key"), ca.serverKeyPath};
}

// "AB:CD:..." SHA-256 of the first certificate in a PEM file, computed independently of the server.
std::string pemFingerprint(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (cert == nullptr)
        return {};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const bool ok = X509_digest(cert, EVP_sha256(), digest, &length) == 1;
    X509_free(cert);
    if (!ok)
        return {};
    std::string hex;
    static const char* digits = "0123456789ABCDEF";
    for (unsigned int i = 0; i < length; ++i) {
        if (i > 0)
            hex += ':';
        hex += digits[digest[i] >> 4];
        hex += digits[digest[i] & 0xf];
    }
    return hex;
}

QString printedFingerprint(const QByteArray& output) {
    static const QRegularExpression line(str("certificate SHA-256 fingerprint: ([0-9A-Fa-f:]+)"));
    return line.match(QString::fromUtf8(output)).captured(1);
}

int listeningPort(const QByteArray& output) {
    static const QRegularExpression line(str(R"(listening on https://127\.0\.0\.1:(\d+))"));
    return line.match(QString::fromUtf8(output)).captured(1).toInt();
}

// A TCP port on 127.0.0.1 that is bound but never listens: connections to it are refused.
class ClosedPort {
public:
    ClosedPort() {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        REQUIRE(m_fd >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        socklen_t size = sizeof address;
        REQUIRE(::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &size) == 0);
        m_port = ntohs(address.sin_port);
    }
    ~ClosedPort() { ::close(m_fd); }
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

const char* const kOtherKey = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

} // namespace

TEST_CASE("a second server on a port already in use exits with status 1 and says the address is in use",
          "[server][startup]") {
    ServerFixture first;
    const int port = QUrl(first.baseUrl()).port();
    REQUIRE(port > 0);
    FreshStore store;
    auto second = runServerCommand(store.arguments() + sharedCertificate() +
                                   QStringList{str("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
    INFO(second->describe());
    CHECK(second->wait() == 1);
    CHECK(second->standardError().contains(QStringLiteral("Cannot listen on 127.0.0.1:%1").arg(port).toUtf8()));
    CHECK(second->standardError().contains("in use"));
    CHECK_FALSE(second->standardError().contains("listening on"));
    // The first server is untouched.
    CHECK_STATUS(first.client()->get(str("/healthz")), 200);
}

TEST_CASE("a missing, non-PEM or mismatched certificate is a clear startup error with status 1", "[server][startup]") {
    FreshStore store;
    const TestCa& ca = TestCa::shared();
    const QString notPem = store.dir.filePath(str("not-a-cert.pem"));
    {
        QFile file(notPem);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("this is not a certificate\n");
    }
    QTemporaryDir otherCaDir;
    REQUIRE(otherCaDir.isValid());
    auto otherCa = TestCa::create(otherCaDir.path());
    REQUIRE(otherCa.has_value());
    const QStringList listen{str("--listen"), str("127.0.0.1:0")};

    SECTION("missing certificate file") {
        const QString missing = store.dir.filePath(str("missing.pem"));
        auto run = runServerCommand(store.arguments() + listen +
                                    QStringList{str("--cert"), missing, str("--key"), ca.serverKeyPath});
        INFO(run->describe());
        CHECK(run->wait() == 1);
        CHECK(run->standardError().contains((str("Cannot read the certificate ") + missing).toUtf8()));
        CHECK_FALSE(run->output().contains("listening on"));
    }
    SECTION("a file that is not PEM") {
        auto run = runServerCommand(store.arguments() + listen +
                                    QStringList{str("--cert"), notPem, str("--key"), ca.serverKeyPath});
        INFO(run->describe());
        CHECK(run->wait() == 1);
        CHECK(run->standardError().contains("(PEM expected)"));
        CHECK_FALSE(run->output().contains("listening on"));
    }
    SECTION("a key that does not belong to the certificate") {
        auto run =
            runServerCommand(store.arguments() + listen +
                             QStringList{str("--cert"), ca.serverCertPath, str("--key"), otherCa->serverKeyPath});
        INFO(run->describe());
        CHECK(run->wait() == 1);
        CHECK(run->standardError().contains("does not match the certificate"));
        CHECK_FALSE(run->output().contains("listening on"));
    }
}

TEST_CASE("an unreachable PostgreSQL database is a startup error that does not print the password",
          "[server][startup]") {
    if (backendUnderTest() != Backend::Postgres) {
        SUCCEED("PostgreSQL only");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ClosedPort closed;
    const QString url =
        QStringLiteral("postgresql://selftrack:Sup3rSecretPassw0rd@127.0.0.1:%1/selftrack").arg(closed.port());
    auto run = runServerCommand(
        QStringList{str("--data-dir"), dir.path(), str("--database"), url, str("--listen"), str("127.0.0.1:0")} +
        sharedCertificate());
    INFO(run->describe());
    CHECK(run->wait() == 1);
    CHECK(run->standardError().contains(
        QStringLiteral("Cannot connect to PostgreSQL at 127.0.0.1:%1").arg(closed.port()).toUtf8()));
    CHECK_FALSE(run->output().contains("Sup3rSecretPassw0rd"));
    CHECK_FALSE(run->output().contains("listening on"));
}

TEST_CASE("the embedded store refuses another server key and is left intact", "[server][startup]") {
    if (backendUnderTest() != Backend::SqlCipher) {
        SUCCEED("the server key encrypts the embedded store only");
        return;
    }
    ServerFixture server;
    Device ada = newAccount(server, str("ada@example.org"));
    pushResults(*ada.client, QJsonArray{api::revision(api::newUuid(), 0, api::newUuid(), api::envelopeFor(str("k")))});
    REQUIRE(server.stop() == 0);
    QFile database(QDir(server.dataDir()).filePath(str("server.db")));
    const qint64 sizeBefore = database.size();

    auto run = runServerCommand(QStringList{str("--data-dir"), server.dataDir(), str("--listen"), str("127.0.0.1:0")} +
                                    sharedCertificate(),
                                QStringList{QStringLiteral("SELFTRACK_SERVER_KEY=%1").arg(str(kOtherKey))});
    INFO(run->describe());
    CHECK(run->wait() == 1);
    CHECK(run->standardError().contains("does not open"));
    CHECK(run->standardError().contains("wrong key?"));
    CHECK_FALSE(run->output().contains("listening on"));
    CHECK_FALSE(run->output().contains(kOtherKey));

    // Never a new empty store: the data is still there under the right key.
    CHECK(database.size() == sizeBefore);
    server.start();
    CHECK(pullAll(*ada.client).changes.size() == 1);
}

TEST_CASE("the first run without --cert generates a self-signed certificate and prints its SHA-256 fingerprint",
          "[server][startup]") {
    FreshStore store;
    const QString certFile = store.dir.filePath(str("cert.pem"));
    REQUIRE_FALSE(QFile::exists(certFile));
    const QStringList arguments = store.arguments() + QStringList{str("--listen"), str("127.0.0.1:0")};

    ServerCommand first(arguments);
    REQUIRE(first.waitForStderr("listening on https://"));
    INFO(first.describe());
    CHECK(first.standardError().contains("generated a self-signed certificate"));
    REQUIRE(QFile::exists(certFile));
    CHECK((QFile::permissions(store.dir.filePath(str("key.pem"))) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    const std::string expected = pemFingerprint(certFile);
    REQUIRE(expected.size() == 32 * 3 - 1);
    const QString printed = printedFingerprint(first.output());
    CHECK(printed.toStdString() == expected);

    // The served certificate is that file: a client trusting only it verifies the connection.
    const int port = listeningPort(first.standardError());
    REQUIRE(port > 0);
    HttpsClient pinned(QStringLiteral("https://127.0.0.1:%1").arg(port), certFile);
    CHECK_STATUS(pinned.get(str("/healthz")), 200);
    CHECK(first.terminate() == 0);

    SECTION("a restart reuses the certificate and prints the same fingerprint") {
        ServerCommand again(arguments);
        REQUIRE(again.waitForStderr("listening on https://"));
        INFO(again.describe());
        CHECK_FALSE(again.standardError().contains("generated a self-signed certificate"));
        CHECK(printedFingerprint(again.output()) == printed);
        CHECK(pemFingerprint(certFile) == expected);
        CHECK(again.terminate() == 0);
    }
}

TEST_CASE("plain HTTP with --insecure-http on loopback serves without a certificate or a warning",
          "[server][startup]") {
    FreshStore store;
    ServerCommand run(store.arguments() + QStringList{str("--insecure-http"), str("--listen"), str("127.0.0.1:0")});
    REQUIRE(run.waitForStderr("listening on "));
    INFO(run.describe());
    static const QRegularExpression line(str(R"(listening on http://127\.0\.0\.1:(\d+))"));
    const auto match = line.match(QString::fromUtf8(run.standardError()));
    REQUIRE(match.hasMatch());
    // No certificate is generated or fingerprinted for plain HTTP.
    CHECK_FALSE(QFile::exists(store.dir.filePath(str("cert.pem"))));
    CHECK_FALSE(run.output().contains("fingerprint"));
    // The plain-HTTP warning is only for addresses other than loopback.
    CHECK_FALSE(run.standardError().contains("warning: serving plain HTTP"));
    CHECK(run.terminate() == 0);
}

TEST_CASE("a store of schema version 1 is upgraded at start and keeps its data", "[server][startup]") {
    ServerFixture server(ServerFixture::Config{{str("--rate-auth-email"), str("3")}, true});
    Device ada = newAccount(server, str("ada@example.org"));
    pushResults(*ada.client, QJsonArray{api::revision(api::newUuid(), 0, api::newUuid(), api::envelopeFor(str("k")))});
    REQUIRE(server.stop() == 0);
    // Back to what a version-1 server left: no rate_buckets table, version 1 recorded.
    const QByteArray downgrade = server.backend() == Backend::SqlCipher
                                     ? QByteArray("DROP TABLE rate_buckets; PRAGMA user_version = 1;")
                                     : QByteArray("DROP TABLE rate_buckets; UPDATE schema_version SET version = 1;");
    auto downgraded = server.execSql(downgrade);
    REQUIRE(downgraded.has_value());
    REQUIRE_FALSE(tableRows(*server.dumpDatabase(), str("rate_buckets")).has_value());

    server.start();
    CHECK(pullAll(*ada.client).changes.size() == 1);
    // The upgraded store keeps auth limits again (the dropped buckets start full: three attempts).
    auto client = server.client();
    for (int attempt = 0; attempt < 3; ++attempt)
        CHECK_STATUS(api::login(*client, str("ada@example.org"), api::randomServerPassword()), 401);
    CHECK_STATUS(api::login(*client, str("ada@example.org"), api::randomServerPassword()), 429);
    REQUIRE(server.stop() == 0);
    const auto buckets = tableRows(*server.dumpDatabase(), str("rate_buckets"));
    REQUIRE(buckets.has_value());
    CHECK(buckets->size() >= 2); // one bucket per address, one per email
}

TEST_CASE("a malformed server key is a clear startup error that creates nothing and does not echo the key",
          "[server][startup]") {
    if (backendUnderTest() != Backend::SqlCipher) {
        SUCCEED("the server key encrypts the embedded store only");
        return;
    }
    const char* const malformed[] = {
        "zz112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",  // not hex
        "00112233445566778899aabbccddeeff00112233445566778899aabbccddee",    // 31 bytes
        "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff0", // odd count
    };
    for (const char* key : malformed) {
        FreshStore store;
        auto run = runServerCommand(store.arguments() + sharedCertificate(),
                                    QStringList{QStringLiteral("SELFTRACK_SERVER_KEY=%1").arg(str(key))});
        INFO(run->describe());
        CHECK(run->wait() == 1);
        CHECK(run->standardError().contains("must be 64 hex digits"));
        CHECK_FALSE(run->output().contains(key));
        CHECK_FALSE(QFile::exists(QDir(store.dir.path()).filePath(str("server.db"))));
    }
}
