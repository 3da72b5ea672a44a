// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/crypto/Crypto.h"
#include "core/events/ContentEvents.h"
#include "core/progress/ProgressContext.h"
#include "core/vault/VaultSettings.h"

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
    // week (the locale's unless setWeekStart() chose one; the vault's settings choose it at
    // unlock and in setSettings()).
    ProgressContext progressContext() const;
    void setWeekStart(std::optional<Qt::DayOfWeek> day) { m_weekStart = day; }

    // The unlocked vault's settings (SettingsStore), read at unlock before unlocked() is emitted;
    // the defaults while locked. Every part that follows a setting (auto-lock, reminders, week
    // start) reads it here and listens to settingsChanged().
    const VaultSettings& settings() const { return m_settings; }
    // Stores `settings` in the vault and applies them (week start); emits settingsChanged() when
    // they differ from the current ones. Locked, InvalidInput or a storage error change nothing.
    Status setSettings(const VaultSettings& settings);

    // The passphrase of scheduled backups kept in the vault (SettingsStore; empty = none), and
    // storing one (empty removes it). ErrorCode::Locked while locked.
    Result<SecureBuffer> backupPassphrase();
    Status setBackupPassphrase(const SecureBuffer& passphrase);

    // Starts re-wrapping the data key under `newPassphrase` after checking `currentPassphrase`:
    // both KDF runs happen on a worker (both secrets are moved there and wiped), then the new
    // header is written atomically on this thread. Ends with passphraseChanged() or
    // passphraseChangeFailed() (WrongPassphrase: nothing changed). Returns false, doing nothing,
    // unless Unlocked and no change is running. Locking meanwhile cancels it (nothing written).
    bool changePassphrase(SecureBuffer currentPassphrase, SecureBuffer newPassphrase);
    bool isChangingPassphrase() const { return m_rewrapWorker != nullptr; }
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
    void settingsChanged(const selftrack::core::VaultSettings& settings);
    void passphraseChanged();
    void passphraseChangeFailed(const selftrack::core::Error& error);

private:
    struct Pending;
    struct PendingRewrap;
    bool start(const QString& dir, std::function<Result<std::unique_ptr<Vault>>()> open);
    void finish();
    void setState(State state);
    void finishRewrap();

    Clock m_clock;
    ContentEvents m_events;
    State m_state = State::Locked;
    QString m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<ContentStore> m_store;
    std::unique_ptr<ProgressCache> m_progress;
    std::optional<Qt::DayOfWeek> m_weekStart;
    VaultSettings m_settings;
    std::shared_ptr<Pending> m_pending;
    QThread* m_worker = nullptr;
    std::shared_ptr<PendingRewrap> m_pendingRewrap;
    QThread* m_rewrapWorker = nullptr;
};

} // namespace selftrack::core
