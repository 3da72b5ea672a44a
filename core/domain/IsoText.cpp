// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/IsoText.h"

namespace selftrack::core {

namespace {
char* twoDigits(char* out, int value) {
    *out++ = static_cast<char>('0' + value / 10);
    *out++ = static_cast<char>('0' + value % 10);
    return out;
}

// Writes "yyyy-MM-dd"; false (nothing written) outside the years 0..9999, whose form Qt decides.
bool writeDate(char* out, QDate day) {
    int year = 0;
    int month = 0;
    int dayOfMonth = 0;
    day.getDate(&year, &month, &dayOfMonth);
    if (!day.isValid() || year < 0 || year > 9999)
        return false;
    out = twoDigits(out, year / 100);
    out = twoDigits(out, year % 100);
    *out++ = '-';
    out = twoDigits(out, month);
    *out++ = '-';
    twoDigits(out, dayOfMonth);
    return true;
}
} // namespace

QByteArray IsoText::date(QDate day) {
    QByteArray text(10, Qt::Uninitialized);
    if (!writeDate(text.data(), day))
        return day.toString(Qt::ISODate).toUtf8();
    return text;
}

QByteArray IsoText::minutes(QTime time) {
    if (!time.isValid())
        return {};
    QByteArray text(5, Qt::Uninitialized);
    char* out = twoDigits(text.data(), time.hour());
    *out++ = ':';
    twoDigits(out, time.minute());
    return text;
}

QByteArray IsoText::timestamp(const QDateTime& moment) {
    const QDateTime utc = moment.toUTC();
    QByteArray text(24, Qt::Uninitialized);
    if (!writeDate(text.data(), utc.date()))
        return utc.toString(Qt::ISODateWithMs).toUtf8();
    const QTime time = utc.time();
    char* out = text.data() + 10;
    *out++ = 'T';
    out = twoDigits(out, time.hour());
    *out++ = ':';
    out = twoDigits(out, time.minute());
    *out++ = ':';
    out = twoDigits(out, time.second());
    *out++ = '.';
    const int ms = time.msec();
    *out++ = static_cast<char>('0' + ms / 100);
    out = twoDigits(out, ms % 100);
    *out = 'Z';
    return text;
}

} // namespace selftrack::core
