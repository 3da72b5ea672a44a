// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/JsonViews.h"

namespace selftrack::server {

namespace {

qint64 n(std::int64_t value) {
    return static_cast<qint64>(value);
}

const char* outcomeName(PushOutcome outcome) {
    switch (outcome) {
    case PushOutcome::Accepted:
        return "accepted";
    case PushOutcome::Duplicate:
        return "duplicate";
    case PushOutcome::Conflict:
        return "conflict";
    case PushOutcome::Gone:
        return "gone";
    case PushOutcome::Rejected:
        return "rejected";
    }
    return "rejected";
}

} // namespace

QJsonObject kdfJson(const KdfParams& kdf) {
    return QJsonObject{{QStringLiteral("algorithm"), qstr(kdf.algorithm)},
                       {QStringLiteral("memory_kib"), n(kdf.memoryKiB)},
                       {QStringLiteral("iterations"), n(kdf.iterations)},
                       {QStringLiteral("parallelism"), n(kdf.parallelism)},
                       {QStringLiteral("seed"), qstr(kdf.seed)}};
}

QJsonObject accountJson(const Account& account) {
    return QJsonObject{{QStringLiteral("email"), qstr(account.email)},
                       {QStringLiteral("created_at"), n(account.createdAt)},
                       {QStringLiteral("kdf"), kdfJson(account.kdf)},
                       {QStringLiteral("wrapped_key"), qstr(account.wrappedKey)},
                       {QStringLiteral("age_confirmed_at"), n(account.ageConfirmedAt)},
                       {QStringLiteral("privacy_policy_version"), qstr(account.privacyPolicyVersion)},
                       {QStringLiteral("privacy_accepted_at"), n(account.privacyAcceptedAt)}};
}

QJsonObject sessionJson(const Session& session, const std::string& currentSessionId) {
    QJsonObject object{{QStringLiteral("id"), qstr(session.id)},
                       {QStringLiteral("device_name"), qstr(session.deviceName)},
                       {QStringLiteral("created_at"), n(session.createdAt)},
                       {QStringLiteral("last_used_at"), n(session.lastUsedAt)},
                       {QStringLiteral("expires_at"), n(session.expiresAt)}};
    if (!currentSessionId.empty())
        object.insert(QStringLiteral("current"), session.id == currentSessionId);
    return object;
}

QJsonObject revisionJson(const StoredRevision& revision, bool withEnvelope) {
    QJsonObject object{{QStringLiteral("item_id"), qstr(revision.itemId)},   {QStringLiteral("rev"), n(revision.rev)},
                       {QStringLiteral("rev_id"), qstr(revision.revId)},     {QStringLiteral("seq"), n(revision.seq)},
                       {QStringLiteral("deleted"), revision.deleted},        {QStringLiteral("size"), n(revision.size)},
                       {QStringLiteral("created_at"), n(revision.createdAt)}};
    if (withEnvelope)
        object.insert(QStringLiteral("envelope"), qstr(revision.envelope));
    return object;
}

QJsonObject pushResultJson(const PushItemResult& result) {
    QJsonObject object{{QStringLiteral("item_id"), qstr(result.itemId)},
                       {QStringLiteral("rev_id"), qstr(result.revId)},
                       {QStringLiteral("status"), QString::fromLatin1(outcomeName(result.outcome))}};
    switch (result.outcome) {
    case PushOutcome::Accepted:
    case PushOutcome::Duplicate:
        object.insert(QStringLiteral("rev"), n(result.rev));
        object.insert(QStringLiteral("seq"), n(result.seq));
        break;
    case PushOutcome::Conflict:
        object.insert(QStringLiteral("current"),
                      result.current ? QJsonValue(revisionJson(*result.current, true)) : QJsonValue());
        break;
    case PushOutcome::Gone:
        object.insert(QStringLiteral("seq"), n(result.seq));
        break;
    case PushOutcome::Rejected:
        object.insert(QStringLiteral("detail"), QStringLiteral("rev_id already used for another item"));
        break;
    }
    return object;
}

QJsonObject tombstoneJson(const Tombstone& tombstone) {
    return QJsonObject{{QStringLiteral("item_id"), qstr(tombstone.itemId)},
                       {QStringLiteral("seq"), n(tombstone.seq)},
                       {QStringLiteral("purged_at"), n(tombstone.purgedAt)}};
}

QJsonObject changeJson(const Change& change) {
    QJsonObject object = change.purged ? tombstoneJson(change.tombstone) : revisionJson(change.head, true);
    object.insert(QStringLiteral("type"), change.purged ? QStringLiteral("purged") : QStringLiteral("item"));
    if (!change.purged)
        object.remove(QStringLiteral("size"));
    return object;
}

} // namespace selftrack::server
