// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace selftrack::ui {

// The passphrase strength meter of the welcome page and the passphrase change: a bar and its
// word ("Weak" ... "Strong"), from PassphraseStrength. Its children are named "strength" (the
// bar) and "strengthLabel".
class StrengthMeter : public QWidget {
    Q_OBJECT
public:
    explicit StrengthMeter(QWidget* parent = nullptr);
    void setPassphrase(QStringView passphrase);
    int value() const;

private:
    QProgressBar* m_bar = nullptr;
    QLabel* m_label = nullptr;
};

} // namespace selftrack::ui
