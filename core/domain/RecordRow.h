// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Record.h"
#include "core/storage/Statement.h"

namespace selftrack::core {

// The columns of a record as the queries over `records r` select them (RecordRepository,
// JournalQuery): one SELECT list and its reader, so every query reads a row the same way.
class RecordRow {
public:
    // "SELECT <the kColumnCount columns of r>" (tags newline-joined); append ", more" and "FROM ...".
    static const char* select();
    static constexpr int kColumnCount = 14;
    static constexpr const char* kTimeFormat = "HH:mm";

    static Record read(const Statement& s);
    // The newline-joined tags of `column`, sorted (empty for NULL).
    static QStringList tags(const Statement& s, int column);
};

} // namespace selftrack::core
