// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <vector>

namespace selftrack::server::test {

// Every row of every table of a server database, each row flattened to the text of its columns
// joined by '|'. Used to prove that nothing of a deleted account is left anywhere.
using TableDump = std::map<QString, std::vector<QByteArray>>;

// "table: row" for each row of dump containing needle (case-sensitive).
std::vector<QString> rowsContaining(const TableDump& dump, const QByteArray& needle);

} // namespace selftrack::server::test
