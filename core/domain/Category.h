// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QJsonObject>

namespace selftrack::core {

// A named group of goals ("Health", "Work").
struct Category {
    QString id;
    QString name;
    QString color;
    int position = 0;

    QString headRev;
    bool deleted = false;

    QJsonObject toJson() const;
    static Result<Category> fromJson(const QJsonObject& json);
    Status validate() const;
    bool operator==(const Category&) const = default;
};

} // namespace selftrack::core
