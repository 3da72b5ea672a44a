// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UiSupport.h"
#include "core/domain/ContentStore.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/today/TodayModel.h"
#include "ui/today/TodayPage.h"
#include "ui/vault/IdleLock.h"
#include "ui/vault/PassphraseStrength.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace selftrack;
using selftrack::test::saveScreenshot;
using selftrack::test::saveScreenshots;
using selftrack::test::uiApplication;
using selftrack::test::waitUntil;

namespace {
const QDateTime kNow(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);

core::RecordFilter ofGoal(const QString& goalId) {
    core::RecordFilter filter;
    filter.goalId = goalId;
    return filter;
}

ui::MainWindow::Options options(const QTemporaryDir& tmp) {
    ui::MainWindow::Options o;
    o.directory = tmp.filePath(QStringLiteral("vault"));
    o.kdf = test::cheapKdf();
    o.clock = core::fixedClock(kNow);
    return o;
}

template <typename T> T* child(QWidget& parent, const char* name) {
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

QLabel* problemOf(QWidget* page) {
    auto* label = page->findChild<QLabel*>(QStringLiteral("problem"));
    REQUIRE(label);
    return label;
}
} // namespace

TEST_CASE("passphrase strength grows with length and variety, and runs add little", "[ui][vault]") {
    using ui::PassphraseStrength;
    CHECK(PassphraseStrength::of(u"").level == PassphraseStrength::Level::Empty);
    CHECK(PassphraseStrength::of(u"abc").level == PassphraseStrength::Level::Weak);
    CHECK(PassphraseStrength::of(u"12345678").level == PassphraseStrength::Level::Weak);
    CHECK(PassphraseStrength::of(u"aaaaaaaaaaaaaaaaaaaa").bits < PassphraseStrength::of(u"q8#Lm2zV").bits);
    CHECK(PassphraseStrength::of(u"correct horse battery staple").level >= PassphraseStrength::Level::Good);
    CHECK(PassphraseStrength::of(u"Tr0ub4dor&3-Kx9!pQz").level == PassphraseStrength::Level::Strong);
}

TEST_CASE("a first run creates the vault from the welcome page, then lock and unlock with a retry", "[ui][vault]") {
    uiApplication();
    QTemporaryDir tmp;
    ui::MainWindow window(options(tmp));
    window.show();
    REQUIRE(window.currentPage()->objectName() == QStringLiteral("welcomePage"));
    QWidget* welcome = window.currentPage();
    auto* passphrase = child<QLineEdit>(*welcome, "passphrase");
    auto* repeat = child<QLineEdit>(*welcome, "repeatPassphrase");
    auto* create = child<QPushButton>(*welcome, "create");
    CHECK(passphrase->echoMode() == QLineEdit::Password);
    CHECK(child<QLabel>(*welcome, "warning")->text().contains(QStringLiteral("no way to recover")));

    // Too short, then two that differ: the button stays off and the page says why.
    QTest::keyClicks(passphrase, QStringLiteral("short"));
    CHECK_FALSE(create->isEnabled());
    CHECK(problemOf(welcome)->text().contains(QStringLiteral("at least 8")));
    QTest::keyClicks(passphrase, QStringLiteral(" but long enough"));
    QTest::keyClicks(repeat, QStringLiteral("short but long enougH"));
    CHECK_FALSE(create->isEnabled());
    CHECK(problemOf(welcome)->text().contains(QStringLiteral("differ")));
    CHECK(child<QProgressBar>(*welcome, "strength")->value() > 0);
    repeat->clear();
    QTest::keyClicks(repeat, QStringLiteral("short but long enough"));
    REQUIRE(create->isEnabled());
    saveScreenshots(window, QStringLiteral("welcome"));

    // Enter in the second field creates the vault; the KDF runs off the GUI thread.
    QTest::keyClick(repeat, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return window.session().isUnlocked(); }));
    CHECK(window.currentPage()->objectName() == QStringLiteral("todayPage"));
    CHECK(passphrase->text().isEmpty()); // the typed text left the field as a SecureBuffer
    CHECK(QFileInfo::exists(QDir(tmp.filePath(QStringLiteral("vault"))).filePath(QStringLiteral("vault.json"))));
    saveScreenshot(window, QStringLiteral("today-empty"));

    // Ctrl+L locks: keys wiped, the unlock page shown, the store unreachable.
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return !window.session().isUnlocked(); }));
    CHECK(window.session().store().error().code == core::ErrorCode::Locked);
    QWidget* unlock = window.currentPage();
    REQUIRE(unlock->objectName() == QStringLiteral("unlockPage"));

    auto* field = child<QLineEdit>(*unlock, "passphrase");
    QTest::keyClicks(field, QStringLiteral("wrong passphrase"));
    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return problemOf(unlock)->text().contains(QStringLiteral("Wrong passphrase")); }));
    CHECK_FALSE(window.session().isUnlocked());
    CHECK(field->isEnabled());
    saveScreenshots(window, QStringLiteral("unlock-wrong-passphrase"));

    QTest::keyClicks(field, QStringLiteral("short but long enough"));
    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return window.session().isUnlocked(); }));
    CHECK(window.currentPage()->objectName() == QStringLiteral("todayPage"));
}

TEST_CASE("the welcome page can start the new vault with sample data", "[ui][vault][sampledata]") {
    uiApplication();
    QTemporaryDir tmp;
    ui::MainWindow window(options(tmp));
    window.show();
    QWidget* welcome = window.currentPage();
    REQUIRE(welcome->objectName() == QStringLiteral("welcomePage"));
    auto* samples = child<QCheckBox>(*welcome, "sampleData");
    CHECK_FALSE(samples->isChecked()); // an empty vault unless asked
    QTest::keyClicks(child<QLineEdit>(*welcome, "passphrase"), QStringLiteral("sample passphrase"));
    QTest::keyClicks(child<QLineEdit>(*welcome, "repeatPassphrase"), QStringLiteral("sample passphrase"));
    samples->setFocus();
    QTest::keyClick(samples, Qt::Key_Space);
    REQUIRE(samples->isChecked());
    QTest::mouseClick(child<QPushButton>(*welcome, "create"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return window.session().isUnlocked(); }));

    auto* today = qobject_cast<ui::TodayPage*>(window.currentPage());
    REQUIRE(today);
    REQUIRE(waitUntil([&] { return today->model()->rowCount() == 5; }));
    CHECK((*window.session().store())->records(core::RecordFilter{})->size() > 200);
    // A daily habit with weeks behind it shows a streak or a best streak on Today.
    bool history = false;
    for (int row = 0; row < today->model()->rowCount(); ++row)
        history |= today->model()->progress(row).bestStreak > 1;
    CHECK(history);
    saveScreenshots(window, QStringLiteral("today-sample-data"));
}

TEST_CASE("Today lists the goals with today's figures and Space checks in", "[ui][today]") {
    uiApplication();
    QTemporaryDir tmp;
    const ui::MainWindow::Options o = options(tmp);
    {
        auto vault = core::Vault::create(o.directory, test::pass("passphrase!"), test::cheapKdf());
        REQUIRE(vault);
        core::ContentStore store((*vault)->database(), (*vault)->deviceId(), o.clock);
        core::Goal walk;
        walk.title = QStringLiteral("Walk");
        walk.startDate = QDate(2026, 2, 1);
        REQUIRE(store.addGoal(walk));
        core::Goal water;
        water.title = QStringLiteral("Water");
        water.kind = core::GoalKind::Amount;
        water.unit = QStringLiteral("ml");
        water.target = 2000;
        water.startDate = QDate(2026, 2, 1);
        REQUIRE(store.addGoal(water));
        core::Goal weekend; // due on Saturday and Sunday; 2026-03-01 is a Sunday
        weekend.title = QStringLiteral("Long run");
        weekend.weekdays = 0x60;
        weekend.startDate = QDate(2026, 2, 1);
        weekend.position = -1; // first in the goal list
        REQUIRE(store.addGoal(weekend));
        core::Goal weekdays; // Monday to Friday: not due today
        weekdays.title = QStringLiteral("Stretch");
        weekdays.weekdays = 0x1f;
        weekdays.startDate = QDate(2026, 2, 1);
        weekdays.position = -2;
        REQUIRE(store.addGoal(weekdays));
    }
    ui::MainWindow window(o);
    window.show();
    QWidget* unlock = window.currentPage();
    REQUIRE(unlock->objectName() == QStringLiteral("unlockPage"));
    QTest::keyClicks(child<QLineEdit>(*unlock, "passphrase"), QStringLiteral("passphrase!"));
    QTest::keyClick(child<QLineEdit>(*unlock, "passphrase"), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return window.session().isUnlocked(); }));

    auto* today = qobject_cast<ui::TodayPage*>(window.currentPage());
    REQUIRE(today);
    auto* list = child<QListView>(*today, "todayList");
    ui::TodayModel* model = today->model();
    // Due today first, in list order; the goal not due today last, said so, not "0%".
    REQUIRE(model->rowCount() == 4);
    CHECK(model->goal(0).title == QStringLiteral("Long run"));
    CHECK(model->goal(3).title == QStringLiteral("Stretch"));
    CHECK_FALSE(model->isDue(3));
    CHECK(model->data(model->index(3)).toString().contains(QStringLiteral("not due today")));
    // Drop the weekday goals from the rest of the test.
    for (int row : {3, 0})
        REQUIRE((*window.session().store())->remove(model->goal(row).id));
    REQUIRE(model->rowCount() == 2);
    CHECK(model->goal(0).title == QStringLiteral("Walk"));
    CHECK(model->progress(0).status == core::ProgressStatus::OnTrack); // the day is not over
    CHECK(model->data(model->index(0)).toString().contains(QStringLiteral("0/1")));

    // Space on the check goal: core records the check-in, the event updates the row.
    list->setCurrentIndex(model->index(0));
    QTest::keyClick(list, Qt::Key_Space);
    CHECK(model->progress(0).status == core::ProgressStatus::Done);
    CHECK(model->progress(0).currentStreak == 1);
    auto records = (*window.session().store())->records(ofGoal(model->goal(0).id));
    REQUIRE(records);
    REQUIRE(records->size() == 1);
    CHECK(records->first().day == QDate(2026, 3, 1));
    CHECK(records->first().value == 1.0);
    saveScreenshots(window, QStringLiteral("today"));
    // Space again takes the check-in back (to the trash, so it can be undone); once more checks in.
    QTest::keyClick(list, Qt::Key_Space);
    CHECK(model->progress(0).status == core::ProgressStatus::OnTrack);
    CHECK(model->progress(0).currentStreak == 0);
    CHECK((*window.session().store())->records(ofGoal(model->goal(0).id))->isEmpty());
    QTest::keyClick(list, Qt::Key_Space);
    CHECK(model->progress(0).status == core::ProgressStatus::Done);
    CHECK((*window.session().store())->records(ofGoal(model->goal(0).id))->size() == 1);

    // On the amount goal, typing a number goes to the value field and Enter logs it.
    list->setCurrentIndex(model->index(1));
    QTest::keyClicks(list, QStringLiteral("250"));
    auto* value = child<QLineEdit>(*today, "valueEntry");
    CHECK(value->hasFocus());
    CHECK(value->text() == QStringLiteral("250"));
    QTest::keyClick(value, Qt::Key_Return);
    auto water = (*window.session().store())->records(ofGoal(model->goal(1).id));
    REQUIRE(water->size() == 1);
    CHECK(water->first().value == 250.0);
    CHECK(model->progress(1).periodValue == 250.0);
    CHECK(list->currentIndex().row() == 1); // the selection survives the refresh
    CHECK(value->text().isEmpty());
    // An empty value is refused without writing.
    QTest::keyClick(list, Qt::Key_Space);
    QTest::keyClick(value, Qt::Key_Return);
    CHECK((*window.session().store())->records(ofGoal(model->goal(1).id))->size() == 1);

    // The journal line adds today's entry.
    auto* journal = child<QLineEdit>(*today, "journalLine");
    QTest::keyClicks(journal, QStringLiteral("Felt strong on the walk"));
    QTest::keyClick(journal, Qt::Key_Return);
    core::RecordFilter entries;
    entries.journalOnly = true;
    auto notes = (*window.session().store())->records(entries);
    REQUIRE(notes->size() == 1);
    CHECK(notes->first().note == QStringLiteral("Felt strong on the walk"));
    CHECK(notes->first().day == QDate(2026, 3, 1));
    CHECK(journal->text().isEmpty());
    saveScreenshot(window, QStringLiteral("today-after-logging"));
}

TEST_CASE("the vault locks itself after the idle time, and input keeps it open", "[ui][vault][autolock]") {
    uiApplication();
    QTemporaryDir tmp;
    QDateTime now = kNow;
    ui::MainWindow::Options o = options(tmp);
    o.clock = [&now] { return now; };
    ui::MainWindow window(o);
    window.show();
    REQUIRE(window.session().create(o.directory, test::pass("passphrase!"), test::cheapKdf()));
    REQUIRE(waitUntil([&] { return window.session().isUnlocked(); }));
    CHECK(window.idleLock().idleMinutes() == core::VaultSettings::kDefaultAutoLockMinutes);
    core::VaultSettings settings = window.session().settings();
    settings.autoLockMinutes = 5;
    REQUIRE(window.session().setSettings(settings));
    CHECK(window.idleLock().idleMinutes() == 5);

    now = now.addSecs(4 * 60);
    window.idleLock().check();
    CHECK(window.session().isUnlocked());
    QTest::keyClick(window.currentPage(), Qt::Key_Down); // input resets the idle time
    now = now.addSecs(4 * 60);
    window.idleLock().check();
    CHECK(window.session().isUnlocked());
    now = now.addSecs(60 + 1);
    window.idleLock().check();
    CHECK_FALSE(window.session().isUnlocked());
    CHECK(window.currentPage()->objectName() == QStringLiteral("unlockPage"));
    CHECK(window.session().store().error().code == core::ErrorCode::Locked);

    SECTION("0 minutes never locks") {
        REQUIRE(window.session().unlock(o.directory, test::pass("passphrase!")));
        REQUIRE(waitUntil([&] { return window.session().isUnlocked(); }));
        CHECK(window.idleLock().idleMinutes() == 5); // the vault's setting, read again at unlock
        settings.autoLockMinutes = 0;
        REQUIRE(window.session().setSettings(settings));
        now = now.addDays(2);
        window.idleLock().check();
        CHECK(window.session().isUnlocked());
    }
}
