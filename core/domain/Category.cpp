// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Category.h"

#include "core/domain/JsonFields.h"

namespace selftrack::core {

QJsonObject Category::toJson() const {
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("color"), color},
                       {QStringLiteral("position"), position}};
}

Result<Category> Category::fromJson(const QJsonObject& json) {
    JsonFields f(json, QStringLiteral("category"));
    Category c;
    c.id = f.string("id", true);
    c.name = f.string("name", true);
    c.color = f.string("color");
    c.position = f.integer("position", 0);
    if (!f.ok())
        return fail(ErrorCode::InvalidInput, f.error());
    if (auto st = c.validate(); !st)
        return std::unexpected(st.error());
    return c;
}

Status Category::validate() const {
    if (name.trimmed().isEmpty() || name.size() > 200)
        return fail(ErrorCode::InvalidInput, QStringLiteral("A category needs a name of at most 200 characters."));
    return {};
}

} // namespace selftrack::core
