// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/port/CsvTable.h"

#include <QByteArrayView>

#include <optional>

namespace selftrack::core {

// The one CSV parser of every import (RFC 4180 and what spreadsheets write in practice): UTF-8
// with or without a byte order mark, CRLF, LF or CR line ends, fields in double quotes holding
// separators, quotes ("") and line breaks. The separator is ',' unless the header line has more
// ';' or tabs outside quotes (the locales whose decimal comma makes spreadsheets write ';').
// Empty lines are skipped. Text after a closing quote is kept, as spreadsheets do. Fails with
// InvalidInput on bytes that are not UTF-8 text (a binary file) and on a quote that never closes.
class CsvReader {
public:
    static Result<CsvTable> parse(QByteArrayView bytes, std::optional<QChar> separator = {});
    // The separator the first record of `text` uses: ',', ';' or '\t'.
    static QChar detectSeparator(QStringView text);
};

} // namespace selftrack::core
