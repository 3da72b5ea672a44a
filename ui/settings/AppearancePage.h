// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;

namespace selftrack::ui {

class MachineSettings;

// The settings dialog's Appearance tab: system, light or dark (applied to the whole application
// at once) and the language (stored for the next start). Both belong to this computer.
class AppearancePage : public QWidget {
    Q_OBJECT
public:
    AppearancePage(MachineSettings& machine, QWidget* parent = nullptr);

private:
    MachineSettings& m_machine;
    QComboBox* m_theme = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace selftrack::ui
