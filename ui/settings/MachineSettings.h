// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/settings/Theme.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace selftrack::ui {

// What belongs to this computer rather than to the vault: appearance, language and the window's
// geometry, kept in QSettings (the platform's place for application settings, or an INI file).
class MachineSettings {
public:
    // Language codes offered; "" = the system's.
    static constexpr auto kEnglish = "en";
    static constexpr auto kGerman = "de";

    // `file` empty: the platform's settings store for SelfTrack (on Linux
    // ~/.config/SelfTrack/SelfTrack.conf); otherwise that INI file (tests use a temporary one).
    explicit MachineSettings(const QString& file = QString());
    ~MachineSettings();
    MachineSettings(const MachineSettings&) = delete;
    MachineSettings& operator=(const MachineSettings&) = delete;

    Theme::Appearance appearance() const;
    void setAppearance(Theme::Appearance appearance);
    // "" (the system's), "en" or "de". Stored only: the translations load at the next start.
    QString language() const;
    void setLanguage(const QString& code);
    // The folder a backup was last written to or read from; empty = none yet.
    QString lastBackupFolder() const;
    void setLastBackupFolder(const QString& folder);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    // Writes pending changes to storage now (QSettings otherwise writes later).
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace selftrack::ui
