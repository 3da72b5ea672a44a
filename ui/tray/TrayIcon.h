// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Goal.h"

#include <QList>
#include <QObject>

#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class MainWindow;
class ReminderScheduler;

// The app in the system tray: the icon, a tooltip, and a menu with quick check-in (check goals due
// today and not done are checked in at once; an amount goal opens Today), Show/Hide window, Lock
// and Quit; the scheduler's reminders become desktop notifications, and clicking one opens Today.
// While the vault is locked nothing of it shows: no titles, just "SelfTrack is locked". Where the
// desktop has no system tray (icon() is null) the menu is still built but never shown, and
// reminders are not shown. Owned by the window, GUI thread.
class TrayIcon : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxCheckIns = 15;

    TrayIcon(MainWindow& window, ReminderScheduler& reminders, QObject* parent = nullptr);
    ~TrayIcon() override;

    QMenu* menu() const { return m_menu.get(); }
    QSystemTrayIcon* icon() const { return m_icon; }
    QString toolTip() const { return m_toolTip; }
    // Rebuilds the menu and tooltip from the vault: when the menu opens, and with an icon on every
    // change and unlock. Locking clears them at once.
    void refresh();
    // Shows the window on Today (the unlock page while locked).
    void openToday();

private:
    // The goals quick check-in offers: due today, not done, in the goal list's order.
    QList<core::Goal> openGoals();
    void buildLocked();
    void addWindowActions();
    void checkIn(const core::Goal& goal);
    void notify(const QString& title);
    void toggleWindow();

    MainWindow& m_window;
    core::VaultSession& m_session;
    std::unique_ptr<QMenu> m_menu; // a top-level widget, so not in a parent tree
    QSystemTrayIcon* m_icon = nullptr;
    QString m_toolTip;
};

} // namespace selftrack::ui
