// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliError.h"

#include <QDate>
#include <QTime>

namespace selftrack::app {

// Parses user-typed values; every failure is ExitCode::Invalid with a sentence naming the option.
class InputParser {
public:
    // YYYY-MM-DD, or "today" / "yesterday" relative to `today`.
    static CliResult<QDate> date(const QString& text, const QString& option, QDate today);
    static CliResult<QTime> time(const QString& text); // HH:MM
    static CliResult<double> number(const QString& text, const QString& what);
    static CliResult<double> positiveNumber(const QString& text, const QString& what);
    static CliResult<int> mood(const QString& text); // 1..5
    // "mon,wed,fri" (also full names, "weekdays", "weekends") to a bit set, bit 0 = Monday.
    static CliResult<int> weekdays(const QString& text);
    // "X/Y": X times per Y days.
    static CliResult<std::pair<int, int>> frequency(const QString& text);
    static QString weekdayNames(int mask);
};

} // namespace selftrack::app
