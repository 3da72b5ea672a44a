// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCa.h"

#include <QTemporaryDir>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <memory>
#include <stdexcept>

namespace selftrack::server::test {
namespace {

struct KeyDeleter {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct CertDeleter {
    void operator()(X509* cert) const { X509_free(cert); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using Cert = std::unique_ptr<X509, CertDeleter>;

bool addExtension(X509* cert, X509* issuer, int nid, const char* value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (ext == nullptr)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Cert makeCert(EVP_PKEY* subjectKey, const char* commonName, long serial, X509* issuer, EVP_PKEY* issuerKey, bool isCa) {
    Cert cert(X509_new());
    if (!cert)
        return {};
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 2L * 24 * 3600);
    X509_set_pubkey(cert.get(), subjectKey);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("SelfTrack tests"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(commonName), -1, -1, 0);
    X509* signer = issuer != nullptr ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    bool ok = addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    if (isCa) {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
        ok = ok && addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), signer, NID_authority_key_identifier, "keyid:always");
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        ok = ok && addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth");
        ok = ok && addExtension(cert.get(), signer, NID_subject_alt_name, "IP:127.0.0.1");
    }
    if (!ok || X509_sign(cert.get(), issuerKey != nullptr ? issuerKey : subjectKey, EVP_sha256()) == 0)
        return {};
    return cert;
}

bool writePem(const QString& path, X509* cert, EVP_PKEY* key) {
    FILE* file = std::fopen(path.toLocal8Bit().constData(), "wb");
    if (file == nullptr)
        return false;
    const bool ok = cert != nullptr ? PEM_write_X509(file, cert) == 1
                                    : PEM_write_PrivateKey(file, key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
    return std::fclose(file) == 0 && ok;
}

} // namespace

std::expected<TestCa, QString> TestCa::create(const QString& dir) {
    Key caKey(EVP_EC_gen("P-256"));
    Key serverKey(EVP_EC_gen("P-256"));
    if (!caKey || !serverKey)
        return std::unexpected(QStringLiteral("EC key generation failed"));
    Cert caCert = makeCert(caKey.get(), "SelfTrack Test CA", 1, nullptr, nullptr, true);
    if (!caCert)
        return std::unexpected(QStringLiteral("CA certificate creation failed"));
    Cert serverCert = makeCert(serverKey.get(), "127.0.0.1", 2, caCert.get(), caKey.get(), false);
    if (!serverCert)
        return std::unexpected(QStringLiteral("server certificate creation failed"));

    TestCa ca{dir + QStringLiteral("/ca.pem"), dir + QStringLiteral("/server.pem"),
              dir + QStringLiteral("/server.key")};
    if (!writePem(ca.caCertPath, caCert.get(), nullptr) || !writePem(ca.serverCertPath, serverCert.get(), nullptr) ||
        !writePem(ca.serverKeyPath, nullptr, serverKey.get()))
        return std::unexpected(QStringLiteral("cannot write the test CA files into ") + dir);
    return ca;
}

const TestCa& TestCa::shared() {
    static QTemporaryDir dir;
    static const TestCa ca = [] {
        auto created = create(dir.path());
        if (!created)
            throw std::runtime_error(created.error().toStdString());
        return *created;
    }();
    return ca;
}

} // namespace selftrack::server::test
