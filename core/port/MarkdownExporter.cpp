// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/port/MarkdownExporter.h"

#include "core/domain/ContentStore.h"
#include "core/port/ExportFiles.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

namespace selftrack::core {

namespace {

// A YAML scalar as a JSON string (valid YAML, safe for any text).
QString quoted(const QString& text) {
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString entry(const Record& r, const QString& goalTitle) {
    QString out = QStringLiteral("---\n");
    QString date = r.day.toString(Qt::ISODate);
    if (r.time)
        date += u'T' + r.time->toString(QStringLiteral("HH:mm"));
    out += QStringLiteral("date: %1\n").arg(date);
    QStringList tags;
    for (const QString& tag : r.tags)
        tags.append(quoted(tag));
    out += QStringLiteral("tags: [%1]\n").arg(tags.join(QStringLiteral(", ")));
    if (r.mood)
        out += QStringLiteral("mood: %1\n").arg(*r.mood);
    if (!goalTitle.isEmpty())
        out += QStringLiteral("goal: %1\n").arg(quoted(goalTitle));
    out += QStringLiteral("---\n\n") + r.note;
    if (!r.note.endsWith(u'\n'))
        out += u'\n';
    return out + u'\n';
}

} // namespace

QMap<QString, QByteArray> MarkdownExporter::files(const VaultSnapshot& snapshot, const ProgressCallback& progress) {
    QHash<QString, const Goal*> liveGoals;
    for (const Goal& g : snapshot.goals)
        if (!g.deleted)
            liveGoals.insert(g.id, &g);
    QList<const Record*> journal;
    for (const Record& r : snapshot.records)
        if (!r.deleted && !r.note.trimmed().isEmpty() && (r.goalId.isEmpty() || liveGoals.contains(r.goalId)))
            journal.append(&r);
    std::stable_sort(journal.begin(), journal.end(), [](const Record* a, const Record* b) {
        return std::tuple(a->day, a->time.value_or(QTime(23, 59, 59, 999))) <
               std::tuple(b->day, b->time.value_or(QTime(23, 59, 59, 999)));
    });
    QMap<QString, QString> months;
    qint64 done = 0;
    for (const Record* r : journal) {
        const QString name = r->day.toString(QStringLiteral("yyyy-MM")) + QStringLiteral(".md");
        months[name] += entry(*r, r->goalId.isEmpty() ? QString() : liveGoals.value(r->goalId)->title);
        ++done;
        if (progress && (done % 1000 == 0 || done == journal.size()))
            progress(PortProgress{QStringLiteral("exporting"), done, journal.size()});
    }
    QMap<QString, QByteArray> out;
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        out.insert(it.key(), it.value().toUtf8());
    return out;
}

Status MarkdownExporter::write(ContentStore& store, const QString& folder, const ProgressCallback& progress) {
    auto snapshot = VaultSnapshot::read(store, false);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    return ExportFiles::write(folder, files(*snapshot, progress));
}

} // namespace selftrack::core
