// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/backup/BackupManifest.h"
#include "core/backup/BackupProgress.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace selftrack::ui {

// One backup, verify or restore run on a worker thread (the house pattern of VaultSession: a
// QThread::create worker, the result handed back through a queued signal). Progress arrives on
// the object's thread as progressed(); finished() comes once. Core cannot stop a backup half-way,
// so there is no cancel: wait() blocks until the work is done (the window's lock uses it, see
// MainWindow). Deletes itself after finished() unless the owner deletes it first (which waits).
class BackupJob : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        core::BackupManifest manifest;
        QString previousVault; // a replaced vault's new place
    };
    using Work = std::function<core::Result<Outcome>(const core::BackupProgress& progress)>;

    explicit BackupJob(Work work, QObject* parent = nullptr);
    ~BackupJob() override;

    void start();
    bool isRunning() const;
    // Blocks until the worker is done; finished() is still emitted, later, by the event loop.
    void wait();
    const core::Result<Outcome>& result() const { return m_result; }

Q_SIGNALS:
    // percent 0..100 of the phase `phase`.
    void progressed(selftrack::core::BackupPhase phase, int percent);
    // The work ended; result() holds what came of it (valid until the job is deleted, later).
    void finished();

private:
    struct Shared;
    void deliver();

    std::shared_ptr<Shared> m_shared;
    QThread* m_worker = nullptr;
    core::Result<Outcome> m_result = std::unexpected(core::Error{core::ErrorCode::Io, QString()});
};

} // namespace selftrack::ui
