// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/ItemFields.h"

#include <span>

namespace selftrack::core {

namespace {

struct FieldSpec {
    const char* key;
    const char* name;
    FieldShape shape = FieldShape::Value;
};

constexpr FieldSpec kGoalFields[] = {
    {"id", "id"},
    {"title", "title"},
    {"notes", "notes", FieldShape::Text},
    {"kind", "kind"},
    {"unit", "unit"},
    {"target", "target"},
    {"direction", "direction"},
    {"aggregation", "aggregation"},
    {"period", "period"},
    {"freq_num", "frequency"},
    {"freq_den", "frequency"},
    {"weekdays", "weekdays"},
    {"start_date", "start date"},
    {"deadline", "deadline"},
    {"category_id", "category"},
    {"color", "color"},
    {"icon", "icon"},
    {"reminders", "reminders", FieldShape::Set},
    {"archived", "archived"},
    {"position", "position"},
    {"created_at", "creation time"},
    {"updated_at", "change time"},
};

constexpr FieldSpec kRecordFields[] = {
    {"id", "id"},
    {"goal_id", "goal"},
    {"day", "day"},
    {"time", "time"},
    {"utc_offset_minutes", "UTC offset"},
    {"value", "value"},
    {"status", "status"},
    {"note", "note", FieldShape::Text},
    {"tags", "tags", FieldShape::Set},
    {"mood", "mood"},
    {"created_at", "creation time"},
    {"updated_at", "change time"},
};

constexpr FieldSpec kMilestoneFields[] = {
    {"id", "id"},         {"goal_id", "goal"},           {"title", "title"},
    {"target", "target"}, {"done_date", "reached date"}, {"position", "position"},
};

constexpr FieldSpec kCategoryFields[] = {
    {"id", "id"},
    {"name", "name"},
    {"color", "color"},
    {"position", "position"},
};

std::span<const FieldSpec> specs(ItemType type) {
    switch (type) {
    case ItemType::Goal:
        return kGoalFields;
    case ItemType::Record:
        return kRecordFields;
    case ItemType::Milestone:
        return kMilestoneFields;
    case ItemType::Category:
        return kCategoryFields;
    }
    return {};
}

const FieldSpec* find(ItemType type, const QString& key) {
    for (const FieldSpec& spec : specs(type))
        if (key == QLatin1String(spec.key))
            return &spec;
    return nullptr;
}

} // namespace

QStringList ItemFields::order(ItemType type) {
    QStringList keys;
    for (const FieldSpec& spec : specs(type))
        keys.append(QLatin1String(spec.key));
    return keys;
}

FieldShape ItemFields::shape(ItemType type, const QString& key) {
    const FieldSpec* spec = find(type, key);
    return spec ? spec->shape : FieldShape::Value;
}

bool ItemFields::isBookkeeping(const QString& key) {
    return key == QLatin1String("id") || key == QLatin1String("created_at") || key == QLatin1String("updated_at");
}

QString ItemFields::displayName(ItemType type, const QString& key) {
    const FieldSpec* spec = find(type, key);
    if (spec)
        return QLatin1String(spec->name);
    QString name = key;
    return name.replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace selftrack::core
