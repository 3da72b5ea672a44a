// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace selftrack::core {

// The formats `import` reads; Auto looks at the content (never at the file name alone).
enum class ImportFormat { Auto, SelfTrackJson, Loop, HabitBull };

inline std::optional<ImportFormat> parseImportFormat(const QString& name) {
    if (name == QLatin1String("auto"))
        return ImportFormat::Auto;
    if (name == QLatin1String("selftrack-json") || name == QLatin1String("json"))
        return ImportFormat::SelfTrackJson;
    if (name == QLatin1String("loop"))
        return ImportFormat::Loop;
    if (name == QLatin1String("habitbull"))
        return ImportFormat::HabitBull;
    return std::nullopt;
}

} // namespace selftrack::core
