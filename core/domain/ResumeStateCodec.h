// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress/ResumeState.h"

#include <QByteArray>

#include <optional>

namespace selftrack::core {

// The bytes a ResumeState is kept as in the vault (ProgressSnapshots): a format number, the
// scalars (doubles as their exact IEEE-754 bits, little-endian), then the tail's check-ins packed
// at two or three bytes each for a daily check-in (day as a difference to the previous one, an
// integral value as a variable-length integer). decode() checks every length and value and gives
// nothing for bytes it did not write (the caller recomputes).
class ResumeStateCodec {
public:
    static QByteArray encode(const ResumeState& state);
    static std::optional<ResumeState> decode(const QByteArray& bytes);
};

} // namespace selftrack::core
