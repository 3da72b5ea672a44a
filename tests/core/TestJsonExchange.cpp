// SPDX-License-Identifier: GPL-3.0-or-later
// SelfTrack's own JSON export: vault -> JSON -> empty vault gives every item field for field (with
// its history when exported), importing twice adds nothing, a bad file changes nothing.
#include "PortTestVault.h"
#include "StoreFixture.h"

#include "core/port/ImportFormat.h"
#include "core/port/Importer.h"
#include "core/port/JsonExporter.h"
#include "core/port/VaultSnapshot.h"
#include "core/vault/SettingsStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace selftrack::core;
using selftrack::test::fill;
using selftrack::test::StoreFixture;

namespace {

VaultSnapshot snapshotOf(StoreFixture& f, bool history = true) {
    auto snapshot = VaultSnapshot::read(*f.store, history);
    REQUIRE(snapshot);
    return *snapshot;
}

template <typename T> QList<T> withoutHeads(QList<T> items) {
    for (T& item : items)
        item.headRev.clear();
    return items;
}

QString exportTo(StoreFixture& f, bool history) {
    QString path = f.tmp.filePath(history ? QStringLiteral("full.json") : QStringLiteral("plain.json"));
    REQUIRE(JsonExporter::write(*f.store, path, history));
    return path;
}

ImportReport importInto(StoreFixture& f, const QString& path, bool dryRun = false) {
    auto report = Importer::run(*f.store, path, ImportFormat::Auto, dryRun);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report);
    return *report;
}

qint64 revisionCount(StoreFixture& f) {
    auto count = f.store->database().queryInt("SELECT count(*) FROM revisions");
    REQUIRE(count);
    return *count;
}

// Per item, in order (the local sequence numbers across items are the vault's own).
void checkSameRevisions(const QList<Revision>& after, const QList<Revision>& before) {
    QMap<QString, QList<Revision>> a;
    QMap<QString, QList<Revision>> b;
    for (const Revision& r : after)
        a[r.itemId].append(r);
    for (const Revision& r : before)
        b[r.itemId].append(r);
    REQUIRE(a.keys() == b.keys());
    REQUIRE(after.size() == before.size());
    for (const QString& item : b.keys()) {
        REQUIRE(a[item].size() == b[item].size());
        for (qsizetype i = 0; i < b[item].size(); ++i) {
            const Revision& x = a[item][i];
            const Revision& y = b[item][i];
            INFO("item " << item.toStdString() << " revision " << i);
            CHECK(x.revId == y.revId);
            CHECK(x.itemType == y.itemType);
            CHECK(x.parentRev == y.parentRev);
            CHECK(x.deviceId == y.deviceId);
            CHECK(x.createdAt == y.createdAt);
            CHECK(x.deleted == y.deleted);
            CHECK(x.content == y.content);
        }
    }
}

} // namespace

TEST_CASE("a JSON export with history imported into an empty vault gives every item, field and revision back",
          "[core][port][json]") {
    StoreFixture source;
    fill(source);
    const QString path = exportTo(source, true);
    StoreFixture target;
    const ImportReport report = importInto(target, path);
    CHECK(report.format == QStringLiteral("selftrack-json"));
    CHECK(report.total(&ImportReport::Counts::added) == 2 + 4 + 2 + 7);
    CHECK(report.total(&ImportReport::Counts::updated) == 0);

    const VaultSnapshot before = snapshotOf(source);
    const VaultSnapshot after = snapshotOf(target);
    // operator== compares every field: ids, content, timestamps, trash state and head revision.
    CHECK(after.categories == before.categories);
    CHECK(after.goals == before.goals);
    CHECK(after.milestones == before.milestones);
    CHECK(after.records == before.records);
    CHECK(after.settings == before.settings);
    checkSameRevisions(after.revisions, before.revisions);
    // What the app shows from those items agrees too: the trash, the journal search index.
    auto trashBefore = source.store->trash();
    auto trashAfter = target.store->trash();
    REQUIRE(trashBefore);
    REQUIRE(trashAfter);
    CHECK(trashAfter->size() == trashBefore->size());
    auto hits = target.store->searchJournal(QStringLiteral("café"));
    REQUIRE(hits);
    CHECK(hits->hits.size() == 1);
}

TEST_CASE("a JSON export without history imports every item field for field with one new revision each",
          "[core][port][json]") {
    StoreFixture source;
    fill(source);
    const QString path = exportTo(source, false);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(doc.value(QStringLiteral("format")).toString() == QStringLiteral("selftrack-export"));
    CHECK(doc.value(QStringLiteral("version")).toInt() == 1);
    CHECK_FALSE(doc.contains(QStringLiteral("revisions")));

    StoreFixture target;
    importInto(target, path);
    const VaultSnapshot before = snapshotOf(source, false);
    const VaultSnapshot after = snapshotOf(target, false);
    CHECK(withoutHeads(after.categories) == withoutHeads(before.categories));
    CHECK(withoutHeads(after.goals) == withoutHeads(before.goals));
    CHECK(withoutHeads(after.milestones) == withoutHeads(before.milestones));
    CHECK(withoutHeads(after.records) == withoutHeads(before.records));
    CHECK(revisionCount(target) == before.itemCount());
}

TEST_CASE("importing the same JSON twice adds nothing the second time", "[core][port][json]") {
    StoreFixture source;
    fill(source);
    for (const bool history : {true, false}) {
        INFO("history " << history);
        const QString path = exportTo(source, history);
        StoreFixture target;
        REQUIRE(target.store->addGoal(StoreFixture::goal(QStringLiteral("Already here"))));
        const ImportReport first = importInto(target, path);
        const qint64 revisions = revisionCount(target);
        const VaultSnapshot once = snapshotOf(target);
        const ImportReport second = importInto(target, path);
        CHECK(second.total(&ImportReport::Counts::added) == 0);
        CHECK(second.total(&ImportReport::Counts::updated) == 0);
        CHECK(second.total(&ImportReport::Counts::unchanged) == first.total(&ImportReport::Counts::added));
        CHECK(revisionCount(target) == revisions);
        const VaultSnapshot twice = snapshotOf(target);
        CHECK(twice.goals == once.goals);
        CHECK(twice.records == once.records);
        CHECK(twice.goals.size() == 5); // the four of the file and the vault's own
    }
}

TEST_CASE("an item changed since the import takes the file's content again, with a new revision on its history",
          "[core][port][json]") {
    StoreFixture source;
    fill(source);
    const QString path = exportTo(source, true);
    StoreFixture target;
    importInto(target, path);
    auto goals = target.store->goals(true);
    REQUIRE(goals);
    Goal changed = goals->first();
    const QString original = changed.title;
    changed.title = QStringLiteral("Changed here");
    REQUIRE(target.store->updateGoal(changed));
    auto before = target.store->history(changed.id);
    REQUIRE(before);

    const ImportReport report = importInto(target, path);
    CHECK(report.counts.value(ItemType::Goal).updated == 1);
    CHECK(report.total(&ImportReport::Counts::added) == 0);
    auto goal = target.store->goal(changed.id);
    REQUIRE(goal);
    CHECK(goal->title == original);
    auto after = target.store->history(changed.id);
    REQUIRE(after);
    CHECK(after->size() == before->size() + 1);
    CHECK(after->last().parentRev == before->last().revId);
}

TEST_CASE("settings come over where the vault has none and never replace the vault's own", "[core][port][json]") {
    StoreFixture source;
    fill(source);
    REQUIRE(source.vault->database().exec(
        "INSERT INTO settings(key, value) VALUES('week_start', '7'), ('reminders_enabled', 'false')"));
    const QString path = exportTo(source, false);
    StoreFixture target;
    REQUIRE(target.vault->database().exec("INSERT INTO settings(key, value) VALUES('week_start', '1')"));
    importInto(target, path);
    const VaultSnapshot after = snapshotOf(target);
    CHECK(after.settings.value(QStringLiteral("week_start")) == QStringLiteral("1"));
    CHECK(after.settings.value(QStringLiteral("reminders_enabled")) == QStringLiteral("false"));
    StoreFixture empty;
    importInto(empty, path);
    CHECK(snapshotOf(empty).settings == snapshotOf(source).settings);
}

TEST_CASE("the scheduled backups' settings and passphrase never leave in an export nor come in with an import",
          "[core][port][json][settings]") {
    StoreFixture source;
    fill(source);
    SettingsStore settings(source.vault->database());
    VaultSettings scheduled;
    scheduled.backupSchedule = VaultSettings::BackupSchedule::Daily;
    scheduled.backupFolder = QStringLiteral("/home/someone/backups");
    REQUIRE(settings.save(scheduled));
    REQUIRE(settings.setBackupPassphrase(selftrack::test::pass("secret backup words")));
    const QString path = exportTo(source, true);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK_FALSE(bytes.contains("secret backup words"));
    CHECK_FALSE(bytes.contains("backup."));
    CHECK_FALSE(bytes.contains("/home/someone/backups"));
    CHECK(bytes.contains(SettingsStore::kWeekStart)); // the rest of the settings do travel

    // A file that carries them anyway (made by hand) does not set up backups in the vault it enters.
    QJsonObject doc = QJsonDocument::fromJson(bytes).object();
    QJsonObject carried = doc.value(QStringLiteral("settings")).toObject();
    carried.insert(QString::fromLatin1(SettingsStore::kBackupSchedule), QStringLiteral("daily"));
    carried.insert(QString::fromLatin1(SettingsStore::kBackupFolder), QStringLiteral("/srv/shared"));
    carried.insert(QString::fromLatin1(SettingsStore::kBackupPassphrase), QStringLiteral("the author's"));
    doc.insert(QStringLiteral("settings"), carried);
    const QString crafted = source.tmp.filePath(QStringLiteral("crafted.json"));
    QFile out(crafted);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(doc).toJson());
    out.close();
    StoreFixture target;
    importInto(target, crafted);
    SettingsStore targetSettings(target.vault->database());
    auto loaded = targetSettings.load();
    REQUIRE(loaded);
    CHECK(loaded->backupSchedule == VaultSettings::BackupSchedule::Off);
    CHECK(loaded->backupFolder.isEmpty());
    CHECK(targetSettings.backupPassphrase()->size() == 0);
    CHECK_FALSE(targetSettings.value(QString::fromLatin1(SettingsStore::kBackupFolder))->has_value());
}

TEST_CASE("a dry run reports what the import would write and writes nothing", "[core][port][json]") {
    StoreFixture source;
    fill(source);
    const QString path = exportTo(source, true);
    StoreFixture target;
    const ImportReport dry = importInto(target, path, true);
    CHECK(dry.dryRun);
    CHECK(dry.counts.value(ItemType::Goal).added == 4);
    CHECK(dry.counts.value(ItemType::Record).added == 7);
    CHECK(revisionCount(target) == 0);
    CHECK(snapshotOf(target).itemCount() == 0);
    const ImportReport real = importInto(target, path);
    CHECK(real.total(&ImportReport::Counts::added) == dry.total(&ImportReport::Counts::added));
}

TEST_CASE("a damaged, foreign, newer or inconsistent JSON file is refused and changes nothing",
          "[core][port][json][errors]") {
    StoreFixture source;
    fill(source);
    const QString path = exportTo(source, true);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    QJsonObject doc = QJsonDocument::fromJson(good).object();

    StoreFixture target;
    REQUIRE(target.store->addGoal(StoreFixture::goal(QStringLiteral("Mine"))));
    const qint64 revisions = revisionCount(target);

    auto attempt = [&](const QByteArray& bytes, ImportFormat format = ImportFormat::Auto) {
        const QString bad = target.tmp.filePath(QStringLiteral("bad.json"));
        QFile out(bad);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();
        auto report = Importer::run(*target.store, bad, format, false);
        REQUIRE_FALSE(report);
        CHECK(revisionCount(target) == revisions);
        return report.error().message;
    };
    CHECK(attempt(good.left(good.size() / 2), ImportFormat::SelfTrackJson).contains(QStringLiteral("not valid JSON")));
    CHECK(attempt(good.left(good.size() / 2)).contains(QStringLiteral("not valid JSON")));
    CHECK(attempt(QByteArray("{\"some\": \"thing else\"}")).contains(QStringLiteral("not in a format")));
    CHECK(
        attempt(QByteArray("{\"some\": 1}"), ImportFormat::SelfTrackJson).contains(QStringLiteral("not a SelfTrack")));

    QJsonObject newer = doc;
    newer.insert(QStringLiteral("version"), 99);
    CHECK(attempt(QJsonDocument(newer).toJson()).contains(QStringLiteral("newer SelfTrack")));

    // The last record points to a goal that is nowhere: the items before it are not kept either.
    QJsonObject dangling = doc;
    QJsonArray records = dangling.value(QStringLiteral("records")).toArray();
    QJsonObject orphan = records.last().toObject();
    orphan.insert(QStringLiteral("id"), QStringLiteral("4a0c3f4e-0000-4000-8000-000000000001"));
    orphan.insert(QStringLiteral("goal_id"), QStringLiteral("4a0c3f4e-0000-4000-8000-00000000dead"));
    records.append(orphan);
    dangling.insert(QStringLiteral("records"), records);
    CHECK(attempt(QJsonDocument(dangling).toJson()).contains(QStringLiteral("neither in the file nor in the vault")));

    QJsonObject invalid = doc;
    QJsonArray goals = invalid.value(QStringLiteral("goals")).toArray();
    QJsonObject noTitle = goals.last().toObject();
    noTitle.insert(QStringLiteral("title"), QString());
    goals.replace(goals.size() - 1, noTitle);
    invalid.insert(QStringLiteral("goals"), goals);
    CHECK(attempt(QJsonDocument(invalid).toJson()).contains(QStringLiteral("Goal 4")));
    CHECK(snapshotOf(target).goals.size() == 1);
}
