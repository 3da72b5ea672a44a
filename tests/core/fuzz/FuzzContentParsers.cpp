// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the parsers that read untrusted bytes in core: the vault header
// (vault.json) and the content JSON of revisions and imports. Any input must give a value or a
// clear error; crashes, sanitizer reports or a parse that does not survive a round trip fail.
#include "core/domain/Category.h"
#include "core/domain/Goal.h"
#include "core/domain/Milestone.h"
#include "core/domain/Record.h"
#include "core/vault/VaultHeader.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace selftrack::core;

namespace {
template <typename T> void roundTrip(const QJsonObject& object) {
    auto parsed = T::fromJson(object);
    if (!parsed) {
        if (parsed.error().message.isEmpty())
            std::abort(); // every error must explain itself
        return;
    }
    auto again = T::fromJson(parsed->toJson());
    if (!again || !(*again == *parsed))
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto header = VaultHeader::parse(bytes);
    if (header) {
        auto reparsed = VaultHeader::parse(header->serialize());
        if (!reparsed || reparsed->deviceId() != header->deviceId())
            std::abort();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        roundTrip<Goal>(object);
        roundTrip<Record>(object);
        roundTrip<Milestone>(object);
        roundTrip<Category>(object);
    }
    return 0;
}
