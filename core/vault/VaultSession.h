// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/crypto/Crypto.h"
#include "core/events/ContentEvents.h"
#include "core/progress/ProgressContext.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QThread;

namespace selftrack::core {

class ContentStore;
class ProgressCache;
class Vault;

// The one way a long-running program (the desktop app) reaches a vault: owns the unlocked Vault
// and its ContentStore, runs the key derivation of unlock and create on a worker thread and
// reports through signals, and tells listeners before the keys are wiped.
//
// Thread affinity: a VaultSession, its ContentStore and its ContentEvents live in the thread that
// created the session (the GUI thread); call every method from there. Only the KDF and the
// opening of the database run on a short-lived worker, and the result is handed back through a
// queued signal, so the calling thread never blocks.
//
// Lifetime: never keep the ContentStore* returned by store(): ask again each time. While locked
// (or unlocking) store() fails with ErrorCode::Locked. events() lives as long as the session, so
// connections to it survive lock and unlock.
class VaultSession : public QObject {
    Q_OBJECT
public:
    enum class State { Locked, Unlocking, Unlocked };
    Q_ENUM(State)

    explicit VaultSession(Clock clock = systemClock(), QObject* parent = nullptr);
    // Waits for a running unlock, then locks (emitting aboutToLock() and locked() when unlocked).
    ~VaultSession() override;

    // Starts opening the vault in `dir` with `passphrase` (moved to the worker and wiped there).
    // Ends with unlocked() or unlockFailed(). Ignored (returns false) unless Locked.
    bool unlock(const QString& dir, SecureBuffer passphrase);
    // Starts creating a new vault in `dir`; ends like unlock().
    bool create(const QString& dir, SecureBuffer passphrase, const Argon2Params& params = {});
    // Emits aboutToLock(), drops the store, closes the database and wipes the keys, then emits
    // locked(). Does nothing unless Unlocked.
    void lock();

    State state() const { return m_state; }
    bool isUnlocked() const { return m_state == State::Unlocked; }
    QString directory() const { return m_dir; }

    // The store of the unlocked vault; ErrorCode::Locked otherwise.
    Result<ContentStore*> store();
    // The figures of every goal for a day, shared by all views (ProgressCache); created with the
    // store and destroyed before the database closes. ErrorCode::Locked while locked.
    Result<ProgressCache*> progress();
    // "Now" for the engine: the session's clock, the system's time zone and the first day of the
    // week (the locale's unless setWeekStart() chose one).
    ProgressContext progressContext() const;
    void setWeekStart(std::optional<Qt::DayOfWeek> day) { m_weekStart = day; }
    // The unlocked vault (for its header, device id, passphrase change); ErrorCode::Locked otherwise.
    Result<Vault*> vault();
    ContentEvents* events() { return &m_events; }
    const Clock& clock() const { return m_clock; }

Q_SIGNALS:
    void stateChanged(selftrack::core::VaultSession::State state);
    void unlocked();
    void unlockFailed(const selftrack::core::Error& error);
    // The last moment to drop references and cached content: the vault is still open.
    void aboutToLock();
    void locked();

private:
    struct Pending;
    bool start(const QString& dir, std::function<Result<std::unique_ptr<Vault>>()> open);
    void finish();
    void setState(State state);

    Clock m_clock;
    ContentEvents m_events;
    State m_state = State::Locked;
    QString m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<ContentStore> m_store;
    std::unique_ptr<ProgressCache> m_progress;
    std::optional<Qt::DayOfWeek> m_weekStart;
    std::shared_ptr<Pending> m_pending;
    QThread* m_worker = nullptr;
};

} // namespace selftrack::core
