// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/SettingsStore.h"

#include "core/storage/Database.h"

#include <array>

namespace selftrack::core {

namespace {
// Stored by name, so the table reads plainly; index + 1 is the Qt::DayOfWeek.
constexpr std::array<const char*, 7> kDayNames = {"monday", "tuesday",  "wednesday", "thursday",
                                                  "friday", "saturday", "sunday"};
constexpr auto kLocaleDefault = "locale";

QString weekStartText(std::optional<Qt::DayOfWeek> day) {
    if (!day)
        return QString::fromLatin1(kLocaleDefault);
    return QString::fromLatin1(kDayNames.at(static_cast<std::size_t>(*day) - 1));
}

std::optional<Qt::DayOfWeek> weekStartFrom(const QString& text) {
    for (std::size_t i = 0; i < kDayNames.size(); ++i)
        if (text == QLatin1String(kDayNames.at(i)))
            return static_cast<Qt::DayOfWeek>(i + 1);
    return std::nullopt; // "locale", or a value this version does not know
}

std::optional<bool> boolFrom(const std::optional<QString>& text) {
    if (text == QStringLiteral("true"))
        return true;
    if (text == QStringLiteral("false"))
        return false;
    return std::nullopt;
}

constexpr std::array<const char*, 3> kScheduleNames = {"off", "daily", "weekly"};

VaultSettings::BackupSchedule scheduleFrom(const std::optional<QString>& text) {
    for (std::size_t i = 0; i < kScheduleNames.size(); ++i)
        if (text == QLatin1String(kScheduleNames.at(i)))
            return static_cast<VaultSettings::BackupSchedule>(i);
    return VaultSettings::BackupSchedule::Off;
}

QString boolText(bool value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}
} // namespace

Result<std::optional<QString>> SettingsStore::value(const QString& key) const {
    auto select = m_db.cached("SELECT value FROM settings WHERE key = ?");
    if (!select)
        return std::unexpected(select.error());
    (*select)->bind(1, key);
    auto row = (*select)->step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<QString> text;
    if (*row)
        text = (*select)->text(0);
    (*select)->reset();
    return text;
}

Status SettingsStore::setValue(const QString& key, const QString& value) {
    // No UPSERT in SQLite 3.15; the key is the primary key, so REPLACE is the same thing.
    auto write = m_db.cached("INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)");
    if (!write)
        return std::unexpected(write.error());
    return (*write)->bind(1, key).bind(2, value).exec();
}

Result<VaultSettings> SettingsStore::load() const {
    VaultSettings settings;
    auto minutes = value(QString::fromLatin1(kAutoLockMinutes));
    if (!minutes)
        return std::unexpected(minutes.error());
    if (*minutes) {
        bool ok = false;
        const int stored = (*minutes)->toInt(&ok);
        if (ok && stored >= 0 && stored <= VaultSettings::kMaxAutoLockMinutes)
            settings.autoLockMinutes = stored;
    }
    auto lockOnMinimize = value(QString::fromLatin1(kLockOnMinimize));
    if (!lockOnMinimize)
        return std::unexpected(lockOnMinimize.error());
    settings.lockOnMinimize = boolFrom(*lockOnMinimize).value_or(settings.lockOnMinimize);
    auto lockOnScreenLock = value(QString::fromLatin1(kLockOnScreenLock));
    if (!lockOnScreenLock)
        return std::unexpected(lockOnScreenLock.error());
    settings.lockOnScreenLock = boolFrom(*lockOnScreenLock).value_or(settings.lockOnScreenLock);
    auto reminders = value(QString::fromLatin1(kRemindersEnabled));
    if (!reminders)
        return std::unexpected(reminders.error());
    settings.remindersEnabled = boolFrom(*reminders).value_or(settings.remindersEnabled);
    auto weekStart = value(QString::fromLatin1(kWeekStart));
    if (!weekStart)
        return std::unexpected(weekStart.error());
    if (*weekStart)
        settings.weekStart = weekStartFrom(**weekStart);
    return loadBackup(settings);
}

Result<VaultSettings> SettingsStore::loadBackup(VaultSettings settings) const {
    std::array<std::optional<QString>, 5> texts;
    const std::array<const char*, 5> keys = {kBackupSchedule, kBackupFolder, kBackupKeep, kBackupLastRun,
                                             kBackupLastError};
    for (std::size_t i = 0; i < keys.size(); ++i) {
        auto text = value(QString::fromLatin1(keys.at(i)));
        if (!text)
            return std::unexpected(text.error());
        texts.at(i) = *text;
    }
    settings.backupSchedule = scheduleFrom(texts[0]);
    settings.backupFolder = texts[1].value_or(QString());
    if (texts[2]) {
        bool ok = false;
        const int keep = texts[2]->toInt(&ok);
        if (ok && keep >= 1 && keep <= VaultSettings::kMaxBackupKeep)
            settings.backupKeep = keep;
    }
    if (texts[3])
        settings.backupLastRun = QDateTime::fromString(*texts[3], Qt::ISODate);
    settings.backupLastError = texts[4].value_or(QString());
    if (settings.backupFolder.isEmpty())
        settings.backupSchedule = VaultSettings::BackupSchedule::Off;
    return settings;
}

Result<SecureBuffer> SettingsStore::backupPassphrase() const {
    auto select = m_db.cached("SELECT value FROM settings WHERE key = ?");
    if (!select)
        return std::unexpected(select.error());
    (*select)->bind(1, kBackupPassphrase);
    auto row = (*select)->step();
    if (!row)
        return std::unexpected(row.error());
    SecureBuffer passphrase;
    if (*row) {
        QByteArray bytes = (*select)->blob(0);
        passphrase = SecureBuffer(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        bytes.fill('\0');
    }
    (*select)->reset();
    return passphrase;
}

Status SettingsStore::setBackupPassphrase(const SecureBuffer& passphrase) {
    if (passphrase.empty()) {
        auto remove = m_db.cached("DELETE FROM settings WHERE key = ?");
        if (!remove)
            return std::unexpected(remove.error());
        return (*remove)->bind(1, kBackupPassphrase).exec();
    }
    auto write = m_db.cached("INSERT OR REPLACE INTO settings(key, value) VALUES(?, ?)");
    if (!write)
        return std::unexpected(write.error());
    const std::string_view bytes = passphrase.view();
    return (*write)
        ->bind(1, kBackupPassphrase)
        .bindText(2, QByteArrayView(bytes.data(), qsizetype(bytes.size())))
        .exec();
}

Status SettingsStore::validate(const VaultSettings& settings) {
    if (settings.autoLockMinutes < 0 || settings.autoLockMinutes > VaultSettings::kMaxAutoLockMinutes)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The auto-lock time must be between 0 (never) and %1 minutes; %2 is not.")
                        .arg(VaultSettings::kMaxAutoLockMinutes)
                        .arg(settings.autoLockMinutes));
    if (settings.weekStart && (*settings.weekStart < Qt::Monday || *settings.weekStart > Qt::Sunday))
        return fail(ErrorCode::InvalidInput, QStringLiteral("The first day of the week must be Monday to Sunday."));
    if (settings.backupKeep < 1 || settings.backupKeep > VaultSettings::kMaxBackupKeep)
        return fail(ErrorCode::InvalidInput, QStringLiteral("The number of backups to keep must be between 1 and %1; "
                                                            "%2 is not.")
                                                 .arg(VaultSettings::kMaxBackupKeep)
                                                 .arg(settings.backupKeep));
    if (settings.backupSchedule != VaultSettings::BackupSchedule::Off && settings.backupFolder.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("Scheduled backups need a folder."));
    return {};
}

Status SettingsStore::save(const VaultSettings& settings) {
    if (auto valid = validate(settings); !valid)
        return valid;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const std::array<std::pair<const char*, QString>, 10> values = {{
        {kAutoLockMinutes, QString::number(settings.autoLockMinutes)},
        {kLockOnMinimize, boolText(settings.lockOnMinimize)},
        {kLockOnScreenLock, boolText(settings.lockOnScreenLock)},
        {kRemindersEnabled, boolText(settings.remindersEnabled)},
        {kWeekStart, weekStartText(settings.weekStart)},
        {kBackupSchedule, QString::fromLatin1(kScheduleNames.at(static_cast<std::size_t>(settings.backupSchedule)))},
        {kBackupFolder, settings.backupFolder},
        {kBackupKeep, QString::number(settings.backupKeep)},
        {kBackupLastRun,
         settings.backupLastRun.isValid() ? settings.backupLastRun.toUTC().toString(Qt::ISODate) : QString()},
        {kBackupLastError, settings.backupLastError},
    }};
    for (const auto& [key, text] : values)
        if (auto st = setValue(QString::fromLatin1(key), text); !st)
            return st;
    return tx.commit();
}

} // namespace selftrack::core
