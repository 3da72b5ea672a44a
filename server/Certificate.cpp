// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Certificate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace selftrack::server {

namespace {

template <typename T, void (*Free)(T*)> struct Deleter {
    void operator()(T* p) const { Free(p); }
};
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

FilePtr openRead(const QString& path) {
    return FilePtr(std::fopen(QFile::encodeName(path).constData(), "rb"));
}

FilePtr openPrivate(const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    return FilePtr(fd < 0 ? nullptr : ::fdopen(fd, "wb"));
}

std::string fingerprintOf(X509* cert) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    X509_digest(cert, EVP_sha256(), digest, &length);
    std::string text;
    char byte[4];
    for (unsigned int i = 0; i < length; ++i) {
        std::snprintf(byte, sizeof byte, i ? ":%02X" : "%02X", digest[i]);
        text += byte;
    }
    return text;
}

bool addExtension(X509* cert, int nid, const std::string& value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

std::string subjectAltNames(const std::string& host) {
    std::string names = "DNS:localhost,IP:127.0.0.1,IP:::1";
    unsigned char address[16];
    const bool isIp = inet_pton(AF_INET, host.c_str(), address) == 1 || inet_pton(AF_INET6, host.c_str(), address) == 1;
    if (host.empty() || host == "0.0.0.0" || host == "::" || host == "localhost" || host == "127.0.0.1" ||
        host == "::1")
        return names;
    return names + (isIp ? ",IP:" : ",DNS:") + host;
}

X509Ptr makeCertificate(EVP_PKEY* key, const std::string& host) {
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * 3650);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("selftrack-server"), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), name);
    const bool ok = addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE") &&
                    addExtension(cert.get(), NID_subject_key_identifier, "hash") &&
                    addExtension(cert.get(), NID_subject_alt_name, subjectAltNames(host)) &&
                    X509_sign(cert.get(), key, EVP_sha256()) > 0;
    return ok ? std::move(cert) : X509Ptr();
}

} // namespace

Result<TlsFiles> Certificate::load(const QString& certFile, const QString& keyFile) {
    FilePtr certIn = openRead(certFile);
    X509Ptr cert(certIn ? PEM_read_X509(certIn.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert)
        return fail(ErrorCode::Io, "Cannot read the certificate " + certFile.toStdString() + " (PEM expected).");
    FilePtr keyIn = openRead(keyFile);
    KeyPtr key(keyIn ? PEM_read_PrivateKey(keyIn.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return fail(ErrorCode::Io,
                    "Cannot read the private key " + keyFile.toStdString() + " (unencrypted PEM expected).");
    if (X509_check_private_key(cert.get(), key.get()) != 1)
        return fail(ErrorCode::Io, "The private key " + keyFile.toStdString() + " does not match the certificate.");
    return TlsFiles{certFile, keyFile, fingerprintOf(cert.get()), false};
}

Result<TlsFiles> Certificate::ensureSelfSigned(const QString& dataDir, const std::string& host) {
    const QString certFile = QDir(dataDir).filePath(QStringLiteral("cert.pem"));
    const QString keyFile = QDir(dataDir).filePath(QStringLiteral("key.pem"));
    if (QFileInfo::exists(certFile) || QFileInfo::exists(keyFile))
        return load(certFile, keyFile);
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return fail(ErrorCode::Internal, "Cannot generate a key pair for the self-signed certificate.");
    X509Ptr cert = makeCertificate(key.get(), host);
    if (!cert)
        return fail(ErrorCode::Internal, "Cannot create the self-signed certificate.");
    FilePtr keyOut = openPrivate(keyFile);
    if (!keyOut || PEM_write_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return fail(ErrorCode::Io, "Cannot write " + keyFile.toStdString() + ".");
    keyOut.reset();
    FilePtr certOut = openPrivate(certFile);
    if (!certOut || PEM_write_X509(certOut.get(), cert.get()) != 1)
        return fail(ErrorCode::Io, "Cannot write " + certFile.toStdString() + ".");
    certOut.reset();
    return TlsFiles{certFile, keyFile, fingerprintOf(cert.get()), true};
}

} // namespace selftrack::server
