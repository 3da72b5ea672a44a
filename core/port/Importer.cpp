// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/port/Importer.h"

#include "core/port/HabitBullReader.h"
#include "core/port/ImportWriter.h"
#include "core/port/LoopCsvReader.h"
#include "core/port/LoopDbReader.h"
#include "core/port/SelfTrackJsonReader.h"

namespace selftrack::core {

namespace {

Error unknownFormat(const QString& path) {
    return Error{ErrorCode::InvalidInput,
                 QStringLiteral("%1 is not in a format SelfTrack imports (a SelfTrack JSON export, Loop Habit "
                                "Tracker's CSV export as a folder or zip or its .db backup, HabitBull's CSV export).")
                     .arg(path)};
}

Error wrongShape(const QString& path, const char* format) {
    return Error{ErrorCode::InvalidInput, QStringLiteral("%1 cannot be read as %2.").arg(path, QLatin1String(format))};
}

} // namespace

Result<ImportFormat> Importer::detect(const ImportSource& source) {
    if (source.isFolder) {
        if (LoopCsvReader::looksLike(source.files))
            return ImportFormat::Loop;
        return std::unexpected(unknownFormat(source.path));
    }
    if (SelfTrackJsonReader::looksLike(source.bytes))
        return ImportFormat::SelfTrackJson;
    if (LoopDbReader::looksLike(source.bytes))
        return ImportFormat::Loop;
    if (HabitBullReader::looksLike(source.bytes))
        return ImportFormat::HabitBull;
    return std::unexpected(unknownFormat(source.path));
}

Result<ImportPlan> Importer::read(const ImportSource& source, ImportFormat format) {
    if (format == ImportFormat::Auto) {
        auto detected = detect(source);
        if (!detected)
            return std::unexpected(detected.error());
        format = *detected;
    }
    switch (format) {
    case ImportFormat::SelfTrackJson:
        if (source.isFolder)
            return std::unexpected(wrongShape(source.path, "a SelfTrack JSON export"));
        return SelfTrackJsonReader::read(source.bytes);
    case ImportFormat::Loop:
        if (source.isFolder)
            return LoopCsvReader::read(source.files);
        if (LoopDbReader::looksLike(source.bytes))
            return LoopDbReader::read(source.bytes);
        return std::unexpected(wrongShape(source.path, "Loop Habit Tracker's CSV export or .db backup"));
    case ImportFormat::HabitBull:
        if (source.isFolder)
            return std::unexpected(wrongShape(source.path, "HabitBull's CSV export"));
        return HabitBullReader::read(source.bytes);
    case ImportFormat::Auto:
        break;
    }
    return std::unexpected(unknownFormat(source.path));
}

Result<ImportReport> Importer::run(ContentStore& store, const QString& path, ImportFormat format, bool dryRun,
                                   const ProgressCallback& progress) {
    if (progress)
        progress(PortProgress{QStringLiteral("reading"), 0, 1});
    auto source = ImportSource::load(path);
    if (!source)
        return std::unexpected(source.error());
    auto plan = read(*source, format);
    if (!plan)
        return std::unexpected(plan.error());
    if (auto st = plan->validate(); !st)
        return std::unexpected(st.error());
    if (progress)
        progress(PortProgress{QStringLiteral("reading"), 1, 1});
    return ImportWriter::apply(store, *plan, dryRun, progress);
}

} // namespace selftrack::core
