// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/StorageTypes.h"

#include <QJsonObject>
#include <QString>

#include <string>

// JSON representations of storage values, as documented in docs/protocol.md.
namespace selftrack::server {

inline QString qstr(const std::string& text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QJsonObject kdfJson(const KdfParams& kdf);
QJsonObject accountJson(const Account& account);
QJsonObject sessionJson(const Session& session, const std::string& currentSessionId);
QJsonObject revisionJson(const StoredRevision& revision, bool withEnvelope);
QJsonObject pushResultJson(const PushItemResult& result);
QJsonObject changeJson(const Change& change);
QJsonObject tombstoneJson(const Tombstone& tombstone);

} // namespace selftrack::server
