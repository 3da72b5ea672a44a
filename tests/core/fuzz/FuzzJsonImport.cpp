// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the import readers of whole files: SelfTrack's JSON export and Loop Habit
// Tracker's .db backup (an SQLite file, read from a private copy). Any input must give a plan (of
// valid items, for SelfTrack's own format) or an error that explains itself.
#include "core/port/LoopDbReader.h"
#include "core/port/SelfTrackJsonReader.h"

#include <cstdint>
#include <cstdlib>

using namespace selftrack::core;

namespace {

void checkPlan(const Result<ImportPlan>& plan) {
    if (!plan) {
        if (plan.error().message.isEmpty())
            std::abort();
        return;
    }
    // SelfTrack's own items come out of the reader validated; other programs' are checked next.
    if (auto st = plan->validate(); !st && (plan->verbatim || st.error().message.isEmpty()))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (LoopDbReader::looksLike(bytes))
        checkPlan(LoopDbReader::read(bytes));
    else
        checkPlan(SelfTrackJsonReader::read(bytes));
    return 0;
}
