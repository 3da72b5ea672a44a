// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/ServerError.h"

#include <QString>

#include <string>

namespace selftrack::server {

struct TlsFiles {
    QString certFile;
    QString keyFile;
    std::string fingerprint; // SHA-256 of the leaf certificate, "AB:CD:..."
    bool generated = false;
};

// TLS certificate handling (OpenSSL): checks a given pair, or generates a self-signed one.
class Certificate {
public:
    // Loads and checks certFile/keyFile (readable PEM, key matches) and fingerprints the leaf.
    static Result<TlsFiles> load(const QString& certFile, const QString& keyFile);
    // DIR/cert.pem + DIR/key.pem, generated on first use (EC P-256, 10 years, subjectAltName
    // localhost, 127.0.0.1, ::1 and `host` when it is a specific address or name).
    static Result<TlsFiles> ensureSelfSigned(const QString& dataDir, const std::string& host);
};

} // namespace selftrack::server
