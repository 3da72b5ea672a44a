// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace selftrack::server::test {

enum class Backend { SqlCipher, Postgres };

// The backend this test process runs against: SELFTRACK_TEST_BACKEND=sqlcipher|postgres (ctest
// registers every test case once per backend). Unset means sqlcipher; anything else throws.
Backend backendUnderTest();
QString backendName(Backend backend);

} // namespace selftrack::server::test
