// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace selftrack::core {

// Writes RFC 4180 CSV as UTF-8 with a byte order mark (so spreadsheets read it as UTF-8) and
// CRLF line ends. A field is quoted when it holds the separator, a quote, a line break or
// leading / trailing spaces; quotes inside are doubled. Dates are the caller's ISO 8601 text.
class CsvWriter {
public:
    explicit CsvWriter(QChar separator = u',');

    void addRow(const QStringList& fields);
    // Everything written so far, with the byte order mark first.
    const QByteArray& bytes() const { return m_bytes; }
    static QString quoted(const QString& field, QChar separator = u',');

private:
    QChar m_separator;
    QByteArray m_bytes;
};

} // namespace selftrack::core
