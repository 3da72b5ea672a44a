// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/port/SelfTrackJsonReader.h"

#include "core/port/JsonExporter.h"
#include "core/vault/SettingsStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace selftrack::core {

namespace {

template <typename T>
Status readItems(const QJsonObject& doc, const char* key, const char* what, QList<T>& out, QSet<QString>& ids) {
    const QJsonValue value = doc.value(QLatin1String(key));
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The export's \"%1\" is not a list.").arg(QLatin1String(key)));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject json = array.at(i).toObject();
        auto item = T::fromJson(json);
        if (!item)
            return fail(ErrorCode::InvalidInput, QStringLiteral("%1 %2 of the export: %3")
                                                     .arg(QLatin1String(what))
                                                     .arg(i + 1)
                                                     .arg(item.error().message));
        item->deleted = json.value(QStringLiteral("deleted")).toBool(false);
        item->headRev = json.value(QStringLiteral("head_rev")).toString();
        if (auto st = item->validate(); !st)
            return fail(
                ErrorCode::InvalidInput,
                QStringLiteral("%1 %2 of the export: %3").arg(QLatin1String(what)).arg(i + 1).arg(st.error().message));
        if (ids.contains(item->id))
            return fail(ErrorCode::InvalidInput, QStringLiteral("The export holds the id %1 twice.").arg(item->id));
        ids.insert(item->id);
        out.append(std::move(*item));
    }
    return {};
}

Status readRevisions(const QJsonObject& doc, ImportPlan& plan, const QSet<QString>& ids) {
    const QJsonArray array = doc.value(QStringLiteral("revisions")).toArray();
    QSet<QString> revIds;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject json = array.at(i).toObject();
        Revision r;
        r.revId = json.value(QStringLiteral("rev_id")).toString();
        r.itemId = json.value(QStringLiteral("item_id")).toString();
        const auto type = enums::parse(enums::kItemTypes, json.value(QStringLiteral("item_type")).toString());
        r.parentRev = json.value(QStringLiteral("parent_rev")).toString();
        r.deviceId = json.value(QStringLiteral("device_id")).toString();
        r.createdAt = json.value(QStringLiteral("created_at")).toString();
        r.deleted = json.value(QStringLiteral("deleted")).toBool();
        r.content = json.value(QStringLiteral("content")).toObject();
        if (r.revId.isEmpty() || r.itemId.isEmpty() || !type || r.createdAt.isEmpty() || revIds.contains(r.revId))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("Revision %1 of the export is incomplete or repeated.").arg(i + 1));
        r.itemType = *type;
        revIds.insert(r.revId);
        // Revisions of purged items have no item in the export; they are not imported.
        if (ids.contains(r.itemId))
            plan.history[r.itemId].append(std::move(r));
    }
    return {};
}

} // namespace

bool SelfTrackJsonReader::looksLike(QByteArrayView bytes) {
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 4096));
    return head.trimmed().startsWith('{') && head.contains(QByteArrayView("\"selftrack-export\""));
}

Result<ImportPlan> SelfTrackJsonReader::read(QByteArrayView bytes) {
    QJsonParseError error{};
    const QJsonDocument parsed = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !parsed.isObject())
        return fail(
            ErrorCode::InvalidInput,
            QStringLiteral("The file is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset));
    const QJsonObject doc = parsed.object();
    if (doc.value(QStringLiteral("format")).toString() != QLatin1String(JsonExporter::kFormat))
        return fail(ErrorCode::InvalidInput, QStringLiteral("The JSON file is not a SelfTrack export."));
    const int version = doc.value(QStringLiteral("version")).toInt(0);
    if (version < 1)
        return fail(ErrorCode::InvalidInput, QStringLiteral("The SelfTrack export has no valid version."));
    if (version > JsonExporter::kVersion)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The export was made by a newer SelfTrack (format version %1); update to import it.")
                        .arg(version));
    ImportPlan plan;
    plan.format = QStringLiteral("selftrack-json");
    plan.verbatim = true;
    QSet<QString> ids;
    if (auto st = readItems(doc, "categories", "Category", plan.categories, ids); !st)
        return std::unexpected(st.error());
    if (auto st = readItems(doc, "goals", "Goal", plan.goals, ids); !st)
        return std::unexpected(st.error());
    if (auto st = readItems(doc, "milestones", "Milestone", plan.milestones, ids); !st)
        return std::unexpected(st.error());
    if (auto st = readItems(doc, "records", "Record", plan.records, ids); !st)
        return std::unexpected(st.error());
    if (auto st = readRevisions(doc, plan, ids); !st)
        return std::unexpected(st.error());
    const QJsonObject settings = doc.value(QStringLiteral("settings")).toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it)
        if (SettingsStore::isPortable(it.key())) // a file never sets up backups (SettingsStore)
            plan.settings.insert(it.key(), it.value().toString());
    return plan;
}

} // namespace selftrack::core
