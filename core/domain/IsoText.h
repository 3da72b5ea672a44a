// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>

namespace selftrack::core {

// The ISO 8601 text the vault stores for a day and a clock time, as UTF-8 bytes, written
// directly instead of through QDate/QTime::toString (which format through QString::asprintf or
// a format-string parser). Byte for byte what those write.
class IsoText {
public:
    // "2024-01-31", as QDate::toString(Qt::ISODate): empty for an invalid date.
    static QByteArray date(QDate day);
    // "07:30", as QTime::toString("HH:mm"): empty for an invalid time.
    static QByteArray minutes(QTime time);
    // "2024-01-31T07:30:00.000Z": the moment in UTC, as toUTC().toString(Qt::ISODateWithMs) writes
    // it (the revision and created/updated timestamps); empty for an invalid moment.
    static QByteArray timestamp(const QDateTime& moment);
};

} // namespace selftrack::core
