// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backend.h"

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace selftrack::server::test {

Backend backendUnderTest() {
    const char* value = std::getenv("SELFTRACK_TEST_BACKEND");
    const std::string name = value == nullptr ? std::string() : std::string(value);
    if (name.empty() || name == "sqlcipher")
        return Backend::SqlCipher;
    if (name == "postgres")
        return Backend::Postgres;
    throw std::runtime_error("SELFTRACK_TEST_BACKEND must be sqlcipher or postgres, not " + name);
}

QString backendName(Backend backend) {
    return backend == Backend::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlcipher");
}

} // namespace selftrack::server::test
