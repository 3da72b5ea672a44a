// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace selftrack::core {
struct VaultSettings;
}

namespace selftrack::ui {

class VaultSettingsEditor;

// The settings dialog's General tab: reminders on or off and the first day of the week (the
// locale's or a chosen day), both the vault's. The week start moves every period figure.
class GeneralPage : public QWidget {
    Q_OBJECT
public:
    GeneralPage(VaultSettingsEditor* editor, QWidget* parent = nullptr);

private:
    void show(const core::VaultSettings& settings);

    VaultSettingsEditor* m_editor = nullptr;
    QCheckBox* m_reminders = nullptr;
    QComboBox* m_weekStart = nullptr;
};

} // namespace selftrack::ui
