// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tray/TrayIcon.h"

#include "core/domain/ContentStore.h"
#include "core/domain/GoalStats.h"
#include "core/progress/DueDays.h"
#include "core/stats/ProgressCache.h"
#include "core/vault/VaultSession.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"
#include "ui/reminders/ReminderScheduler.h"
#include "ui/undo/EditHistory.h"

#include <QApplication>
#include <QMenu>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace selftrack::ui {

TrayIcon::TrayIcon(MainWindow& window, ReminderScheduler& reminders, QObject* parent)
    : QObject(parent), m_window(window), m_session(window.session()), m_menu(std::make_unique<QMenu>()) {
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayIcon::refresh);
    connect(&m_session, &core::VaultSession::aboutToLock, this, &TrayIcon::buildLocked);
    // The tooltip follows the vault; without an icon nobody sees it, and the menu is rebuilt when
    // it opens. Never while the menu is open: its entries would vanish from under the pointer.
    auto follow = [this] {
        if (m_icon && !m_menu->isVisible())
            refresh();
    };
    connect(&m_session, &core::VaultSession::stateChanged, this, follow);
    connect(m_session.events(), &core::ContentEvents::changed, this, follow);
    connect(&reminders, &ReminderScheduler::reminderDue, this,
            [this](const QString&, const QString& title) { notify(title); });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        QIcon appIcon = QApplication::windowIcon();
        m_icon = new QSystemTrayIcon(appIcon.isNull() ? QIcon(QStringLiteral(":/icons/selftrack.svg")) : appIcon, this);
        m_icon->setContextMenu(m_menu.get());
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openToday);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                toggleWindow();
        });
    }
    refresh();
    if (m_icon)
        m_icon->show();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::refresh() {
    if (!m_session.isUnlocked()) {
        buildLocked();
        return;
    }
    m_menu->clear();
    const QList<core::Goal> open = openGoals();
    m_toolTip = tr("SelfTrack: %n to do today", nullptr, static_cast<int>(open.size()));
    m_menu->addSection(tr("Check in"));
    for (const core::Goal& goal : open.mid(0, kMaxCheckIns)) {
        const bool isCheck = goal.kind == core::GoalKind::Check;
        // An amount needs a number: Today takes it.
        QAction* action = m_menu->addAction(isCheck ? goal.title : tr("%1...").arg(goal.title));
        action->setObjectName(QStringLiteral("trayCheckIn"));
        action->setData(goal.id);
        if (isCheck)
            connect(action, &QAction::triggered, this, [this, goal] { checkIn(goal); });
        else
            connect(action, &QAction::triggered, this, &TrayIcon::openToday);
    }
    if (open.size() > kMaxCheckIns)
        m_menu->addAction(tr("More on Today..."), this, &TrayIcon::openToday);
    if (open.isEmpty())
        m_menu->addAction(tr("Nothing left for today"))->setEnabled(false);
    addWindowActions();
}

void TrayIcon::buildLocked() {
    m_menu->clear();
    m_toolTip = tr("SelfTrack is locked");
    QAction* locked = m_menu->addAction(m_toolTip, this, &TrayIcon::openToday);
    locked->setObjectName(QStringLiteral("trayLocked"));
    addWindowActions();
}

void TrayIcon::addWindowActions() {
    if (m_icon)
        m_icon->setToolTip(m_toolTip);
    m_menu->addSeparator();
    const bool shown = m_window.isVisible() && !m_window.isMinimized();
    QAction* window = m_menu->addAction(shown ? tr("&Hide window") : tr("&Show window"), this, &TrayIcon::toggleWindow);
    window->setObjectName(QStringLiteral("trayWindow"));
    QAction* lock = m_menu->addAction(tr("&Lock"), &m_window, &MainWindow::lock);
    lock->setObjectName(QStringLiteral("trayLock"));
    lock->setEnabled(m_session.isUnlocked());
    m_menu->addSeparator();
    QAction* quit = m_menu->addAction(tr("&Quit"), qApp, &QCoreApplication::quit);
    quit->setObjectName(QStringLiteral("trayQuit"));
}

QList<core::Goal> TrayIcon::openGoals() {
    QList<core::Goal> open;
    auto store = m_session.store();
    auto cache = m_session.progress();
    if (!store || !cache)
        return open;
    const core::ProgressContext context = m_session.progressContext();
    auto goals = (*store)->goals(false);
    auto figures = goals ? (*cache)->today(*goals, context) : core::Result<QList<core::GoalProgress>>();
    if (!goals || !figures)
        return open;
    const QDate today = context.today();
    for (qsizetype i = 0; i < goals->size(); ++i) {
        const core::Goal& goal = goals->at(i);
        if (figures->at(i).status != core::ProgressStatus::Done && core::isDueOn(core::GoalStats::ruleFor(goal), today))
            open.append(goal);
    }
    return open;
}

void TrayIcon::checkIn(const core::Goal& goal) {
    auto store = m_session.store();
    if (!store)
        return; // locked since the menu was built
    core::Record record;
    const QDateTime now = m_session.clock()().toLocalTime();
    record.goalId = goal.id;
    record.day = now.date();
    record.time = QTime(now.time().hour(), now.time().minute());
    record.utcOffsetMinutes = now.offsetFromUtc() / 60;
    auto added = (*store)->checkIn(record);
    if (!added) {
        m_window.statusBar()->showMessage(tr("Could not check in %1: %2").arg(goal.title, added.error().message), 8000);
        return;
    }
    m_window.history().wrote(tr("check-in of %1").arg(goal.title), added->id, QString(), added->headRev);
}

void TrayIcon::notify(const QString& title) {
    // The scheduler is silent while locked; checked again so no title can leak past a lock.
    if (!m_icon || !m_session.isUnlocked())
        return;
    m_icon->showMessage(tr("SelfTrack reminder"), tr("%1 is not done yet today.").arg(title), m_icon->icon(), 20000);
}

void TrayIcon::openToday() {
    m_window.showNormal();
    m_window.raise();
    m_window.activateWindow();
    if (m_session.isUnlocked())
        m_window.workspace()->showToday();
}

void TrayIcon::toggleWindow() {
    if (m_window.isVisible() && !m_window.isMinimized()) {
        m_window.hide();
        return;
    }
    m_window.showNormal();
    m_window.raise();
    m_window.activateWindow();
}

} // namespace selftrack::ui
