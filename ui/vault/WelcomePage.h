// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/Crypto.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class PassphraseField;
class StrengthMeter;

// First run: creates the vault with a passphrase typed twice. Shows a strength meter and the
// warning that a lost passphrase cannot be recovered. The KDF runs on the session's worker; the
// page shows a busy bar meanwhile and the window stays responsive. Success is the session's
// unlocked() signal; a failure is shown on the page with the fields kept. "Start with sample data"
// fills the new vault with core's SampleData once it is open.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    WelcomePage(core::VaultSession& session, QString directory, core::Argon2Params params, QWidget* parent = nullptr);

    // Focuses the first field (when the page is shown).
    void activate();

private:
    void updateState();
    void create();
    void showFailure(const QString& message);
    void setBusy(bool busy);
    void addSamples();

    core::VaultSession& m_session;
    QString m_directory;
    core::Argon2Params m_params;
    PassphraseField* m_passphrase = nullptr;
    PassphraseField* m_repeat = nullptr;
    StrengthMeter* m_strength = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_create = nullptr;
    QProgressBar* m_busy = nullptr;
    QCheckBox* m_samples = nullptr;
    bool m_samplesPending = false; // set by create(), done by the next unlocked()
};

} // namespace selftrack::ui
