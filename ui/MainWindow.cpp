// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/vault/Vault.h"
#include "core/vault/VaultSession.h"
#include "ui/Workspace.h"
#include "ui/backup/BackupDialog.h"
#include "ui/backup/BackupJob.h"
#include "ui/backup/BackupScheduler.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/goals/GoalSidebar.h"
#include "ui/goals/editor/GoalEditor.h"
#include "ui/history/HistoryDialog.h"
#include "ui/reminders/ReminderScheduler.h"
#include "ui/settings/MachineSettings.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/Theme.h"
#include "ui/trash/TrashDialog.h"
#include "ui/tray/TrayIcon.h"
#include "ui/undo/EditHistory.h"
#include "ui/vault/IdleLock.h"
#include "ui/vault/ScreenLockWatcher.h"
#include "ui/vault/UnlockPage.h"
#include "ui/vault/WelcomePage.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QProcess>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoStack>

namespace selftrack::ui {

MainWindow::MainWindow(const Options& options, QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SelfTrack"));
    m_machine = std::make_unique<MachineSettings>(options.machineSettings);
    if (const Theme::Appearance appearance = m_machine->appearance(); appearance != Theme::current())
        Theme::apply(appearance);
    m_session = new core::VaultSession(options.clock ? options.clock : core::systemClock(), this);
    m_directory = options.directory;
    m_jobs = new QObject(this);
    m_jobs->setObjectName(QStringLiteral("backupJobs"));
    // First of all aboutToLock listeners: a running backup reads the vault, so it finishes first.
    connect(m_session, &core::VaultSession::aboutToLock, this, [this] {
        for (BackupJob* job : m_jobs->findChildren<BackupJob*>(Qt::FindDirectChildrenOnly))
            job->wait();
    });
    m_pages = new QStackedWidget(this);
    m_welcome = new WelcomePage(*m_session, options.directory, options.kdf, m_pages);
    m_unlock = new UnlockPage(*m_session, options.directory, m_pages);
    m_history = new EditHistory(*m_session, this);
    m_idleLock = new IdleLock(*m_session, this);
    m_workspace = new Workspace(*m_session, m_history, m_pages);
    for (QWidget* page :
         {static_cast<QWidget*>(m_welcome), static_cast<QWidget*>(m_unlock), static_cast<QWidget*>(m_workspace)})
        m_pages->addWidget(page);
    connect(m_workspace, &Workspace::editRequested, this, [this](const core::Goal& goal) { editGoal(goal); });
    connect(m_workspace, &Workspace::historyRequested, this, &MainWindow::showHistory);
    setCentralWidget(m_pages);

    QMenu* vaultMenu = menuBar()->addMenu(tr("&Vault"));
    auto* lockAction = vaultMenu->addAction(tr("&Lock"), this, &MainWindow::lock);
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setEnabled(false);
    vaultMenu->addSeparator();
    auto* backupAction = vaultMenu->addAction(tr("&Back up now..."), this, [this] { showBackup(); });
    backupAction->setObjectName(QStringLiteral("backupAction"));
    auto* restoreAction = vaultMenu->addAction(tr("&Restore from backup..."), this, [this] { showRestore(); });
    restoreAction->setObjectName(QStringLiteral("restoreAction"));
    vaultMenu->addSeparator();
    auto* quit = vaultMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_history->stack()->createUndoAction(this); // Qt's "Undo %1", translated by Qt
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_history->stack()->createRedoAction(this);
    redo->setObjectName(QStringLiteral("redoAction"));
    // The platform's redo keys, plus both common ones wherever the platform names only one.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    redo->setShortcuts(redoKeys);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    auto* settingsAction = editMenu->addAction(tr("&Settings..."), this, [this] { showSettings(); });
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    // The platform's keys where it has some (Ctrl+, on macOS and KDE); Ctrl+, everywhere.
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (const QKeySequence comma(Qt::CTRL | Qt::Key_Comma); !settingsKeys.contains(comma))
        settingsKeys.append(comma);
    settingsAction->setShortcuts(settingsKeys);
    connect(m_history, &EditHistory::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Could not undo or redo: %1").arg(message), 8000);
    });

    QMenu* goalMenu = menuBar()->addMenu(tr("&Goal"));
    auto* newGoal = goalMenu->addAction(tr("&New goal..."), this, [this] { editGoal(std::nullopt); });
    newGoal->setObjectName(QStringLiteral("newGoalAction"));
    newGoal->setShortcut(QKeySequence::New);
    auto* editGoalAction = goalMenu->addAction(tr("&Edit goal..."), this, [this] {
        if (auto goal = m_workspace->currentGoal())
            this->editGoal(*goal);
    });
    editGoalAction->setObjectName(QStringLiteral("editGoalAction"));
    editGoalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    auto* historyAction = goalMenu->addAction(tr("&History..."), this, [this] {
        if (const QString id = m_workspace->currentItemId(); !id.isEmpty())
            showHistory(id);
    });
    historyAction->setObjectName(QStringLiteral("historyAction"));
    historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    auto* trashAction = vaultMenu->addAction(tr("&Trash..."), this, [this] { showTrash(); });
    trashAction->setObjectName(QStringLiteral("trashAction"));
    trashAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    vaultMenu->insertAction(quit, trashAction);
    vaultMenu->insertSeparator(quit);

    QMenu* viewMenu = menuBar()->addMenu(tr("V&iew"));
    auto* todayAction = viewMenu->addAction(tr("&Today"), m_workspace, &Workspace::showToday);
    todayAction->setObjectName(QStringLiteral("todayAction"));
    todayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    auto* journalAction = viewMenu->addAction(tr("&Journal"), m_workspace, &Workspace::showJournal);
    journalAction->setObjectName(QStringLiteral("journalAction"));
    journalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    auto* goalsAction = viewMenu->addAction(
        tr("&Goals list"), this, [this] { m_workspace->sidebar()->tree()->setFocus(Qt::ShortcutFocusReason); });
    goalsAction->setObjectName(QStringLiteral("goalsAction"));
    goalsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    const QList<QAction*> vaultActions{newGoal,     editGoalAction, historyAction, trashAction,
                                       todayAction, journalAction,  goalsAction,   backupAction};
    for (QAction* action : vaultActions)
        action->setEnabled(false);
    connect(m_session, &core::VaultSession::stateChanged, this, [vaultActions](core::VaultSession::State s) {
        for (QAction* action : vaultActions)
            action->setEnabled(s == core::VaultSession::State::Unlocked);
    });
    connect(m_session, &core::VaultSession::aboutToLock, this, [this] {
        if (m_editor)
            m_editor->reject(); // nothing of the vault stays on screen
        if (m_settings)
            m_settings->reject();
    });

    connect(m_session, &core::VaultSession::unlocked, this, [this, lockAction] {
        lockAction->setEnabled(true);
        showPage(m_workspace);
        statusBar()->showMessage(tr("Unlocked"), 3000);
    });
    connect(m_session, &core::VaultSession::locked, this, [this, lockAction] {
        lockAction->setEnabled(false);
        showPage(m_unlock);
        statusBar()->showMessage(tr("Locked"), 3000);
    });

    const bool exists = QFileInfo::exists(QDir(options.directory).filePath(QLatin1String(core::Vault::kHeaderFile)));
    showPage(exists ? static_cast<QWidget*>(m_unlock) : static_cast<QWidget*>(m_welcome));
    if (const QByteArray geometry = m_machine->windowGeometry(); geometry.isEmpty() || !restoreGeometry(geometry))
        resize(900, 640);
    // Reminders follow the vault's setting: read at unlock (connected before the scheduler's own
    // unlock check, so a vault with reminders off fires none) and changed in Settings.
    connect(m_session, &core::VaultSession::unlocked, this,
            [this] { m_reminders->setEnabled(m_session->settings().remindersEnabled); });
    m_reminders = new ReminderScheduler(*m_session, this);
    m_scheduler = new BackupScheduler(*m_session, m_jobs, this);
    connect(m_scheduler, &BackupScheduler::ran, this, [this](const QString& error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("The scheduled backup failed: %1").arg(error), 15000);
    });
    // Another vault opens in a window of its own: SelfTrack started on that folder (one instance
    // per vault, SingleInstance).
    connect(this, &MainWindow::openVaultRequested, this, [](const QString& dir) {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--vault"), dir});
    });
    m_tray = new TrayIcon(*this, *m_reminders, this);
    m_screenLock = new ScreenLockWatcher(options.screenLockBus, this);
    connect(m_screenLock, &ScreenLockWatcher::screenLocked, this, [this] {
        if (m_session->isUnlocked() && m_session->settings().lockOnScreenLock)
            lock();
    });
    connect(m_session, &core::VaultSession::settingsChanged, m_reminders,
            [this](const core::VaultSettings& settings) { m_reminders->setEnabled(settings.remindersEnabled); });
}

MainWindow::~MainWindow() {
    // Lock while the pages and models are alive (they drop what they hold on aboutToLock), then
    // cut the session off: it outlives this destructor's body as a child object.
    m_session->lock();
    m_session->disconnect();
}

QWidget* MainWindow::currentPage() const {
    if (m_pages->currentWidget() == m_workspace)
        return m_workspace->currentView();
    return m_pages->currentWidget();
}

void MainWindow::lock() {
    m_session->lock();
}

GoalEditor* MainWindow::editGoal(std::optional<core::Goal> goal) {
    if (!m_session->isUnlocked() || m_editor)
        return m_editor;
    const QString beforeRev = goal ? goal->headRev : QString();
    const bool isNew = !goal;
    m_editor = new GoalEditor(*m_session, std::move(goal), m_session->clock()().toLocalTime().date(), this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &QDialog::finished, this, [this] { m_editor = nullptr; }); // deleted later
    connect(m_editor, &QDialog::accepted, this, [this, editor = m_editor.data(), beforeRev, isNew] {
        const std::optional<core::Goal>& saved = editor->saved();
        if (saved && saved->headRev != beforeRev)
            m_history->wrote(isNew ? tr("new goal %1").arg(saved->title) : tr("edit of %1").arg(saved->title),
                             saved->id, beforeRev, saved->headRev);
    });
    m_editor->open();
    return m_editor;
}

HistoryDialog* MainWindow::showHistory(const QString& itemId) {
    if (!m_session->isUnlocked())
        return nullptr;
    auto* dialog = new HistoryDialog(*m_session, m_history, itemId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

TrashDialog* MainWindow::showTrash() {
    if (!m_session->isUnlocked())
        return nullptr;
    auto* dialog = new TrashDialog(*m_session, m_history, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

SettingsDialog* MainWindow::showSettings() {
    if (m_settings || m_session->state() == core::VaultSession::State::Unlocking)
        return m_settings;
    m_settings = new SettingsDialog(*m_session, *m_machine, this);
    m_settings->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settings, &QDialog::finished, this, [this] { m_settings = nullptr; }); // deleted later
    m_settings->open();
    return m_settings;
}

BackupDialog* MainWindow::showBackup() {
    if (!m_session->isUnlocked())
        return nullptr;
    auto* dialog = new BackupDialog(*m_session, *m_machine, m_jobs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_session, &core::VaultSession::aboutToLock, dialog, &QDialog::reject);
    dialog->open();
    return dialog;
}

RestoreDialog* MainWindow::showRestore() {
    auto* dialog = new RestoreDialog(*m_session, m_directory, m_jobs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreDialog::openRequested, this, &MainWindow::openVaultRequested);
    dialog->open();
    return dialog;
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange && isMinimized() && m_session->settings().lockOnMinimize)
        lock();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_machine->setWindowGeometry(saveGeometry());
    m_machine->sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::showPage(QWidget* page) {
    m_pages->setCurrentWidget(page);
    if (page == m_welcome)
        m_welcome->activate();
    else if (page == m_unlock)
        m_unlock->activate();
    else if (page == m_workspace)
        m_workspace->activate();
}

} // namespace selftrack::ui
