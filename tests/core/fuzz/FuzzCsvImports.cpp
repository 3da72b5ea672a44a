// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the CSV reader of every import and the readers built on it (HabitBull's
// export, Loop's Habits.csv and Checkmarks.csv). Any input must give a table or plan, or an error
// that explains itself; a table the reader accepts must come back field for field after CsvWriter.
#include "core/port/CsvReader.h"
#include "core/port/CsvWriter.h"
#include "core/port/HabitBullReader.h"
#include "core/port/LoopCsvReader.h"

#include <cstdint>
#include <cstdlib>

using namespace selftrack::core;

namespace {

void csvRoundTrip(const QByteArray& bytes) {
    auto table = CsvReader::parse(bytes);
    if (!table) {
        if (table.error().message.isEmpty())
            std::abort();
        return;
    }
    if (table->header.isEmpty())
        return;
    CsvWriter writer(table->separator);
    writer.addRow(table->header);
    for (const QStringList& row : table->rows)
        writer.addRow(row);
    auto again = CsvReader::parse(writer.bytes(), table->separator);
    if (!again || again->header != table->header || again->rows != table->rows)
        std::abort();
}

template <typename Plan> void explained(const Plan& plan) {
    if (!plan && plan.error().message.isEmpty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    csvRoundTrip(bytes);
    explained(HabitBullReader::read(bytes));
    // The same bytes as each file of a Loop export.
    explained(LoopCsvReader::read({{QStringLiteral("Habits.csv"), bytes}}));
    const QByteArray habits = "Position,Name,Type,FrequencyNumerator,FrequencyDenominator\n001,A,YES_NO,1,1\n"
                              "002,B,NUMERICAL,1,7\n";
    explained(
        LoopCsvReader::read({{QStringLiteral("Habits.csv"), habits}, {QStringLiteral("001 A/Checkmarks.csv"), bytes}}));
    explained(LoopCsvReader::read({{QStringLiteral("Habits.csv"), habits}, {QStringLiteral("Checkmarks.csv"), bytes}}));
    return 0;
}
