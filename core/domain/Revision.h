// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/DomainEnums.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace selftrack::core {

// One immutable entry of the revision log: the whole item as canonical JSON after a change.
struct Revision {
    std::int64_t seq = 0; // local order
    QString revId;        // UUID
    QString itemId;
    ItemType itemType = ItemType::Goal;
    QString parentRev; // empty for the first revision
    QString deviceId;
    QString createdAt; // UTC, ISO 8601 with milliseconds
    bool deleted = false;
    QJsonObject content;
};

} // namespace selftrack::core
