// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace selftrack::core {
class VaultSession;
struct Error;
} // namespace selftrack::core

namespace selftrack::ui {

class PassphraseField;
class StrengthMeter;

// Changes the vault's passphrase: the current one, the new one twice and its strength. The KDF
// runs on the session's worker (VaultSession::changePassphrase) with a busy bar meanwhile; the
// typed text leaves the fields as SecureBuffers. Only the wrapped key in vault.json changes.
class PassphraseChangeForm : public QWidget {
    Q_OBJECT
public:
    PassphraseChangeForm(core::VaultSession& session, QWidget* parent = nullptr);

    // Starts the change when the input is acceptable (what the button and Enter do).
    void change();

Q_SIGNALS:
    void changed();

private:
    void updateState();
    void finished(bool ok, const QString& message);
    void setBusy(bool busy);

    core::VaultSession& m_session;
    PassphraseField* m_current = nullptr;
    PassphraseField* m_new = nullptr;
    PassphraseField* m_repeat = nullptr;
    StrengthMeter* m_strength = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_done = nullptr;
    QPushButton* m_change = nullptr;
    QProgressBar* m_busy = nullptr;
};

} // namespace selftrack::ui
