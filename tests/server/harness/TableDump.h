// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace selftrack::server::test {

// Every row of every table of a server database, each row flattened to the text of its columns
// joined by '|'. Used to prove that nothing of a deleted account is left anywhere.
using TableDump = std::map<QString, std::vector<QByteArray>>;

// "table: row" for each row of dump containing needle (case-sensitive).
std::vector<QString> rowsContaining(const TableDump& dump, const QByteArray& needle);
// The rows of table `name` (PostgreSQL dumps name tables "schema.name"); nullopt when there is
// no such table.
std::optional<std::vector<QByteArray>> tableRows(const TableDump& dump, const QString& name);

} // namespace selftrack::server::test
