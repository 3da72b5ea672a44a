// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/Crypto.h"
#include "core/crypto/SecureBuffer.h"
#include "server/ServerError.h"

#include <string>

namespace selftrack::server {

// The server's own Argon2id hash of the client's server password, stored as a PHC-style string
// "$argon2id$v=19$m=M,t=T,p=P$<salt b64>$<hash b64>" so old hashes keep verifying after the
// parameters change. Thread-safe (stateless apart from the parameters).
class PasswordHasher {
public:
    static constexpr core::Argon2Params kOwaspMinimum{19456, 2, 1};

    explicit PasswordHasher(core::Argon2Params params) : m_params(params) {}

    Result<std::string> hash(const core::SecureBuffer& password) const;
    // Constant-time comparison of the recomputed hash. false for a malformed verifier.
    bool verify(const core::SecureBuffer& password, const std::string& verifier) const;
    // Same cost as verify() for an unknown account, so timing does not reveal whether it exists.
    void dummyVerify(const core::SecureBuffer& password) const;
    // True when `verifier` was made with a lower cost than the current parameters (upgrade it
    // after a successful login, while the password is at hand).
    bool needsRehash(const std::string& verifier) const;
    const core::Argon2Params& params() const { return m_params; }

private:
    core::Argon2Params m_params;
};

} // namespace selftrack::server
