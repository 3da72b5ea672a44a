// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/port/JsonExporter.h"

#include "core/domain/ContentStore.h"
#include "core/vault/AtomicFile.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace selftrack::core {

namespace {

template <typename T> QJsonArray itemArray(const QList<T>& items, const std::function<void()>& step) {
    QJsonArray out;
    for (const T& item : items) {
        QJsonObject json = item.toJson();
        json.insert(QStringLiteral("deleted"), item.deleted);
        json.insert(QStringLiteral("head_rev"), item.headRev);
        out.append(json);
        step();
    }
    return out;
}

QJsonObject revisionJson(const Revision& r) {
    return QJsonObject{{QStringLiteral("rev_id"), r.revId},
                       {QStringLiteral("item_id"), r.itemId},
                       {QStringLiteral("item_type"), toString(r.itemType)},
                       {QStringLiteral("parent_rev"), r.parentRev.isEmpty() ? QJsonValue() : QJsonValue(r.parentRev)},
                       {QStringLiteral("device_id"), r.deviceId},
                       {QStringLiteral("created_at"), r.createdAt},
                       {QStringLiteral("deleted"), r.deleted},
                       {QStringLiteral("content"), r.content}};
}

} // namespace

QByteArray JsonExporter::toJson(const VaultSnapshot& snapshot, const QString& exportedAt,
                                const ProgressCallback& progress) {
    const qint64 total = snapshot.itemCount() + snapshot.revisions.size();
    qint64 done = 0;
    auto step = [&] {
        ++done;
        if (progress && (done % 1000 == 0 || done == total))
            progress(PortProgress{QStringLiteral("exporting"), done, total});
    };
    QJsonObject settings;
    for (auto it = snapshot.settings.cbegin(); it != snapshot.settings.cend(); ++it)
        settings.insert(it.key(), it.value());
    QJsonObject doc{{QStringLiteral("format"), QLatin1String(kFormat)},
                    {QStringLiteral("version"), kVersion},
                    {QStringLiteral("app_version"), QStringLiteral(SELFTRACK_VERSION)},
                    {QStringLiteral("exported_at"), exportedAt},
                    {QStringLiteral("settings"), settings},
                    {QStringLiteral("categories"), itemArray(snapshot.categories, step)},
                    {QStringLiteral("goals"), itemArray(snapshot.goals, step)},
                    {QStringLiteral("milestones"), itemArray(snapshot.milestones, step)},
                    {QStringLiteral("records"), itemArray(snapshot.records, step)}};
    if (!snapshot.revisions.isEmpty()) {
        QJsonArray revisions;
        for (const Revision& r : snapshot.revisions) {
            revisions.append(revisionJson(r));
            step();
        }
        doc.insert(QStringLiteral("revisions"), revisions);
    }
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

Status JsonExporter::write(ContentStore& store, const QString& path, bool withHistory,
                           const ProgressCallback& progress) {
    auto snapshot = VaultSnapshot::read(store, withHistory);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    return AtomicFile::write(path, toJson(*snapshot, store.nowIso(), progress));
}

} // namespace selftrack::core
