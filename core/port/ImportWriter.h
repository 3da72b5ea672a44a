// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/port/ImportPlan.h"
#include "core/port/ImportReport.h"
#include "core/port/PortProgress.h"

namespace selftrack::core {

class ContentStore;

// Writes an ImportPlan into a vault in one transaction: every item or none. A dry run does the
// same work and rolls it back, so its report is exactly what the import would do. References
// (a goal's category, a record's or milestone's goal) must point into the plan or the vault.
// Settings of the plan are added where the vault has no value for the key; existing ones stay.
class ImportWriter {
public:
    static Result<ImportReport> apply(ContentStore& store, const ImportPlan& plan, bool dryRun,
                                      const ProgressCallback& progress = {});
};

} // namespace selftrack::core
