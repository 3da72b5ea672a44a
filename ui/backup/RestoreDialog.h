// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/BackupManifest.h"
#include "core/crypto/SecureBuffer.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class BackupJob;
class PassphraseField;

// Vault → Restore from backup: pick a file and type its passphrase; the whole file is checked on
// a worker (BackupReader::verify) and its manifest shown before anything is written. Then either
// restore into a new vault folder (the default, beside the current one) or, as a second, clearly
// worded choice confirmed once more, replace the current vault: the vault is locked first and the
// previous one kept beside it (BackupRestore::replaceVault). The passphrase waits in a
// SecureBuffer between the check and the restore. Children: "file", "passphrase", "check",
// "manifest", "target", "restoreNew", "replace", "open", "progress", "problem", "result".
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    RestoreDialog(core::VaultSession& session, QString vaultDir, QObject* jobOwner, QWidget* parent = nullptr);

    static QString manifestText(const core::BackupManifest& manifest);

    // Ignored while a check or restore runs: the vault folder may be moving (a replace), so the
    // window stays blocked until it is done.
    void reject() override;

Q_SIGNALS:
    // "Open it" after a restore into a new vault (the window starts SelfTrack on that folder).
    void openRequested(const QString& dir);

private:
    QWidget* pickStep();   // the file and its passphrase
    QWidget* decideStep(); // the manifest and the two ways to restore
    void check();
    void restoreNew();
    void replace();
    void busy(bool on);
    void follow(BackupJob* job); // shows its progress, then starts it

    core::VaultSession& m_session;
    QString m_vaultDir;
    QObject* m_jobOwner = nullptr;
    std::shared_ptr<core::SecureBuffer> m_passphrase;
    QString m_checkedFile;
    QStackedWidget* m_steps = nullptr;
    QLineEdit* m_file = nullptr;
    PassphraseField* m_passphraseField = nullptr;
    QPushButton* m_check = nullptr;
    QLabel* m_manifest = nullptr;
    QLineEdit* m_target = nullptr;
    QPushButton* m_restoreNew = nullptr;
    QPushButton* m_replace = nullptr;
    QPushButton* m_open = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace selftrack::ui
