// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/crypto/Crypto.h"

#include "core/domain/Goal.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QStackedWidget;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class BackupDialog;
class BackupScheduler;
class EditHistory;
class RestoreDialog;
class GoalEditor;
class HistoryDialog;
class TrashDialog;
class IdleLock;
class ReminderScheduler;
class TrayIcon;
class ScreenLockWatcher;
class MachineSettings;
class SettingsDialog;
class UnlockPage;
class WelcomePage;
class Workspace;

// The application window: a stack of pages. Without a vault in `directory` it shows the welcome
// page (create), otherwise the unlock page; once unlocked, Today. Ctrl+L locks: the content is
// hidden, the keys wiped (VaultSession::lock) and the unlock page shown; so do the idle time and
// minimizing the window when the vault's settings ask for it. The window's geometry and the
// appearance are this computer's settings (MachineSettings), applied when the window is made.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Options {
        QString directory;       // the vault folder
        core::Argon2Params kdf;  // for a new vault (tests pass cheap ones)
        core::Clock clock;       // empty = the system clock
        QString machineSettings; // INI file of the per-machine settings; empty = QSettings' default
        QString screenLockBus;   // the D-Bus whose screen saver is watched; empty = the session bus
    };

    explicit MainWindow(const Options& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    core::VaultSession& session() { return *m_session; }
    EditHistory& history() { return *m_history; }
    IdleLock& idleLock() { return *m_idleLock; }
    ReminderScheduler& reminders() { return *m_reminders; }
    TrayIcon& tray() { return *m_tray; }
    // Locks the vault when the desktop locks its screen, if the vault's settings say so.
    ScreenLockWatcher& screenLock() { return *m_screenLock; }
    MachineSettings& machineSettings() { return *m_machine; }
    // The page shown: welcome, unlock, or (unlocked) the workspace's current view.
    QWidget* currentPage() const;
    Workspace* workspace() const { return m_workspace; }
    void lock();
    // Opens the goal editor (window-modal, not blocking): a new goal, or `goal` to edit. Returns
    // the open editor (the one already open, if any); null while locked.
    GoalEditor* editGoal(std::optional<core::Goal> goal);
    // Opens the history of an item (window-modal, not blocking); null while locked.
    HistoryDialog* showHistory(const QString& itemId);
    // Opens the trash (window-modal, not blocking); null while locked.
    TrashDialog* showTrash();
    // Opens the settings (window-modal, not blocking; the one already open, if any). While locked
    // only the appearance can be changed; null while unlocking.
    SettingsDialog* showSettings();
    // Vault → Back up now (window-modal, not blocking); null while locked.
    BackupDialog* showBackup();
    // Vault → Restore from backup (window-modal, not blocking; also while locked).
    RestoreDialog* showRestore();
    // The parent of every running backup, verify and restore (BackupJob). Locking waits for them:
    // core cannot stop a backup half-way, and a backup reads the open vault, so the keys are wiped
    // only once it is done (on aboutToLock, before anything else of the vault goes).
    QObject* backupJobs() const { return m_jobs; }
    BackupScheduler& backupScheduler() { return *m_scheduler; }

Q_SIGNALS:
    // The user asked to open the vault in `dir` (a restored one); the window starts SelfTrack on it.
    void openVaultRequested(const QString& dir);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void showPage(QWidget* page);

    core::VaultSession* m_session = nullptr;
    EditHistory* m_history = nullptr;
    IdleLock* m_idleLock = nullptr;
    QStackedWidget* m_pages = nullptr;
    WelcomePage* m_welcome = nullptr;
    UnlockPage* m_unlock = nullptr;
    Workspace* m_workspace = nullptr;
    QPointer<GoalEditor> m_editor;
    ReminderScheduler* m_reminders = nullptr;
    TrayIcon* m_tray = nullptr;
    ScreenLockWatcher* m_screenLock = nullptr;
    QPointer<SettingsDialog> m_settings;
    std::unique_ptr<MachineSettings> m_machine;
    QObject* m_jobs = nullptr;
    BackupScheduler* m_scheduler = nullptr;
    QString m_directory;
};

} // namespace selftrack::ui
