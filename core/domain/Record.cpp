// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Record.h"

#include "core/domain/CanonicalJsonWriter.h"
#include "core/domain/IsoText.h"
#include "core/domain/JsonFields.h"

#include <QJsonArray>

#include <cmath>

namespace selftrack::core {

QJsonObject Record::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("goal_id"), goalId.isEmpty() ? QJsonValue() : QJsonValue(goalId)},
        {QStringLiteral("day"), day.toString(Qt::ISODate)},
        {QStringLiteral("time"), time ? QJsonValue(time->toString(QStringLiteral("HH:mm"))) : QJsonValue()},
        {QStringLiteral("utc_offset_minutes"), utcOffsetMinutes},
        {QStringLiteral("value"), value ? QJsonValue(*value) : QJsonValue()},
        {QStringLiteral("status"), toString(status)},
        {QStringLiteral("note"), note},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("mood"), mood ? QJsonValue(*mood) : QJsonValue()},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("updated_at"), updatedAt},
    };
}

QByteArray Record::canonicalJson() const {
    // The keys of toJson() in QJsonObject's (sorted) order.
    CanonicalJsonWriter json(320 + 3 * note.size());
    const QByteArray isoDay = IsoText::date(day);
    const char* statusText = statusName(status);
    json.string("created_at", createdAt).ascii("day", isoDay.constData(), isoDay.size());
    if (goalId.isEmpty())
        json.null("goal_id");
    else
        json.string("goal_id", goalId);
    json.string("id", id);
    if (mood)
        json.integer("mood", *mood);
    else
        json.null("mood");
    json.string("note", note)
        .ascii("status", statusText, static_cast<qsizetype>(qstrlen(statusText)))
        .strings("tags", tags);
    if (time) {
        const QByteArray isoTime = IsoText::minutes(*time);
        json.ascii("time", isoTime.constData(), isoTime.size());
    } else {
        json.null("time");
    }
    json.string("updated_at", updatedAt).integer("utc_offset_minutes", utcOffsetMinutes);
    if (value)
        json.number("value", *value);
    else
        json.null("value");
    return json.take();
}

const char* Record::statusName(RecordStatus status) {
    for (const auto& [s, name] : enums::kStatuses)
        if (s == status)
            return name;
    return ""; // as enums::toString answers for a value outside the enum
}

Result<Record> Record::fromJson(const QJsonObject& json) {
    JsonFields f(json, QStringLiteral("record"));
    Record r;
    r.id = f.string("id", true);
    r.goalId = f.string("goal_id");
    r.day = f.date("day", true);
    r.time = f.optionalTime("time");
    r.utcOffsetMinutes = f.integer("utc_offset_minutes", 0);
    r.value = f.optionalNumber("value");
    r.status = f.enumeration("status", enums::kStatuses, RecordStatus::Done);
    r.note = f.string("note");
    for (const QJsonValue tag : f.array("tags")) {
        if (!tag.isString())
            f.problem("tags", QStringLiteral("must be a list of text"));
        r.tags.append(tag.toString());
    }
    r.tags = normalizeTags(r.tags);
    if (json.contains(QStringLiteral("mood")) && !json.value(QStringLiteral("mood")).isNull())
        r.mood = f.integer("mood", 0);
    r.createdAt = f.string("created_at");
    r.updatedAt = f.string("updated_at");
    if (!f.ok())
        return fail(ErrorCode::InvalidInput, f.error());
    if (auto st = r.validate(); !st)
        return std::unexpected(st.error());
    return r;
}

Status Record::validate() const {
    auto invalid = [](const QString& why) { return fail(ErrorCode::InvalidInput, why); };
    if (!day.isValid() || day.year() < 1900 || day.year() > 9999)
        return invalid(QStringLiteral("A record needs a valid date."));
    if (value && (!std::isfinite(*value) || std::abs(*value) > 1e12))
        return invalid(QStringLiteral("The value must be a finite number below one trillion."));
    if (mood && (*mood < 1 || *mood > 5))
        return invalid(QStringLiteral("The mood must be between 1 and 5."));
    if (utcOffsetMinutes < -18 * 60 || utcOffsetMinutes > 18 * 60)
        return invalid(QStringLiteral("The UTC offset must be within 18 hours."));
    if (note.size() > qsizetype{10} * 1000 * 1000)
        return invalid(QStringLiteral("The note is longer than 10,000,000 characters."));
    if (tags.size() > 100)
        return invalid(QStringLiteral("A record can have at most 100 tags."));
    for (const QString& tag : tags)
        if (tag.size() > 100)
            return invalid(QStringLiteral("A tag is longer than 100 characters."));
    if (goalId.isEmpty() && note.trimmed().isEmpty())
        return invalid(QStringLiteral("A journal entry needs some text."));
    return {};
}

QStringList Record::normalizeTags(const QStringList& tags) {
    QStringList out;
    for (const QString& tag : tags) {
        // simplified(): no line breaks inside a tag (tags are stored newline-joined) and no
        // surrounding space. Every leading '#' goes ("##food" and "# #food" are "food"), so
        // normalising is idempotent.
        QString t = tag.simplified().toLower();
        while (t.startsWith(QLatin1Char('#')))
            t = t.mid(1).simplified();
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    }
    out.sort();
    return out;
}

} // namespace selftrack::core
