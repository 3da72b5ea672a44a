// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/port/CsvReader.h"

#include <QStringDecoder>

#include <array>

namespace selftrack::core {

namespace {

// Splits the text into records of fields; `line` counts physical lines for error messages.
class Splitter {
public:
    Splitter(QStringView text, QChar separator) : m_text(text), m_separator(separator) {}

    Status run(CsvTable& table) {
        bool first = true;
        while (m_pos < m_text.size()) {
            const QChar next = m_text[m_pos];
            if (next == u'\r' || next == u'\n') { // an empty line
                m_pos += next == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n' ? 2 : 1;
                ++m_line;
                continue;
            }
            QStringList record;
            if (auto st = readRecord(record); !st)
                return st;
            if (first)
                table.header = std::move(record);
            else
                table.rows.append(std::move(record));
            first = false;
        }
        return {};
    }

private:
    // Reads one record and the line break after it.
    Status readRecord(QStringList& record) {
        QString field;
        bool quoted = false;
        const int startLine = m_line;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos++];
            if (quoted) {
                if (c == u'"') {
                    if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
                        field += u'"';
                        ++m_pos;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == u'\n' || (c == u'\r' && (m_pos >= m_text.size() || m_text[m_pos] != u'\n')))
                        ++m_line;
                    field += c;
                }
            } else if (c == u'"' && field.isEmpty()) {
                quoted = true;
            } else if (c == m_separator) {
                record.append(std::exchange(field, QString()));
            } else if (c == u'\r' || c == u'\n') {
                if (c == u'\r' && m_pos < m_text.size() && m_text[m_pos] == u'\n')
                    ++m_pos;
                ++m_line;
                record.append(std::move(field));
                return {};
            } else {
                field += c;
            }
        }
        if (quoted)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("The CSV file has a quoted field that never ends (it starts on line %1).")
                            .arg(startLine));
        record.append(std::move(field));
        return {};
    }

    QStringView m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

QChar CsvReader::detectSeparator(QStringView text) {
    constexpr std::array<QChar, 3> kCandidates{u',', u';', u'\t'};
    std::array<int, 3> counts{};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted)
            for (std::size_t i = 0; i < kCandidates.size(); ++i)
                counts[i] += c == kCandidates[i] ? 1 : 0;
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < kCandidates.size(); ++i)
        if (counts[i] > counts[best])
            best = i;
    return kCandidates[best];
}

Result<CsvTable> CsvReader::parse(QByteArrayView bytes, std::optional<QChar> separator) {
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (bytes.contains('\0'))
        return fail(ErrorCode::InvalidInput, QStringLiteral("This is not a CSV file (it holds binary data)."));
    // The byte order mark is gone already; a second one is text (the decoder would drop it too).
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The CSV file is not UTF-8 text."));
    CsvTable table;
    table.separator = separator.value_or(detectSeparator(text));
    if (auto st = Splitter(text, table.separator).run(table); !st)
        return std::unexpected(st.error());
    return table;
}

} // namespace selftrack::core
