// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/port/ImportFormat.h"
#include "core/port/ImportPlan.h"
#include "core/port/ImportReport.h"
#include "core/port/ImportSource.h"
#include "core/port/PortProgress.h"

namespace selftrack::core {

class ContentStore;

// Import in one call: load the file, folder or zip, recognise its format (or take the one given),
// read it completely into a plan, then write the plan in one transaction (ImportWriter). A file
// that cannot be read fails before anything is written; a dry run writes nothing.
class Importer {
public:
    static Result<ImportFormat> detect(const ImportSource& source);
    static Result<ImportPlan> read(const ImportSource& source, ImportFormat format);
    static Result<ImportReport> run(ContentStore& store, const QString& path, ImportFormat format, bool dryRun,
                                    const ProgressCallback& progress = {});
};

} // namespace selftrack::core
