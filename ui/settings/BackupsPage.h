// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vault/VaultSettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class PassphraseField;
class StrengthMeter;
class VaultSettingsEditor;

// Settings → Backups: the vault's backup schedule (off, daily, weekly), the folder, how many
// scheduled backups to keep, and the time and result of the last run. Turning the schedule on
// asks once for the backup passphrase, which is kept inside the encrypted vault (docs/security.md)
// so scheduled runs need no typing; "Save schedule" applies the fields together. Children:
// "schedule", "folder", "keep", "passphrase", "repeat", "saveSchedule", "lastRun", "problem".
class BackupsPage : public QWidget {
    Q_OBJECT
public:
    BackupsPage(core::VaultSession& session, VaultSettingsEditor* editor, QWidget* parent = nullptr);

    static QString lastRunText(const core::VaultSettings& settings);

private:
    void show(const core::VaultSettings& settings);
    void save();

    core::VaultSession& m_session;
    VaultSettingsEditor* m_editor = nullptr;
    QComboBox* m_schedule = nullptr;
    QLineEdit* m_folder = nullptr;
    QSpinBox* m_keep = nullptr;
    PassphraseField* m_passphrase = nullptr;
    PassphraseField* m_repeat = nullptr;
    StrengthMeter* m_strength = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_lastRun = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace selftrack::ui
