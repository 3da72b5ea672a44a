// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/SearchCursor.h"

namespace selftrack::core {

namespace {
constexpr int kBase = 36; // short and case-insensitive on the command line
}

QString SearchCursor::toString() const {
    return QString::number(key, kBase);
}

std::optional<SearchCursor> SearchCursor::fromString(const QString& text) {
    bool ok = false;
    const std::int64_t key = text.trimmed().toLongLong(&ok, kBase);
    if (!ok || key <= 0)
        return std::nullopt;
    return SearchCursor{key};
}

} // namespace selftrack::core
