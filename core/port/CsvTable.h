// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QList>
#include <QStringList>

namespace selftrack::core {

// The records of a CSV file: the first one as the header, the rest as rows (which may be shorter
// or longer than the header; field() reads past the end as empty).
struct CsvTable {
    QStringList header;
    QList<QStringList> rows;
    QChar separator = u',';

    // The index of the header field named `name` (case-insensitive, surrounding spaces ignored), or -1.
    qsizetype column(QStringView name) const {
        for (qsizetype i = 0; i < header.size(); ++i)
            if (QStringView(header[i]).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return i;
        return -1;
    }
    static QString field(const QStringList& row, qsizetype column) {
        return column >= 0 && column < row.size() ? row[column] : QString();
    }
};

} // namespace selftrack::core
