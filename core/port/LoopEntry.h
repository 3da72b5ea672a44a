// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace selftrack::core {

// One day of a Loop habit: what the user entered (yes, no, skip, a number), what Loop derived
// (auto: a day covered by the frequency, not entered), or nothing (unknown), with the day's note.
struct LoopEntry {
    enum class Kind { Yes, No, Skip, Auto, Unknown, Value };
    QDate day;
    Kind kind = Kind::Unknown;
    std::optional<double> value; // Kind::Value: in the habit's unit
    QString note;
};

} // namespace selftrack::core
