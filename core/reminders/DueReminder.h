// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace selftrack::core {

// One reminder of one goal on one local day: what ReminderPlanner says is due or comes next.
struct DueReminder {
    QString goalId;
    QString title;
    QDate day;    // the user's local day
    QTime time;   // the reminder's local time
    QDateTime at; // the instant it is due (UTC); a time skipped by a DST change is shifted past the gap

    // Identifies this reminder on this day (not the title): a reminder fires at most once per key.
    QString key() const {
        return goalId + QLatin1Char('|') + day.toString(Qt::ISODate) + QLatin1Char('|') +
               time.toString(QStringLiteral("HH:mm"));
    }
    bool operator==(const DueReminder&) const = default;
};

} // namespace selftrack::core
