// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class BackupJob;

// Scheduled backups (the vault's settings: daily or weekly, a folder, keep the last N). After
// unlock and every few minutes it checks on the session's clock whether a backup is due (none yet,
// or a day / a week since the last run); if so it writes selftrack-auto-<local time>.selftrack-
// backup into the folder on a worker (BackupJob, under `jobOwner`), with the passphrase kept in
// the vault (VaultSession::backupPassphrase). After a success it removes the oldest of the files
// it wrote (matched by name) beyond N; after a failure it removes nothing. Either way the time
// and result are stored in the settings (shown in Settings → Backups) and ran() is emitted. A run
// the lock waited for ends after the vault closed: its file is written and the old ones pruned, but
// the time is not stored, so the next unlock runs one again.
class BackupScheduler : public QObject {
    Q_OBJECT
public:
    static constexpr int kCheckIntervalMs = 5 * 60 * 1000;

    BackupScheduler(core::VaultSession& session, QObject* jobOwner, QObject* parent = nullptr);

    // Starts a backup when one is due; true when it started.
    bool checkNow();
    bool isRunning() const { return !m_job.isNull(); }
    // Scheduled backups are named selftrack-auto-<vault tag>-<local time>.selftrack-backup; the
    // tag (from the vault's device id) keeps two vaults that share a folder from pruning each
    // other's files.
    static QString vaultTag(const QString& deviceId);
    // Removes this vault's (`tag`) scheduled backups in `folder` beyond the newest `keep`; returns
    // how many.
    static int prune(const QString& folder, int keep, const QString& tag);
    static bool isScheduledBackupName(const QString& fileName, const QString& tag);

Q_SIGNALS:
    // A scheduled run ended: empty on success, otherwise what went wrong.
    void ran(const QString& error);

private:
    void finish(const QString& error);

    core::VaultSession& m_session;
    QObject* m_jobOwner = nullptr;
    QTimer* m_timer = nullptr;
    QPointer<BackupJob> m_job;
};

} // namespace selftrack::ui
