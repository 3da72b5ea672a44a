// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/RevisionDiff.h"

#include "core/history/ItemFields.h"

#include <QHash>
#include <QJsonDocument>

namespace selftrack::core {

namespace {

bool isEmptyValue(const QJsonValue& v) {
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()) ||
           (v.isArray() && v.toArray().isEmpty());
}

bool sameValue(const QJsonValue& a, const QJsonValue& b) {
    if (isEmptyValue(a) && isEmptyValue(b))
        return true;
    return a == b;
}

// Canonical text of any JSON value, so set elements (strings or objects) can be counted.
QByteArray elementKey(const QJsonValue& v) {
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

// The elements of `from` that `other` does not hold (as many times as `from` holds them more).
QJsonArray missingFrom(const QJsonArray& from, const QJsonArray& other) {
    QHash<QByteArray, int> counts;
    for (const auto& v : other)
        ++counts[elementKey(v)];
    QJsonArray missing;
    for (const auto& v : from) {
        int& n = counts[elementKey(v)];
        if (n > 0)
            --n;
        else
            missing.append(v);
    }
    return missing;
}

void addTextLines(FieldChange& change, const DiffOptions& options) {
    const bool textual = (change.before.isString() || isEmptyValue(change.before)) &&
                         (change.after.isString() || isEmptyValue(change.after));
    if (!options.lineDiffs || !textual)
        return;
    auto lines = LineDiff::compute(change.before.toString(), change.after.toString(), options.maxLineCost);
    if (lines)
        change.lines = std::move(*lines);
    else
        change.linesOmitted = true;
}

FieldChange compareField(ItemType type, const QString& key, const QJsonValue& before, const QJsonValue& after,
                         const DiffOptions& options) {
    FieldChange change;
    change.field = key;
    change.before = before.isUndefined() ? QJsonValue() : before;
    change.after = after.isUndefined() ? QJsonValue() : after;
    change.kind = isEmptyValue(before)  ? FieldChangeKind::Added
                  : isEmptyValue(after) ? FieldChangeKind::Removed
                                        : FieldChangeKind::Changed;
    switch (ItemFields::shape(type, key)) {
    case FieldShape::Set:
        if ((before.isArray() || isEmptyValue(before)) && (after.isArray() || isEmptyValue(after))) {
            change.added = missingFrom(after.toArray(), before.toArray());
            change.removed = missingFrom(before.toArray(), after.toArray());
        }
        break;
    case FieldShape::Text:
        addTextLines(change, options);
        break;
    case FieldShape::Value:
        break;
    }
    return change;
}

// Known keys in their order, then every other key of either side alphabetically.
QStringList keysInOrder(ItemType type, const QJsonObject& older, const QJsonObject& newer) {
    QStringList keys = ItemFields::order(type);
    QStringList extra;
    for (const QJsonObject* object : {&older, &newer})
        for (const QString& key : object->keys())
            if (!keys.contains(key) && !extra.contains(key))
                extra.append(key);
    extra.sort();
    return keys + extra;
}

} // namespace

RevisionDiff RevisionDiff::between(ItemType type, const QJsonObject& older, const QJsonObject& newer,
                                   const DiffOptions& options) {
    RevisionDiff diff;
    diff.m_type = type;
    for (const QString& key : keysInOrder(type, older, newer)) {
        if (!options.includeBookkeeping && ItemFields::isBookkeeping(key))
            continue;
        const QJsonValue before = older.value(key);
        const QJsonValue after = newer.value(key);
        if (!sameValue(before, after))
            diff.m_changes.append(compareField(type, key, before, after, options));
    }
    return diff;
}

RevisionDiff RevisionDiff::between(const Revision* older, const Revision& newer, const DiffOptions& options) {
    RevisionDiff diff = between(newer.itemType, older ? older->content : QJsonObject(), newer.content, options);
    const bool wasDeleted = older && older->deleted;
    if (wasDeleted != newer.deleted) {
        FieldChange deleted;
        deleted.field = QLatin1String(kDeletedField);
        deleted.before = wasDeleted;
        deleted.after = newer.deleted;
        diff.m_changes.prepend(deleted);
    }
    return diff;
}

const FieldChange* RevisionDiff::change(const QString& key) const {
    for (const FieldChange& c : m_changes)
        if (c.field == key)
            return &c;
    return nullptr;
}

QStringList RevisionDiff::fields() const {
    QStringList keys;
    for (const FieldChange& c : m_changes)
        keys.append(c.field);
    return keys;
}

QJsonArray RevisionDiff::toJson() const {
    QJsonArray json;
    for (const FieldChange& c : m_changes)
        json.append(c.toJson());
    return json;
}

} // namespace selftrack::core
