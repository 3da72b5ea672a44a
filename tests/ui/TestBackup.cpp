// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UiSupport.h"
#include "core/backup/BackupReader.h"
#include "core/backup/BackupWriter.h"
#include "core/domain/ContentStore.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/backup/BackupDialog.h"
#include "ui/backup/BackupScheduler.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/settings/BackupsPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/Confirm.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace selftrack;
using selftrack::test::saveScreenshots;
using selftrack::test::uiApplication;
using selftrack::test::waitUntil;

namespace {
template <typename T> T* child(QObject& parent, const char* name) {
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// A window on a new vault (one goal, one journal entry), unlocked, on a clock the test moves.
struct Backups {
    QTemporaryDir tmp;
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    ui::MainWindow::Options options;
    std::unique_ptr<ui::MainWindow> window;

    Backups() {
        uiApplication();
        options.directory = tmp.filePath(QStringLiteral("vault"));
        options.kdf = test::cheapKdf();
        options.clock = [this] { return now; };
        options.machineSettings = tmp.filePath(QStringLiteral("machine.ini"));
        window = std::make_unique<ui::MainWindow>(options);
        window->show();
        REQUIRE(window->session().create(options.directory, test::pass("vault passphrase"), test::cheapKdf()));
        REQUIRE(waitUntil([&] { return window->session().isUnlocked(); }));
        addGoal(QStringLiteral("Run"));
        core::Record note;
        note.day = QDate(2026, 3, 1);
        note.note = QStringLiteral("First entry");
        REQUIRE((*window->session().store())->addRecord(note));
    }
    void addGoal(const QString& title) {
        core::Goal g;
        g.title = title;
        g.startDate = QDate(2026, 2, 1);
        REQUIRE((*window->session().store())->addGoal(g));
    }
    QString deviceId() { return (*window->session().vault())->deviceId(); }
    template <typename T> T* trigger(const char* action) {
        child<QAction>(*window, action)->trigger();
        T* dialog = nullptr;
        for (T* d : window->findChildren<T*>())
            if (d->isVisible())
                dialog = d;
        REQUIRE(dialog);
        return dialog;
    }
    ui::BackupDialog* backUp(const QString& path, const QString& passphrase) {
        auto* dialog = trigger<ui::BackupDialog>("backupAction");
        auto* destination = child<QLineEdit>(*dialog, "destination");
        destination->setText(path);
        QTest::keyClicks(child<QLineEdit>(*dialog, "passphrase"), passphrase);
        QTest::keyClicks(child<QLineEdit>(*dialog, "repeat"), passphrase);
        return dialog;
    }
    std::int64_t goalsIn(const QString& dir, const char* passphrase) {
        auto vault = core::Vault::open(dir, test::pass(passphrase));
        REQUIRE(vault);
        core::ContentStore store((*vault)->database(), (*vault)->deviceId(), options.clock);
        auto goals = store.goals();
        REQUIRE(goals);
        return static_cast<std::int64_t>(goals->size());
    }
};
} // namespace

TEST_CASE("Back up now writes a backup core verifies, with its own passphrase", "[ui][backup]") {
    Backups f;
    auto* dialog = f.trigger<ui::BackupDialog>("backupAction");
    // The default: today's name in the home folder (no folder used yet).
    CHECK(child<QLineEdit>(*dialog, "destination")
              ->text()
              .endsWith(QStringLiteral("selftrack-2026-03-02.selftrack-backup")));
    dialog->close();

    const QString path = f.tmp.filePath(QStringLiteral("mine.selftrack-backup"));
    dialog = f.backUp(path, QStringLiteral("backup passphrase"));
    auto* backUp = child<QPushButton>(*dialog, "backUp");
    REQUIRE(backUp->isEnabled());
    saveScreenshots(*dialog, QStringLiteral("backup-dialog"));
    QTest::mouseClick(backUp, Qt::LeftButton);
    auto* result = child<QLabel>(*dialog, "result");
    auto* problem = child<QLabel>(*dialog, "problem");
    REQUIRE(waitUntil([&] { return !result->text().isEmpty() || !problem->text().isEmpty(); }));
    CHECK(problem->text().isEmpty());
    CHECK(result->text().contains(QStringLiteral("1 goals, 0 records, 1 journal entries")));

    auto manifest = core::BackupReader::verify(path, test::pass("backup passphrase"));
    REQUIRE(manifest);
    CHECK(manifest->counts.goals == 1);
    CHECK(manifest->counts.entries == 1);
    CHECK(manifest->deviceId == f.deviceId());
    CHECK(core::BackupReader::verify(path, test::pass("vault passphrase")).error().code ==
          core::ErrorCode::WrongPassphrase);
    dialog->close();

    // The next backup starts in the folder used last; a folder that is not there is reported.
    dialog = f.trigger<ui::BackupDialog>("backupAction");
    CHECK(QDir::fromNativeSeparators(child<QLineEdit>(*dialog, "destination")->text()) ==
          f.tmp.filePath(QStringLiteral("selftrack-2026-03-02.selftrack-backup")));
    dialog->close();
    dialog = f.backUp(f.tmp.filePath(QStringLiteral("gone/x.selftrack-backup")), QStringLiteral("pw"));
    QTest::mouseClick(child<QPushButton>(*dialog, "backUp"), Qt::LeftButton);
    problem = child<QLabel>(*dialog, "problem");
    REQUIRE(waitUntil([&] { return !problem->text().isEmpty(); }));
    CHECK(problem->text().contains(QStringLiteral("does not exist")));
}

TEST_CASE("locking during a backup waits for it to finish, then locks", "[ui][backup][lock]") {
    Backups f;
    const QString path = f.tmp.filePath(QStringLiteral("during-lock.selftrack-backup"));
    auto* dialog = f.backUp(path, QStringLiteral("backup passphrase"));
    QTest::mouseClick(child<QPushButton>(*dialog, "backUp"), Qt::LeftButton);
    REQUIRE(f.window->backupJobs()->findChildren<QObject*>().size() == 1); // running
    f.window->lock(); // no event loop ran: the job can only be done because lock waited for it
    CHECK_FALSE(f.window->session().isUnlocked());
    CHECK(QFile::exists(path));
    auto manifest = core::BackupReader::verify(path, test::pass("backup passphrase"));
    REQUIRE(manifest);
    CHECK(manifest->counts.goals == 1);
}

TEST_CASE("restore shows the manifest, then restores into a new vault or replaces the current one",
          "[ui][backup][restore]") {
    Backups f;
    const QString path = f.tmp.filePath(QStringLiteral("b.selftrack-backup"));
    REQUIRE(core::BackupWriter::create(**f.window->session().vault(), path, test::pass("backup passphrase"),
                                       {.kdf = test::cheapKdf(), .clock = f.options.clock}));
    const QString device = f.deviceId();
    f.addGoal(QStringLiteral("Made after the backup"));

    auto* dialog = f.trigger<ui::RestoreDialog>("restoreAction");
    child<QLineEdit>(*dialog, "file")->setText(path);
    auto* passphrase = child<QLineEdit>(*dialog, "passphrase");
    auto* check = child<QPushButton>(*dialog, "check");
    auto* problem = child<QLabel>(*dialog, "problem");
    auto* manifest = child<QLabel>(*dialog, "manifest");
    QTest::keyClicks(passphrase, QStringLiteral("wrong"));
    QTest::mouseClick(check, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !problem->text().isEmpty(); }));
    CHECK(problem->text() == QStringLiteral("The passphrase does not open this backup."));
    CHECK_FALSE(manifest->isVisible());

    QTest::keyClicks(passphrase, QStringLiteral("backup passphrase"));
    QTest::mouseClick(check, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return manifest->isVisible(); }));
    CHECK(problem->text().isEmpty());
    CHECK(manifest->text().contains(QStringLiteral("On the device %1\n").arg(device)));
    CHECK(manifest->text().contains(QStringLiteral("Goals: 1, milestones: 0, categories: 0")));
    CHECK(manifest->text().contains(QStringLiteral("Records: 0, journal entries: 1, revisions: ")));
    saveScreenshots(*dialog, QStringLiteral("restore-manifest"));

    // The default: a new vault beside the current one; nothing is replaced.
    auto* target = child<QLineEdit>(*dialog, "target");
    CHECK(QDir::fromNativeSeparators(target->text()) == f.options.directory + QStringLiteral("-restored-2026-03-02"));
    const QString restored = f.tmp.filePath(QStringLiteral("restored"));
    target->setText(restored);
    QTest::mouseClick(child<QPushButton>(*dialog, "restoreNew"), Qt::LeftButton);
    auto* result = child<QLabel>(*dialog, "result");
    REQUIRE(waitUntil([&] { return !result->text().isEmpty() || !problem->text().isEmpty(); }));
    CHECK(problem->text().isEmpty());
    CHECK(f.window->session().isUnlocked());
    CHECK(f.goalsIn(restored, "backup passphrase") == 1);
    // Offered: open the restored vault (the window starts SelfTrack on it; the test takes the request).
    QString opened;
    QObject::disconnect(f.window.get(), &ui::MainWindow::openVaultRequested, nullptr, nullptr);
    QObject::connect(f.window.get(), &ui::MainWindow::openVaultRequested, [&](const QString& dir) { opened = dir; });
    auto* open = child<QPushButton>(*dialog, "open");
    REQUIRE(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    CHECK(opened == restored);

    // Replacing: asked once more, the vault locks, the previous vault is kept beside it.
    QString asked;
    ui::Confirm::setAnswerForTests([&](const QString& text) {
        asked = text;
        return true;
    });
    dialog = f.trigger<ui::RestoreDialog>("restoreAction");
    child<QLineEdit>(*dialog, "file")->setText(path);
    QTest::keyClicks(child<QLineEdit>(*dialog, "passphrase"), QStringLiteral("backup passphrase"));
    QTest::mouseClick(child<QPushButton>(*dialog, "check"), Qt::LeftButton);
    manifest = child<QLabel>(*dialog, "manifest");
    REQUIRE(waitUntil([&] { return manifest->isVisible(); }));
    QTest::mouseClick(child<QPushButton>(*dialog, "replace"), Qt::LeftButton);
    ui::Confirm::setAnswerForTests({});
    CHECK(asked.contains(QStringLiteral("The vault is locked first")));
    CHECK_FALSE(f.window->session().isUnlocked());
    dialog->reject(); // not while the vault folder may be moving
    CHECK(dialog->isVisible());
    result = child<QLabel>(*dialog, "result");
    problem = child<QLabel>(*dialog, "problem");
    REQUIRE(waitUntil([&] { return !result->text().isEmpty() || !problem->text().isEmpty(); }));
    CHECK(problem->text().isEmpty());
    CHECK(f.goalsIn(f.options.directory, "backup passphrase") == 1);
    const QStringList kept = QDir(f.tmp.path()).entryList({QStringLiteral("vault.before-restore-*")}, QDir::Dirs);
    REQUIRE(kept.size() == 1);
    CHECK(result->text().contains(kept.first()));
    CHECK(f.goalsIn(f.tmp.filePath(kept.first()), "vault passphrase") == 2);
}

TEST_CASE("scheduled backups run when due, keep the last N and show the last result", "[ui][backup][schedule]") {
    Backups f;
    const QString folder = f.tmp.filePath(QStringLiteral("auto"));
    REQUIRE(QDir().mkpath(folder));
    // Files the schedule did not write stay, whatever their age.
    // Another vault's scheduled backup in the same folder is not this one's to prune.
    for (const char* other : {"selftrack-2026-01-01.selftrack-backup", "selftrack-auto-notes.txt",
                              "selftrack-auto-othervlt-2026-01-01-120000.selftrack-backup"}) {
        QFile file(QDir(folder).filePath(QString::fromLatin1(other)));
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    ui::SettingsDialog* settings = f.window->showSettings();
    REQUIRE(settings);
    ui::BackupsPage* page = settings->backups();
    settings->tabs()->setCurrentWidget(page);
    auto* lastRun = child<QLabel>(*page, "lastRun");
    CHECK(lastRun->text() == QStringLiteral("No scheduled backup has run yet."));
    auto* schedule = child<QComboBox>(*page, "schedule");
    schedule->setCurrentIndex(schedule->findText(QStringLiteral("Daily")));
    child<QLineEdit>(*page, "folder")->setText(folder);
    child<QSpinBox>(*page, "keep")->setValue(2);
    auto* save = child<QPushButton>(*page, "saveSchedule");
    auto* problem = child<QLabel>(*page, "problem");
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(problem->text() == QStringLiteral("Type the passphrase for the scheduled backups."));
    CHECK(f.window->session().settings().backupSchedule == core::VaultSettings::BackupSchedule::Off);
    QTest::keyClicks(child<QLineEdit>(*page, "passphrase"), QStringLiteral("scheduled secret"));
    QTest::keyClicks(child<QLineEdit>(*page, "repeat"), QStringLiteral("scheduled secret"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(problem->text().isEmpty());
    REQUIRE(f.window->session().settings().backupSchedule == core::VaultSettings::BackupSchedule::Daily);

    ui::BackupScheduler& scheduler = f.window->backupScheduler();
    int runs = 0;
    QString lastError;
    QObject::connect(&scheduler, &ui::BackupScheduler::ran, [&](const QString& error) {
        ++runs;
        lastError = error;
    });
    const QString tag = ui::BackupScheduler::vaultTag((*f.window->session().vault())->deviceId());
    const auto scheduled = [&] {
        QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
        names.removeIf([&](const QString& n) { return !ui::BackupScheduler::isScheduledBackupName(n, tag); });
        return names;
    };
    // Due at once (none yet), then not again the same day, then once a day.
    for (int day = 0; day < 3; ++day) {
        REQUIRE(scheduler.checkNow());
        REQUIRE(waitUntil([&] { return runs == day + 1; }));
        CHECK(lastError.isEmpty());
        f.now = f.now.addSecs(3600);
        CHECK_FALSE(scheduler.checkNow());
        f.now = f.now.addSecs(23 * 3600);
    }
    const QStringList kept = scheduled();
    REQUIRE(kept.size() == 2);
    CHECK(kept.first().startsWith(QStringLiteral("selftrack-auto-%1-2026-03-03-").arg(tag)));
    CHECK(kept.last().startsWith(QStringLiteral("selftrack-auto-%1-2026-03-04-").arg(tag)));
    CHECK(QDir(folder).entryList(QDir::Files).size() == 5); // and the three others
    auto verified = core::BackupReader::verify(QDir(folder).filePath(kept.last()), test::pass("scheduled secret"));
    REQUIRE(verified);
    CHECK(verified->counts.goals == 1);
    CHECK(lastRun->text().startsWith(QStringLiteral("Last scheduled backup: ")));
    CHECK(lastRun->text().endsWith(QStringLiteral(", succeeded.")));
    saveScreenshots(*settings, QStringLiteral("settings-backups"));

    // The folder gone: the run fails, says so in Settings, and the earlier backups are untouched.
    const QString moved = f.tmp.filePath(QStringLiteral("auto-away"));
    REQUIRE(QDir().rename(folder, moved));
    REQUIRE(scheduler.checkNow());
    REQUIRE(waitUntil([&] { return runs == 4; }));
    CHECK(lastError.contains(QStringLiteral("does not exist")));
    CHECK(lastRun->text().contains(QStringLiteral(", failed: ")));
    CHECK(f.window->statusBar()->currentMessage().startsWith(QStringLiteral("The scheduled backup failed: ")));
    REQUIRE(QDir().rename(moved, folder));
    CHECK(scheduled() == kept);

    // The schedule and its last run are the vault's: they are there after locking and unlocking.
    const core::VaultSettings before = f.window->session().settings();
    f.window->lock();
    REQUIRE(f.window->session().unlock(f.options.directory, test::pass("vault passphrase")));
    REQUIRE(waitUntil([&] { return f.window->session().isUnlocked(); }));
    CHECK(f.window->session().settings() == before);

    // Off removes the stored passphrase, even with one typed in the fields.
    REQUIRE(f.window->session().backupPassphrase()->size() > 0);
    settings = f.window->showSettings();
    REQUIRE(settings);
    page = settings->backups();
    settings->tabs()->setCurrentWidget(page);
    schedule = child<QComboBox>(*page, "schedule");
    schedule->setCurrentIndex(schedule->findText(QStringLiteral("Off")));
    QTest::keyClicks(child<QLineEdit>(*page, "passphrase"), QStringLiteral("typed then switched off"));
    QTest::keyClicks(child<QLineEdit>(*page, "repeat"), QStringLiteral("typed then switched off"));
    QTest::mouseClick(child<QPushButton>(*page, "saveSchedule"), Qt::LeftButton);
    CHECK(f.window->session().settings().backupSchedule == core::VaultSettings::BackupSchedule::Off);
    CHECK(f.window->session().backupPassphrase()->size() == 0);
}
