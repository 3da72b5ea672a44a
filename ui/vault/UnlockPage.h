// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class PassphraseField;

// Later runs and after a lock: asks for the passphrase and unlocks on the session's worker (a busy
// bar meanwhile; the window stays responsive). A wrong passphrase is said so, and the user retries.
class UnlockPage : public QWidget {
    Q_OBJECT
public:
    UnlockPage(core::VaultSession& session, QString directory, QWidget* parent = nullptr);

    void activate();

private:
    void unlock();
    void setBusy(bool busy);

    core::VaultSession& m_session;
    QString m_directory;
    PassphraseField* m_passphrase = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_unlock = nullptr;
    QProgressBar* m_busy = nullptr;
};

} // namespace selftrack::ui
