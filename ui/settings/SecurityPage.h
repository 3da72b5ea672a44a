// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace selftrack::core {
class VaultSession;
struct VaultSettings;
} // namespace selftrack::core

namespace selftrack::ui {

class PassphraseChangeForm;
class VaultSettingsEditor;

// The settings dialog's Security tab: change the passphrase, auto-lock after N idle minutes
// (0 = never) and lock when the window is minimized. The two settings are the vault's.
class SecurityPage : public QWidget {
    Q_OBJECT
public:
    SecurityPage(core::VaultSession& session, VaultSettingsEditor* editor, QWidget* parent = nullptr);

    PassphraseChangeForm* passphraseForm() const { return m_passphrase; }

private:
    void show(const core::VaultSettings& settings);

    VaultSettingsEditor* m_editor = nullptr;
    PassphraseChangeForm* m_passphrase = nullptr;
    QSpinBox* m_autoLock = nullptr;
    QCheckBox* m_lockOnMinimize = nullptr;
    QCheckBox* m_lockOnScreenLock = nullptr;
};

} // namespace selftrack::ui
