// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UiSupport.h"
#include "core/domain/ContentStore.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/settings/GeneralPage.h"
#include "ui/settings/MachineSettings.h"
#include "ui/settings/SecurityPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/Theme.h"
#include "ui/today/TodayModel.h"
#include "ui/today/TodayPage.h"
#include "ui/vault/IdleLock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace selftrack;
using selftrack::test::saveScreenshots;
using selftrack::test::uiApplication;
using selftrack::test::waitUntil;

namespace {
const QDateTime kMonday(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);

template <typename T> T* child(QWidget& parent, const char* name) {
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// A window on a vault made in a temporary folder, unlocked, with its own per-machine settings file.
struct Unlocked {
    QTemporaryDir tmp;
    QDateTime now = kMonday;
    ui::MainWindow::Options options;
    std::unique_ptr<ui::MainWindow> window;

    explicit Unlocked(const std::function<void(core::ContentStore&)>& fill = {}) {
        uiApplication();
        options.directory = tmp.filePath(QStringLiteral("vault"));
        options.kdf = test::cheapKdf();
        options.clock = [this] { return now; };
        options.machineSettings = tmp.filePath(QStringLiteral("machine.ini"));
        {
            auto vault = core::Vault::create(options.directory, test::pass("first passphrase"), test::cheapKdf());
            REQUIRE(vault);
            core::ContentStore store((*vault)->database(), (*vault)->deviceId(), options.clock);
            if (fill)
                fill(store);
        }
        window = std::make_unique<ui::MainWindow>(options);
        window->show();
        unlock("first passphrase");
        REQUIRE(window->session().isUnlocked());
    }

    // Types `passphrase` on the unlock page; returns the unlock page's problem text (empty on success).
    QString unlock(const char* passphrase) {
        QWidget* page = window->currentPage();
        REQUIRE(page->objectName() == QStringLiteral("unlockPage"));
        auto* field = child<QLineEdit>(*page, "passphrase");
        auto* problem = child<QLabel>(*page, "problem");
        problem->clear();
        QTest::keyClicks(field, QString::fromUtf8(passphrase));
        QTest::keyClick(field, Qt::Key_Return);
        REQUIRE(waitUntil([&] { return window->session().isUnlocked() || !problem->text().isEmpty(); }));
        return window->session().isUnlocked() ? QString() : problem->text();
    }

    // The open settings dialog, if any (a closed one may wait for its deletion).
    ui::SettingsDialog* shownSettings() const {
        for (auto* dialog : window->findChildren<ui::SettingsDialog*>())
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    }

    ui::SettingsDialog* openSettings() {
        window->activateWindow(); // shortcuts go to the active window (a closed dialog was)
        REQUIRE(waitUntil([&] { return QApplication::activeWindow() == window.get(); }));
        QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier); // Preferences
        ui::SettingsDialog* dialog = shownSettings();
        REQUIRE(dialog);
        return dialog;
    }

    void lock() {
        // The window-modal settings block the window's keys; locking (as the idle time does) closes them.
        if (shownSettings())
            window->lock();
        else
            QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        REQUIRE_FALSE(window->session().isUnlocked());
    }
};
} // namespace

TEST_CASE("the passphrase changes in the settings, then only the new one unlocks", "[ui][settings][passphrase]") {
    Unlocked f;
    ui::SettingsDialog* dialog = f.openSettings();
    QWidget& security = *dialog->tabs()->currentWidget();
    REQUIRE(security.objectName() == QStringLiteral("securityPage"));
    auto* current = child<QLineEdit>(security, "currentPassphrase");
    auto* next = child<QLineEdit>(security, "newPassphrase");
    auto* repeat = child<QLineEdit>(security, "repeatPassphrase");
    auto* change = child<QPushButton>(security, "changePassphrase");
    auto* problem = child<QLabel>(security, "problem");
    auto* done = child<QLabel>(security, "done");
    CHECK_FALSE(change->isEnabled());

    // Too short, then different: refused before any KDF runs, and the form says why.
    QTest::keyClicks(current, QStringLiteral("not the passphrase"));
    QTest::keyClicks(next, QStringLiteral("short"));
    CHECK(problem->text().contains(QStringLiteral("at least 8")));
    QTest::keyClicks(next, QStringLiteral(" and sweet"));
    QTest::keyClicks(repeat, QStringLiteral("short and sweeT"));
    CHECK(problem->text().contains(QStringLiteral("differ")));
    CHECK_FALSE(change->isEnabled());
    CHECK(child<QProgressBar>(security, "strength")->value() > 0);
    repeat->clear();
    QTest::keyClicks(repeat, QStringLiteral("short and sweet"));
    REQUIRE(change->isEnabled());
    saveScreenshots(*dialog, QStringLiteral("settings-security"));

    // A wrong current passphrase: the worker says so, nothing changes, the fields are cleared.
    QTest::keyClick(repeat, Qt::Key_Return);
    CHECK(f.window->session().isChangingPassphrase());
    CHECK_FALSE(current->isEnabled()); // busy
    REQUIRE(waitUntil([&] { return !f.window->session().isChangingPassphrase() && current->isEnabled(); }));
    CHECK(problem->text().contains(QStringLiteral("current passphrase is wrong")));
    CHECK(current->text().isEmpty());
    CHECK(next->text().isEmpty());
    CHECK(core::Vault::open(f.options.directory, test::pass("first passphrase")));

    QTest::keyClicks(current, QStringLiteral("first passphrase"));
    QTest::keyClicks(next, QStringLiteral("second passphrase"));
    QTest::keyClicks(repeat, QStringLiteral("second passphrase"));
    QTest::mouseClick(change, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !done->text().isEmpty() || !problem->text().isEmpty(); }));
    CHECK(problem->text().isEmpty());
    CHECK(done->text().contains(QStringLiteral("changed")));
    CHECK(f.window->session().isUnlocked()); // the open vault went on
    saveScreenshots(*dialog, QStringLiteral("settings-passphrase-changed"));

    // Locking closes the dialog; the old passphrase is refused, the new one opens.
    f.lock();
    CHECK(f.shownSettings() == nullptr);
    CHECK(f.unlock("first passphrase").contains(QStringLiteral("Wrong passphrase")));
    CHECK(f.unlock("second passphrase").isEmpty());
    CHECK(f.window->currentPage()->objectName() == QStringLiteral("todayPage"));
}

TEST_CASE("the auto-lock minutes and lock on minimize set in the settings are honoured", "[ui][settings][autolock]") {
    Unlocked f;
    ui::SettingsDialog* dialog = f.openSettings();
    auto* minutes = child<QSpinBox>(*dialog, "autoLockMinutes");
    CHECK(minutes->value() == core::VaultSettings::kDefaultAutoLockMinutes);
    minutes->selectAll();
    QTest::keyClicks(minutes, QStringLiteral("3"));
    CHECK(f.window->session().settings().autoLockMinutes == 3);
    CHECK(f.window->idleLock().idleMinutes() == 3);
    dialog->reject();

    // The injected clock moves; no input in between.
    f.now = f.now.addSecs(3 * 60 - 1);
    f.window->idleLock().check();
    CHECK(f.window->session().isUnlocked());
    f.now = f.now.addSecs(2);
    f.window->idleLock().check();
    REQUIRE_FALSE(f.window->session().isUnlocked());
    CHECK(f.window->currentPage()->objectName() == QStringLiteral("unlockPage"));

    // Kept in the vault: still 3 after unlocking. "Never" (0) keeps it open for days.
    REQUIRE(f.unlock("first passphrase").isEmpty());
    CHECK(f.window->idleLock().idleMinutes() == 3);
    dialog = f.openSettings();
    minutes = child<QSpinBox>(*dialog, "autoLockMinutes");
    CHECK(minutes->value() == 3);
    minutes->setFocus();
    QTest::keyClick(minutes, Qt::Key_Down);
    QTest::keyClick(minutes, Qt::Key_Down);
    QTest::keyClick(minutes, Qt::Key_Down);
    CHECK(minutes->text() == QStringLiteral("Never"));
    CHECK(f.window->session().settings().autoLockMinutes == 0);
    f.now = f.now.addDays(3);
    f.window->idleLock().check();
    CHECK(f.window->session().isUnlocked());

    // Lock on minimize: off by default, then on.
    f.window->showMinimized();
    CHECK(f.window->session().isUnlocked());
    f.window->showNormal();
    REQUIRE(f.window->session().isUnlocked());
    dialog = f.openSettings();
    auto* onMinimize = child<QCheckBox>(*dialog, "lockOnMinimize");
    onMinimize->click();
    CHECK(f.window->session().settings().lockOnMinimize);
    dialog->reject();
    f.window->showMinimized();
    CHECK_FALSE(f.window->session().isUnlocked());
    f.window->showNormal();
}

TEST_CASE("the week start from the settings moves a weekly goal's figure on Today and stays in the vault",
          "[ui][settings][week]") {
    Unlocked f([](core::ContentStore& store) {
        core::Goal weekly;
        weekly.title = QStringLiteral("Swim");
        weekly.period = core::Period::Week;
        weekly.target = 3;
        weekly.startDate = QDate(2026, 2, 1);
        auto goal = store.addGoal(weekly);
        REQUIRE(goal);
        // Saturday, Sunday and Monday (today): a week from Monday holds one, from Sunday two,
        // from Saturday three.
        for (const QDate day : {QDate(2026, 2, 28), QDate(2026, 3, 1), QDate(2026, 3, 2)}) {
            core::Record r;
            r.goalId = goal->id;
            r.day = day;
            r.value = 1.0;
            REQUIRE(store.checkIn(r));
        }
    });
    auto* today = qobject_cast<ui::TodayPage*>(f.window->currentPage());
    REQUIRE(today);
    ui::TodayModel* model = today->model();
    REQUIRE(model->rowCount() == 1);

    ui::SettingsDialog* dialog = f.openSettings();
    dialog->tabs()->setCurrentWidget(dialog->findChild<QWidget*>(QStringLiteral("generalPage")));
    auto* weekStart = child<QComboBox>(*dialog, "weekStart");
    const auto choose = [&](Qt::DayOfWeek day) {
        weekStart->setCurrentIndex(weekStart->findData(static_cast<int>(day)));
        CHECK(f.window->session().settings().weekStart == day);
    };
    choose(Qt::Monday);
    CHECK(model->progress(0).periodValue == 1.0);
    choose(Qt::Sunday);
    CHECK(model->progress(0).periodValue == 2.0); // Today refreshed at once
    choose(Qt::Saturday);
    CHECK(model->progress(0).periodValue == 3.0);
    CHECK(model->progress(0).status == core::ProgressStatus::Done);
    choose(Qt::Sunday);
    saveScreenshots(*dialog, QStringLiteral("settings-general"));

    // Reminders off, then lock and unlock: both settings come back from the vault.
    auto* reminders = child<QCheckBox>(*dialog, "reminders");
    CHECK(reminders->isChecked());
    reminders->click();
    CHECK_FALSE(f.window->session().settings().remindersEnabled);
    f.lock();
    CHECK(f.window->session().settings() == core::VaultSettings{});
    REQUIRE(f.unlock("first passphrase").isEmpty());
    CHECK(f.window->session().settings().weekStart == Qt::Sunday);
    CHECK_FALSE(f.window->session().settings().remindersEnabled);
    CHECK(model->progress(0).periodValue == 2.0);
    dialog = f.openSettings();
    CHECK(child<QComboBox>(*dialog, "weekStart")->currentData().toInt() == Qt::Sunday);
    CHECK_FALSE(child<QCheckBox>(*dialog, "reminders")->isChecked());
    // "As the region sets it" goes back to the locale.
    weekStart = child<QComboBox>(*dialog, "weekStart");
    weekStart->setCurrentIndex(0);
    CHECK_FALSE(f.window->session().settings().weekStart);
    CHECK(f.window->session().progressContext().weekStart == QLocale::system().firstDayOfWeek());
}

TEST_CASE("the dark appearance applies to the whole application and is remembered on this computer",
          "[ui][settings][theme]") {
    struct BackToSystem { // whatever happens below, later tests see the usual look
        ~BackToSystem() { ui::Theme::apply(ui::Theme::Appearance::System); }
    } backToSystem;
    Unlocked f;
    const QPalette before = QApplication::palette();
    const QString styleBefore = QApplication::style()->name();
    ui::SettingsDialog* dialog = f.openSettings();
    dialog->tabs()->setCurrentWidget(dialog->findChild<QWidget*>(QStringLiteral("appearancePage")));
    auto* theme = child<QComboBox>(*dialog, "theme");
    theme->setCurrentIndex(theme->findData(static_cast<int>(ui::Theme::Appearance::Dark)));
    CHECK(ui::Theme::current() == ui::Theme::Appearance::Dark);
    CHECK(QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0);
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);
    CHECK(QApplication::palette().color(QPalette::WindowText).lightness() > 200);
    // Every widget follows, the open ones included.
    CHECK(f.window->currentPage()->palette().color(QPalette::Base).lightness() < 80);
    CHECK(dialog->palette().color(QPalette::Window) == QApplication::palette().color(QPalette::Window));

    auto* language = child<QComboBox>(*dialog, "language");
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    saveScreenshots(*dialog, QStringLiteral("settings-appearance"));
    CHECK(ui::Theme::current() == ui::Theme::Appearance::Dark); // the helper restored it
    dialog->reject();

    // The choice is this computer's: a new window on the same settings file starts dark, at the
    // size the last one closed with.
    f.window->resize(760, 520);
    f.window->close();
    f.window.reset();
    ui::Theme::apply(ui::Theme::Appearance::System);
    CHECK(QApplication::palette().color(QPalette::Window) == before.color(QPalette::Window));
    {
        ui::MachineSettings machine(f.options.machineSettings);
        CHECK(machine.appearance() == ui::Theme::Appearance::Dark);
        CHECK(machine.language() == QStringLiteral("de"));
    }
    ui::MainWindow again(f.options);
    CHECK(ui::Theme::current() == ui::Theme::Appearance::Dark);
    CHECK(again.size() == QSize(760, 520));
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);

    // "As the system" brings back the style and palette the application started with.
    ui::Theme::apply(ui::Theme::Appearance::System);
    CHECK(QApplication::style()->name() == styleBefore);
    CHECK(QApplication::palette().color(QPalette::Window) == before.color(QPalette::Window));
    CHECK(QApplication::palette().color(QPalette::Text) == before.color(QPalette::Text));
}

TEST_CASE("while the vault is locked the settings offer this computer's appearance only", "[ui][settings][theme]") {
    struct BackToSystem {
        ~BackToSystem() { ui::Theme::apply(ui::Theme::Appearance::System); }
    } backToSystem;
    Unlocked f;
    f.lock();
    ui::SettingsDialog* dialog = f.openSettings();
    QTabWidget* tabs = dialog->tabs();
    CHECK_FALSE(tabs->isTabEnabled(tabs->indexOf(dialog->security())));
    CHECK_FALSE(tabs->isTabEnabled(tabs->indexOf(dialog->general())));
    REQUIRE(tabs->currentWidget()->objectName() == QStringLiteral("appearancePage"));
    auto* theme = child<QComboBox>(*dialog, "theme");
    theme->setCurrentIndex(theme->findData(static_cast<int>(ui::Theme::Appearance::Dark)));
    CHECK(ui::Theme::current() == ui::Theme::Appearance::Dark);
    CHECK(ui::MachineSettings(f.options.machineSettings).appearance() == ui::Theme::Appearance::Dark);
    saveScreenshots(*f.window, QStringLiteral("unlock"));
    dialog->reject();
    // Unlocking works as before, and the settings then open whole.
    REQUIRE(f.unlock("first passphrase").isEmpty());
    dialog = f.openSettings();
    CHECK(dialog->tabs()->isTabEnabled(0));
    CHECK(dialog->tabs()->isTabEnabled(1));
}
