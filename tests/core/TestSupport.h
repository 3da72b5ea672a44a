// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/Crypto.h"

namespace selftrack::test {

// Cheap Argon2id parameters so tests that create many vaults stay fast; the defaults are
// checked separately.
inline core::Argon2Params cheapKdf() {
    return core::Argon2Params{1024, 1, 1};
}

inline core::SecureBuffer pass(const char* text) {
    return core::SecureBuffer::fromString(text);
}

} // namespace selftrack::test
