// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/MachineSettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace selftrack::ui {

namespace {
constexpr auto kAppearanceKey = "appearance/theme";
constexpr auto kLanguageKey = "appearance/language";
constexpr auto kLastBackupFolderKey = "backup/last_folder";
constexpr auto kGeometryKey = "window/geometry";
} // namespace

// The default names the organisation explicitly: setting one on the application would also move
// QStandardPaths::AppDataLocation, where the default vault lives.
MachineSettings::MachineSettings(const QString& file)
    : m_settings(file.isEmpty() ? std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("SelfTrack"),
                                                              QCoreApplication::applicationName())
                                : std::make_unique<QSettings>(file, QSettings::IniFormat)) {}

MachineSettings::~MachineSettings() = default;

Theme::Appearance MachineSettings::appearance() const {
    return Theme::fromKey(m_settings->value(QLatin1String(kAppearanceKey)).toString());
}

void MachineSettings::setAppearance(Theme::Appearance appearance) {
    m_settings->setValue(QLatin1String(kAppearanceKey), Theme::key(appearance));
}

QString MachineSettings::language() const {
    const QString code = m_settings->value(QLatin1String(kLanguageKey)).toString();
    return code == QLatin1String(kEnglish) || code == QLatin1String(kGerman) ? code : QString();
}

QString MachineSettings::lastBackupFolder() const {
    return m_settings->value(QLatin1String(kLastBackupFolderKey)).toString();
}

void MachineSettings::setLastBackupFolder(const QString& folder) {
    m_settings->setValue(QLatin1String(kLastBackupFolderKey), folder);
}

void MachineSettings::setLanguage(const QString& code) {
    m_settings->setValue(QLatin1String(kLanguageKey), code);
}

QByteArray MachineSettings::windowGeometry() const {
    return m_settings->value(QLatin1String(kGeometryKey)).toByteArray();
}

void MachineSettings::setWindowGeometry(const QByteArray& geometry) {
    m_settings->setValue(QLatin1String(kGeometryKey), geometry);
}

void MachineSettings::sync() {
    m_settings->sync();
}

} // namespace selftrack::ui
