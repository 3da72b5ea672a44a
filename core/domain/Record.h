// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/DomainEnums.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <QTime>

#include <optional>

namespace selftrack::core {

// One check-in, data point or journal entry. Without a goal it is a pure journal entry.
// Day and time are local to where the user was (with the UTC offset then), so travel never
// moves a check-in to another day.
struct Record {
    QString id;
    QString goalId; // empty = journal entry
    QDate day;
    std::optional<QTime> time;
    int utcOffsetMinutes = 0;
    std::optional<double> value;
    RecordStatus status = RecordStatus::Done;
    QString note;            // Markdown
    QStringList tags;        // normalised: trimmed, lower-case, unique, sorted
    std::optional<int> mood; // 1..5
    QString createdAt;
    QString updatedAt;

    QString headRev;
    bool deleted = false;

    QJsonObject toJson() const;
    // RevisionLog::canonical(toJson()), written directly: the content of the record's revisions.
    QByteArray canonicalJson() const;
    static Result<Record> fromJson(const QJsonObject& json);
    Status validate() const;
    static QStringList normalizeTags(const QStringList& tags);
    // The stored name of a status ("done", "skipped", "failed").
    static const char* statusName(RecordStatus status);
    // A record counts towards its goal when it carries a value (check-ins of check goals carry 1)
    // or is skipped / failed. A value-less "done" record with a goal is a journal note about it.
    bool isCheckIn() const { return !goalId.isEmpty() && (value.has_value() || status != RecordStatus::Done); }
    bool operator==(const Record&) const = default;
};

} // namespace selftrack::core
