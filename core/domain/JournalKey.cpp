// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/JournalKey.h"

namespace selftrack::core {

namespace {
constexpr std::int64_t kEpochJulianDay = 2415021; // 1900-01-01
constexpr std::int64_t kSlotsPerDay = 1 + 24 * 60;
} // namespace

std::int64_t JournalKey::of(QDate day, const std::optional<QTime>& time, std::int64_t rowid) {
    const std::int64_t slot = time ? 1 + time->hour() * 60 + time->minute() : 0;
    return ((day.toJulianDay() - kEpochJulianDay) * kSlotsPerDay + slot) * (std::int64_t{1} << kRowBits) + rowid;
}

QDate JournalKey::dayOf(std::int64_t key) {
    return QDate::fromJulianDay(kEpochJulianDay + (key >> kRowBits) / kSlotsPerDay);
}

std::optional<QTime> JournalKey::timeOf(std::int64_t key) {
    const auto slot = static_cast<int>((key >> kRowBits) % kSlotsPerDay);
    if (slot == 0)
        return std::nullopt;
    return QTime((slot - 1) / 60, (slot - 1) % 60);
}

} // namespace selftrack::core
