// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/port/ImportPlan.h"

#include <QByteArrayView>

namespace selftrack::core {

// Reads SelfTrack's own export (JsonExporter, docs/export-format.md) into a verbatim plan. Any
// item the vault would refuse, an unknown format or a newer version fails the whole file.
class SelfTrackJsonReader {
public:
    static bool looksLike(QByteArrayView bytes);
    static Result<ImportPlan> read(QByteArrayView bytes);
};

} // namespace selftrack::core
