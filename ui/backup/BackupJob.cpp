// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/BackupJob.h"

#include <QMetaObject>
#include <QThread>

#include <openssl/crypto.h>

#include <optional>

namespace selftrack::ui {

struct BackupJob::Shared {
    Work work;
    std::optional<core::Result<Outcome>> result; // written by the worker, read after it finished
};

BackupJob::BackupJob(Work work, QObject* parent) : QObject(parent), m_shared(std::make_shared<Shared>()) {
    m_shared->work = std::move(work);
}

BackupJob::~BackupJob() {
    // Deleted before deliver() ran (its owner went first): the worker is ours to end and free.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void BackupJob::start() {
    if (m_worker)
        return;
    // Queued to this object: dropped if it is gone (it waits for the worker when deleted anyway).
    auto progress = [this](core::BackupPhase phase, std::int64_t done, std::int64_t total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
        QMetaObject::invokeMethod(
            this, [this, phase, percent] { Q_EMIT progressed(phase, percent); }, Qt::QueuedConnection);
    };
    m_worker = QThread::create([shared = m_shared, progress] {
        shared->result = shared->work(progress);
        shared->work = nullptr; // drops what the work captured (passphrases) on this thread
        OPENSSL_thread_stop();  // as VaultSession's workers
    });
    connect(m_worker, &QThread::finished, this, &BackupJob::deliver, Qt::QueuedConnection);
    m_worker->start();
}

bool BackupJob::isRunning() const {
    return m_worker && !m_worker->isFinished();
}

void BackupJob::wait() {
    if (m_worker)
        m_worker->wait();
}

void BackupJob::deliver() {
    if (!m_worker)
        return;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_result = m_shared->result.value_or(
        std::unexpected(core::Error{core::ErrorCode::Io, QStringLiteral("The backup stopped unexpectedly.")}));
    Q_EMIT finished();
    deleteLater();
}

} // namespace selftrack::ui
