// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/FieldChange.h"

namespace selftrack::core {

QJsonObject FieldChange::toJson() const {
    QJsonObject json{{QStringLiteral("field"), field},
                     {QStringLiteral("kind"), toString(kind)},
                     {QStringLiteral("before"), before.isUndefined() ? QJsonValue() : before},
                     {QStringLiteral("after"), after.isUndefined() ? QJsonValue() : after}};
    if (!added.isEmpty() || !removed.isEmpty()) {
        json.insert(QStringLiteral("added"), added);
        json.insert(QStringLiteral("removed"), removed);
    }
    if (!lines.isEmpty()) {
        QJsonArray lineList;
        for (const DiffLine& line : lines)
            lineList.append(QJsonObject{{QStringLiteral("kind"), LineDiff::toString(line.kind)},
                                        {QStringLiteral("text"), line.text}});
        json.insert(QStringLiteral("lines"), lineList);
    }
    if (linesOmitted)
        json.insert(QStringLiteral("lines_omitted"), true);
    return json;
}

QString FieldChange::toString(FieldChangeKind kind) {
    switch (kind) {
    case FieldChangeKind::Added:
        return QStringLiteral("added");
    case FieldChangeKind::Removed:
        return QStringLiteral("removed");
    case FieldChangeKind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

} // namespace selftrack::core
