// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/BackupManifest.h"

#include <QJsonDocument>

namespace selftrack::core {

namespace {
constexpr auto kManifestFormat = "selftrack-backup-manifest";

Result<std::int64_t> count(Database& db, const char* sql) {
    return db.queryInt(sql);
}

std::unexpected<Error> badManifest(const QString& why) {
    return fail(ErrorCode::Corrupt, QStringLiteral("The backup's manifest is not valid: %1.").arg(why));
}
} // namespace

Result<BackupCounts> BackupCounts::of(Database& db) {
    struct Query {
        std::int64_t BackupCounts::*field;
        const char* sql;
    };
    static constexpr Query kQueries[] = {
        {&BackupCounts::goals, "SELECT count(*) FROM goals WHERE deleted = 0"},
        {&BackupCounts::milestones, "SELECT count(*) FROM milestones WHERE deleted = 0"},
        {&BackupCounts::categories, "SELECT count(*) FROM categories WHERE deleted = 0"},
        {&BackupCounts::records, "SELECT count(*) FROM records WHERE deleted = 0 AND goal_id IS NOT NULL"},
        {&BackupCounts::entries, "SELECT count(*) FROM records WHERE deleted = 0 AND goal_id IS NULL"},
        {&BackupCounts::revisions, "SELECT count(*) FROM revisions"},
        {&BackupCounts::trashed, "SELECT (SELECT count(*) FROM goals WHERE deleted <> 0) + (SELECT count(*) FROM "
                                 "milestones WHERE deleted <> 0) + (SELECT count(*) FROM categories WHERE deleted "
                                 "<> 0) + (SELECT count(*) FROM records WHERE deleted <> 0)"},
    };
    BackupCounts counts;
    for (const Query& query : kQueries) {
        auto value = count(db, query.sql);
        if (!value)
            return std::unexpected(value.error());
        counts.*query.field = *value;
    }
    return counts;
}

QJsonObject BackupManifest::toJsonObject() const {
    const QJsonObject countsObject{
        {QStringLiteral("goals"), static_cast<qint64>(counts.goals)},
        {QStringLiteral("milestones"), static_cast<qint64>(counts.milestones)},
        {QStringLiteral("categories"), static_cast<qint64>(counts.categories)},
        {QStringLiteral("records"), static_cast<qint64>(counts.records)},
        {QStringLiteral("entries"), static_cast<qint64>(counts.entries)},
        {QStringLiteral("revisions"), static_cast<qint64>(counts.revisions)},
        {QStringLiteral("trashed"), static_cast<qint64>(counts.trashed)},
    };
    const QJsonObject database{
        {QStringLiteral("bytes"), static_cast<qint64>(databaseBytes)},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("cipher_compatibility"), cipher.compatibility},
        {QStringLiteral("cipher_page_size"), cipher.pageSize},
    };
    return QJsonObject{
        {QStringLiteral("format"), QString::fromLatin1(kManifestFormat)},
        {QStringLiteral("created"), created},
        {QStringLiteral("app_version"), appVersion},
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("database"), database},
        {QStringLiteral("counts"), countsObject},
    };
}

QByteArray BackupManifest::toJson() const {
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}

Result<BackupManifest> BackupManifest::fromJson(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return badManifest(QStringLiteral("not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kManifestFormat))
        return badManifest(QStringLiteral("unknown format"));
    const QJsonObject database = root.value(QStringLiteral("database")).toObject();
    const QJsonObject countsObject = root.value(QStringLiteral("counts")).toObject();
    BackupManifest m;
    m.created = root.value(QStringLiteral("created")).toString();
    m.appVersion = root.value(QStringLiteral("app_version")).toString();
    m.deviceId = root.value(QStringLiteral("device_id")).toString();
    m.schemaVersion = database.value(QStringLiteral("schema_version")).toInt(-1);
    m.databaseBytes = database.value(QStringLiteral("bytes")).toInteger(-1);
    m.cipher.compatibility = database.value(QStringLiteral("cipher_compatibility")).toInt(-1);
    m.cipher.pageSize = database.value(QStringLiteral("cipher_page_size")).toInt(-1);
    if (m.schemaVersion < 1 || m.databaseBytes < 1 || m.cipher.compatibility < 1 || m.cipher.pageSize < 512)
        return badManifest(QStringLiteral("the database description is incomplete"));
    auto read = [&](const char* key) { return countsObject.value(QLatin1String(key)).toInteger(-1); };
    m.counts = BackupCounts{read("goals"),   read("milestones"), read("categories"), read("records"),
                            read("entries"), read("revisions"),  read("trashed")};
    for (std::int64_t value : {m.counts.goals, m.counts.milestones, m.counts.categories, m.counts.records,
                               m.counts.entries, m.counts.revisions, m.counts.trashed})
        if (value < 0)
            return badManifest(QStringLiteral("a count is missing"));
    return m;
}

} // namespace selftrack::core
