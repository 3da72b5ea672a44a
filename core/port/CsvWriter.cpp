// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/port/CsvWriter.h"

namespace selftrack::core {

CsvWriter::CsvWriter(QChar separator) : m_separator(separator), m_bytes("\xEF\xBB\xBF") {}

QString CsvWriter::quoted(const QString& field, QChar separator) {
    const bool needsQuotes = field.contains(separator) || field.contains(u'"') || field.contains(u'\n') ||
                             field.contains(u'\r') || field.startsWith(u' ') || field.endsWith(u' ');
    if (!needsQuotes)
        return field;
    QString out = field;
    out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

void CsvWriter::addRow(const QStringList& fields) {
    if (fields.size() == 1 && fields.first().isEmpty()) { // one empty field, not an empty line
        m_bytes += "\"\"\r\n";
        return;
    }
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_separator;
        line += quoted(fields[i], m_separator);
    }
    m_bytes += line.toUtf8();
    m_bytes += "\r\n";
}

} // namespace selftrack::core
