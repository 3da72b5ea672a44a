// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecureBuffer.h"
#include "server/StorageTypes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Validated request bodies and queries, produced by RequestParser. Server passwords are kept in
// zeroing buffers from the moment they are decoded.
namespace selftrack::server {

constexpr int kMaxRevisionsPerPush = 500;
constexpr std::int64_t kMaxEnvelopeBytes = 1024 * 1024;
constexpr int kDefaultPageSize = 500;
constexpr int kMaxPageSize = 1000;
constexpr std::size_t kServerPasswordBytes = 32;
constexpr std::size_t kSeedBytes = 32;

struct RegisterRequest {
    std::string email; // normalized
    core::SecureBuffer serverPassword;
    KdfParams kdf;
    std::string wrappedKey;
    std::string privacyPolicyVersion;
};

struct LoginRequest {
    std::string email; // normalized
    core::SecureBuffer serverPassword;
    std::string deviceName;
};

struct PatchAccountRequest {
    core::SecureBuffer currentPassword;
    std::optional<std::string> email; // normalized
    std::optional<core::SecureBuffer> serverPassword;
    std::optional<KdfParams> kdf;
    std::optional<std::string> wrappedKey;
};

struct ReauthRequest {
    core::SecureBuffer currentPassword;
};

struct PushRequest {
    std::vector<PushedRevision> revisions;
};

struct ChangesQuery {
    std::int64_t afterSeq = 0;
    int limit = kDefaultPageSize;
};

struct RevisionsQuery {
    std::int64_t afterRev = 0;
    int limit = kDefaultPageSize;
};

} // namespace selftrack::server
