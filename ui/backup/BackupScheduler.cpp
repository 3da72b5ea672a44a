// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/BackupScheduler.h"

#include "core/backup/BackupWriter.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultSession.h"
#include "ui/backup/BackupJob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace selftrack::ui {

namespace {
constexpr auto kPrefix = "selftrack-auto-";
constexpr auto kSuffix = ".selftrack-backup";
} // namespace

BackupScheduler::BackupScheduler(core::VaultSession& session, QObject* jobOwner, QObject* parent)
    : QObject(parent), m_session(session), m_jobOwner(jobOwner) {
    m_timer = new QTimer(this);
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::checkNow);
    // After the unlock settles (the views load first), so the backup never delays the window.
    connect(&m_session, &core::VaultSession::unlocked, this, [this] {
        m_timer->start();
        QTimer::singleShot(0, this, &BackupScheduler::checkNow);
    });
    connect(&m_session, &core::VaultSession::locked, m_timer, &QTimer::stop);
}

QString BackupScheduler::vaultTag(const QString& deviceId) {
    QString tag;
    for (QChar c : deviceId)
        if (c.isLetterOrNumber() && c.unicode() < 128 && tag.size() < 8)
            tag.append(c.toLower());
    return tag.isEmpty() ? QStringLiteral("vault") : tag;
}

bool BackupScheduler::isScheduledBackupName(const QString& fileName, const QString& tag) {
    static const QRegularExpression pattern(
        QStringLiteral("^selftrack-auto-([a-z0-9]+)-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.selftrack-backup$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    return match.hasMatch() && match.captured(1) == tag;
}

int BackupScheduler::prune(const QString& folder, int keep, const QString& tag) {
    QStringList names = QDir(folder).entryList({QString::fromLatin1(kPrefix) + u'*' + QString::fromLatin1(kSuffix)},
                                               QDir::Files, QDir::Name);
    names.removeIf([&tag](const QString& name) { return !isScheduledBackupName(name, tag); });
    std::ranges::sort(names, std::greater<>()); // newest first: the names hold the time
    int removed = 0;
    for (qsizetype i = keep; i < names.size(); ++i)
        removed += QFile::remove(QDir(folder).filePath(names.at(i))) ? 1 : 0;
    return removed;
}

bool BackupScheduler::checkNow() {
    if (!m_session.isUnlocked() || m_job)
        return false;
    const core::VaultSettings& settings = m_session.settings();
    using Schedule = core::VaultSettings::BackupSchedule;
    if (settings.backupSchedule == Schedule::Off)
        return false;
    const QDateTime now = m_session.clock()();
    const int days = settings.backupSchedule == Schedule::Daily ? 1 : 7;
    if (settings.backupLastRun.isValid() && now < settings.backupLastRun.addDays(days))
        return false;
    auto vault = m_session.vault();
    auto passphrase = m_session.backupPassphrase();
    if (!vault || !passphrase) {
        finish(!vault ? vault.error().message : passphrase.error().message);
        return false;
    }
    if (passphrase->empty()) {
        finish(tr("No backup passphrase is stored; set the schedule again in Settings."));
        return false;
    }
    const QString folder = settings.backupFolder;
    const int keep = settings.backupKeep;
    const QString tag = vaultTag((*vault)->deviceId());
    const QString name = QString::fromLatin1(kPrefix) + tag + u'-' +
                         now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss")) + QString::fromLatin1(kSuffix);
    core::BackupOptions options;
    options.clock = m_session.clock();
    auto secret = std::make_shared<core::SecureBuffer>(std::move(*passphrase));
    m_job = new BackupJob(
        [vault = *vault, path = QDir(folder).filePath(name), secret,
         options](const core::BackupProgress& progress) -> core::Result<BackupJob::Outcome> {
            auto manifest = core::BackupWriter::create(*vault, path, *secret, options, progress);
            if (!manifest)
                return std::unexpected(manifest.error());
            return BackupJob::Outcome{*manifest, {}};
        },
        m_jobOwner);
    connect(m_job, &BackupJob::finished, this, [this, folder, keep, tag, job = m_job.data()] {
        m_job = nullptr; // done: the next check may start one (the job deletes itself later)
        const core::Result<BackupJob::Outcome>& result = job->result();
        if (result)
            prune(folder, keep, tag);
        finish(result ? QString() : result.error().message);
    });
    m_job->start();
    return true;
}

void BackupScheduler::finish(const QString& error) {
    if (m_session.isUnlocked()) {
        core::VaultSettings settings = m_session.settings();
        settings.backupLastRun = m_session.clock()().toUTC();
        settings.backupLastError = error;
        static_cast<void>(m_session.setSettings(settings)); // a refusal here leaves the old record
    }
    Q_EMIT ran(error);
}

} // namespace selftrack::ui
