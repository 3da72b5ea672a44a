// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace selftrack::server::test {

// A certificate authority made at test time (EC P-256, valid for two days) and a server certificate
// it signed for subjectAltName=IP:127.0.0.1. Clients verify the server with caCertPath; nothing is
// trusted from the system store. Files are PEM; the key is unencrypted.
struct TestCa {
    QString caCertPath;
    QString serverCertPath;
    QString serverKeyPath;

    // Writes ca.pem, server.pem and server.key into dir (which must exist).
    static std::expected<TestCa, QString> create(const QString& dir);

    // One CA per test process, created on first use in a temporary folder removed at exit.
    static const TestCa& shared();
};

} // namespace selftrack::server::test
