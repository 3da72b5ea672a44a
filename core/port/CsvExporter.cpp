// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/port/CsvExporter.h"

#include "core/domain/ContentStore.h"
#include "core/port/CsvWriter.h"
#include "core/port/ExportFiles.h"

#include <QHash>

namespace selftrack::core {

namespace {

QString number(const std::optional<double>& value) {
    return value ? QString::number(*value, 'g', 15) : QString();
}

QStringList recordFields(const Record& r) {
    return {r.day.toString(Qt::ISODate),
            r.time ? r.time->toString(QStringLiteral("HH:mm")) : QString(),
            QString::number(r.utcOffsetMinutes),
            number(r.value),
            toString(r.status),
            r.note,
            r.tags.join(QStringLiteral(", ")),
            r.mood ? QString::number(*r.mood) : QString(),
            r.id};
}

const QStringList kRecordHeader{QStringLiteral("day"),   QStringLiteral("time"),   QStringLiteral("utc_offset_minutes"),
                                QStringLiteral("value"), QStringLiteral("status"), QStringLiteral("note"),
                                QStringLiteral("tags"),  QStringLiteral("mood"),   QStringLiteral("id")};

QByteArray goalsFile(const QList<Goal>& goals, const QHash<QString, QString>& categories) {
    CsvWriter csv;
    csv.addRow({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("unit"),
                QStringLiteral("target"), QStringLiteral("direction"), QStringLiteral("aggregation"),
                QStringLiteral("period"), QStringLiteral("freq_num"), QStringLiteral("freq_den"),
                QStringLiteral("start_date"), QStringLiteral("deadline"), QStringLiteral("category"),
                QStringLiteral("archived"), QStringLiteral("notes")});
    for (const Goal& g : goals)
        if (!g.deleted)
            csv.addRow({g.id, g.title, toString(g.kind), g.unit, QString::number(g.target, 'g', 15),
                        toString(g.direction), toString(g.aggregation), toString(g.period), QString::number(g.freqNum),
                        QString::number(g.freqDen), g.startDate.toString(Qt::ISODate),
                        g.deadline ? g.deadline->toString(Qt::ISODate) : QString(), categories.value(g.categoryId),
                        g.archived ? QStringLiteral("true") : QStringLiteral("false"), g.notes});
    return csv.bytes();
}

} // namespace

QString CsvExporter::safeName(const QString& text) {
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
        if (out.size() >= 40)
            break;
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("goal") : out;
}

QMap<QString, QByteArray> CsvExporter::files(const VaultSnapshot& snapshot, const ProgressCallback& progress) {
    QHash<QString, QString> categories;
    for (const Category& c : snapshot.categories)
        categories.insert(c.id, c.name);
    QHash<QString, const Goal*> goals;
    QHash<QString, CsvWriter> perGoal;
    for (const Goal& g : snapshot.goals)
        if (!g.deleted) {
            goals.insert(g.id, &g);
            perGoal[g.id].addRow(kRecordHeader);
        }
    CsvWriter all;
    all.addRow(QStringList{QStringLiteral("goal_id"), QStringLiteral("goal")} + kRecordHeader);
    qint64 done = 0;
    for (const Record& r : snapshot.records) {
        ++done;
        if (progress && (done % 1000 == 0 || done == snapshot.records.size()))
            progress(PortProgress{QStringLiteral("exporting"), done, snapshot.records.size()});
        if (r.deleted || (!r.goalId.isEmpty() && !goals.contains(r.goalId)))
            continue;
        const QStringList fields = recordFields(r);
        all.addRow(QStringList{r.goalId, r.goalId.isEmpty() ? QString() : goals.value(r.goalId)->title} + fields);
        if (!r.goalId.isEmpty())
            perGoal[r.goalId].addRow(fields);
    }
    QMap<QString, QByteArray> out;
    out.insert(QStringLiteral("records.csv"), all.bytes());
    out.insert(QStringLiteral("goals.csv"), goalsFile(snapshot.goals, categories));
    for (auto it = perGoal.cbegin(); it != perGoal.cend(); ++it)
        out.insert(QStringLiteral("goals/%1-%2.csv").arg(safeName(goals.value(it.key())->title), it.key().left(8)),
                   it.value().bytes());
    return out;
}

Status CsvExporter::write(ContentStore& store, const QString& folder, const ProgressCallback& progress) {
    auto snapshot = VaultSnapshot::read(store, false);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    return ExportFiles::write(folder, files(*snapshot, progress));
}

} // namespace selftrack::core
