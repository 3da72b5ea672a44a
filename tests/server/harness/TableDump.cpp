// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableDump.h"

namespace selftrack::server::test {

std::vector<QString> rowsContaining(const TableDump& dump, const QByteArray& needle) {
    std::vector<QString> hits;
    for (const auto& [table, rows] : dump)
        for (const QByteArray& row : rows)
            if (row.contains(needle))
                hits.push_back(table + QStringLiteral(": ") + QString::fromUtf8(row.left(300)));
    return hits;
}

std::optional<std::vector<QByteArray>> tableRows(const TableDump& dump, const QString& name) {
    for (const auto& [table, rows] : dump)
        if (table == name || table.endsWith(QLatin1Char('.') + name))
            return rows;
    return std::nullopt;
}

} // namespace selftrack::server::test
