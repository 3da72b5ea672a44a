// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class MachineSettings;
class PassphraseField;
class StrengthMeter;

// Vault → Back up now: where to (default selftrack-YYYY-MM-DD.selftrack-backup in the folder
// used last) and the backup's passphrase, typed twice (the app does not keep the vault's, so the
// user types it again to use the same one, or another). The backup runs on a worker (BackupJob,
// parented to `jobOwner` so the window can wait for it before locking) with a progress bar; the
// dialog stays usable and shows the result. Children: "destination", "choose", "passphrase",
// "repeat", "backUp", "progress", "problem", "result".
class BackupDialog : public QDialog {
    Q_OBJECT
public:
    BackupDialog(core::VaultSession& session, MachineSettings& machine, QObject* jobOwner, QWidget* parent = nullptr);

    static QString defaultFileName(const QDate& date);

private:
    void start();
    void chooseDestination();

    core::VaultSession& m_session;
    MachineSettings& m_machine;
    QObject* m_jobOwner = nullptr;
    QLineEdit* m_destination = nullptr;
    PassphraseField* m_passphrase = nullptr;
    PassphraseField* m_repeat = nullptr;
    StrengthMeter* m_strength = nullptr;
    QPushButton* m_backUp = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace selftrack::ui
