// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/Storage.h"

#include <cstdint>
#include <functional>
#include <string>

namespace selftrack::server {

// Turns Storage::exportAccount callbacks into one streamed JSON document (docs/protocol.md,
// "GET /v1/account/export"), handing out pieces through `write` (returns false when the client is
// gone, which stops the export). Token hashes and the password verifier are never written.
class ExportWriter final : public Storage::ExportVisitor {
public:
    using Write = std::function<bool(const std::string&)>;
    ExportWriter(Write write, std::int64_t exportedAt) : m_write(std::move(write)), m_exportedAt(exportedAt) {}

    bool account(const Account& account) override;
    bool session(const Session& session) override;
    bool revision(const StoredRevision& revision) override;
    bool tombstone(const Tombstone& tombstone) override;
    bool requestCount(const RequestCount& count) override;
    // Closes the open sections and the document; call after a successful export.
    bool finish();
    std::size_t bytesWritten() const { return m_bytes; }

private:
    enum class Section { None, Sessions, Revisions, Tombstones, RequestCounts, Done };
    // Closes sections until `target` is open; then writes `element` (comma-separated).
    bool element(Section target, const std::string& element);
    bool emit(const std::string& text);

    Write m_write;
    std::int64_t m_exportedAt;
    Section m_section = Section::None;
    bool m_first = true;
    std::size_t m_bytes = 0;
};

} // namespace selftrack::server
