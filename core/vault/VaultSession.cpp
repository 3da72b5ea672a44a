// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/VaultSession.h"

#include "core/domain/ContentStore.h"
#include "core/stats/ProgressCache.h"
#include "core/vault/Vault.h"

#include <QLocale>
#include <QThread>

#include <openssl/crypto.h>

namespace selftrack::core {

// What the worker hands back: written by the worker before it finishes, read by the session
// after QThread::finished (which orders the two).
struct VaultSession::Pending {
    std::function<Result<std::unique_ptr<Vault>>()> open;
    std::optional<Result<std::unique_ptr<Vault>>> result;
};

namespace {
std::unexpected<Error> lockedError() {
    return fail(ErrorCode::Locked, QStringLiteral("The vault is locked; unlock it first."));
}
} // namespace

VaultSession::VaultSession(Clock clock, QObject* parent)
    : QObject(parent), m_clock(clock ? std::move(clock) : systemClock()) {}

VaultSession::~VaultSession() {
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    lock();
}

bool VaultSession::unlock(const QString& dir, SecureBuffer passphrase) {
    auto secret = std::make_shared<SecureBuffer>(std::move(passphrase));
    return start(dir, [dir, secret]() {
        auto vault = Vault::open(dir, *secret);
        secret->clear();
        return vault;
    });
}

bool VaultSession::create(const QString& dir, SecureBuffer passphrase, const Argon2Params& params) {
    auto secret = std::make_shared<SecureBuffer>(std::move(passphrase));
    return start(dir, [dir, secret, params]() {
        auto vault = Vault::create(dir, *secret, params);
        secret->clear();
        return vault;
    });
}

bool VaultSession::start(const QString& dir, std::function<Result<std::unique_ptr<Vault>>()> open) {
    if (m_state != State::Locked)
        return false;
    m_dir = dir;
    m_pending = std::make_shared<Pending>();
    m_pending->open = std::move(open);
    std::shared_ptr<Pending> pending = m_pending;
    m_worker = QThread::create([pending] {
        pending->result = pending->open();
        // Frees OpenSSL's state of this thread (the error queue a wrong passphrase fills) here,
        // not in a thread-exit handler that may run after the process checks for leaks.
        OPENSSL_thread_stop();
    });
    connect(m_worker, &QThread::finished, this, &VaultSession::finish, Qt::QueuedConnection);
    setState(State::Unlocking);
    m_worker->start();
    return true;
}

void VaultSession::finish() {
    if (!m_worker)
        return;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    std::shared_ptr<Pending> pending = std::move(m_pending);
    if (!pending->result || !*pending->result) {
        const Error error = pending->result ? pending->result->error()
                                            : Error{ErrorCode::Storage, QStringLiteral("Unlocking was interrupted.")};
        setState(State::Locked);
        Q_EMIT unlockFailed(error);
        return;
    }
    m_vault = std::move(**pending->result);
    m_store = std::make_unique<ContentStore>(m_vault->database(), m_vault->deviceId(), m_clock);
    m_store->setEvents(&m_events);
    m_progress = std::make_unique<ProgressCache>(m_vault->database(), *m_store);
    setState(State::Unlocked);
    Q_EMIT unlocked();
}

void VaultSession::lock() {
    if (m_state != State::Unlocked)
        return;
    Q_EMIT aboutToLock();
    m_progress.reset(); // before the database closes (ProgressCache's rule)
    m_store.reset();
    m_vault->lock();
    m_vault.reset();
    setState(State::Locked);
    Q_EMIT locked();
}

Result<ContentStore*> VaultSession::store() {
    if (m_state != State::Unlocked)
        return lockedError();
    return m_store.get();
}

Result<ProgressCache*> VaultSession::progress() {
    if (m_state != State::Unlocked)
        return lockedError();
    return m_progress.get();
}

ProgressContext VaultSession::progressContext() const {
    ProgressContext context;
    context.now = m_clock();
    context.timeZone = QTimeZone::systemTimeZone();
    context.weekStart = m_weekStart.value_or(QLocale::system().firstDayOfWeek());
    return context;
}

Result<Vault*> VaultSession::vault() {
    if (m_state != State::Unlocked)
        return lockedError();
    return m_vault.get();
}

void VaultSession::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace selftrack::core
