// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTabWidget;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class AppearancePage;
class BackupsPage;
class GeneralPage;
class MachineSettings;
class SecurityPage;

// Settings (Preferences): Security and General hold the vault's settings, Appearance this
// computer's. Every change applies at once (there is no OK button to forget); the settings are
// not edits of Content, so they are not on the undo stack. Opened while the vault is locked, only
// Appearance is enabled; opened while unlocked, the window closes it when the vault locks.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(core::VaultSession& session, MachineSettings& machine, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    SecurityPage* security() const { return m_security; }
    GeneralPage* general() const { return m_general; }
    AppearancePage* appearance() const { return m_appearance; }
    BackupsPage* backups() const { return m_backups; }

private:
    QTabWidget* m_tabs = nullptr;
    SecurityPage* m_security = nullptr;
    GeneralPage* m_general = nullptr;
    AppearancePage* m_appearance = nullptr;
    BackupsPage* m_backups = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace selftrack::ui
