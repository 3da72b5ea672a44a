// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/VaultSession.h"

#include "core/domain/ContentStore.h"
#include "core/stats/ProgressCache.h"
#include "core/vault/SettingsStore.h"
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

// The passphrase change's worker state, handed over like Pending.
struct VaultSession::PendingRewrap {
    QByteArray startedFrom; // the header re-wrapped, serialized: the vault must still use it
    std::optional<Result<VaultHeader>> result;
};

namespace {
std::unexpected<Error> lockedError() {
    return fail(ErrorCode::Locked, QStringLiteral("The vault is locked; unlock it first."));
}
} // namespace

VaultSession::VaultSession(Clock clock, QObject* parent)
    : QObject(parent), m_clock(clock ? std::move(clock) : systemClock()) {}

VaultSession::~VaultSession() {
    for (QThread* worker : {m_worker, m_rewrapWorker}) {
        if (worker) {
            worker->wait();
            delete worker;
        }
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
    // A settings table that cannot be read leaves the defaults: the vault itself is fine.
    m_settings = SettingsStore(m_vault->database()).load().value_or(VaultSettings{});
    setWeekStart(m_settings.weekStart);
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
    m_settings = VaultSettings{};
    setWeekStart(std::nullopt);
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

Status VaultSession::setSettings(const VaultSettings& settings) {
    if (m_state != State::Unlocked)
        return lockedError();
    if (settings == m_settings)
        return SettingsStore::validate(settings);
    if (auto st = SettingsStore(m_vault->database()).save(settings); !st)
        return st;
    m_settings = settings;
    setWeekStart(m_settings.weekStart);
    Q_EMIT settingsChanged(m_settings);
    return {};
}

Result<SecureBuffer> VaultSession::backupPassphrase() {
    if (m_state != State::Unlocked)
        return lockedError();
    return SettingsStore(m_vault->database()).backupPassphrase();
}

Status VaultSession::setBackupPassphrase(const SecureBuffer& passphrase) {
    if (m_state != State::Unlocked)
        return lockedError();
    return SettingsStore(m_vault->database()).setBackupPassphrase(passphrase);
}

bool VaultSession::changePassphrase(SecureBuffer currentPassphrase, SecureBuffer newPassphrase) {
    if (m_state != State::Unlocked || m_rewrapWorker)
        return false;
    auto pending = std::make_shared<PendingRewrap>();
    const VaultHeader header = m_vault->header();
    pending->startedFrom = header.serialize();
    m_pendingRewrap = pending;
    auto current = std::make_shared<SecureBuffer>(std::move(currentPassphrase));
    auto next = std::make_shared<SecureBuffer>(std::move(newPassphrase));
    m_rewrapWorker = QThread::create([pending, header, current, next] {
        pending->result = Vault::rewrap(header, *current, *next);
        current->clear();
        next->clear();
        OPENSSL_thread_stop(); // as in start()
    });
    connect(m_rewrapWorker, &QThread::finished, this, &VaultSession::finishRewrap, Qt::QueuedConnection);
    m_rewrapWorker->start();
    return true;
}

void VaultSession::finishRewrap() {
    if (!m_rewrapWorker)
        return;
    m_rewrapWorker->wait();
    delete m_rewrapWorker;
    m_rewrapWorker = nullptr;
    std::shared_ptr<PendingRewrap> pending = std::move(m_pendingRewrap);
    Status outcome;
    if (!pending->result)
        outcome = fail(ErrorCode::Storage, QStringLiteral("The passphrase change was interrupted; nothing changed."));
    else if (!*pending->result)
        outcome = std::unexpected(pending->result->error());
    else if (m_state != State::Unlocked || m_vault->header().serialize() != pending->startedFrom)
        outcome = fail(ErrorCode::Locked,
                       QStringLiteral("The vault was locked before the passphrase change finished; nothing changed."));
    else
        outcome = m_vault->adoptHeader(std::move(**pending->result));
    if (outcome)
        Q_EMIT passphraseChanged();
    else
        Q_EMIT passphraseChangeFailed(outcome.error());
}

void VaultSession::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace selftrack::core
