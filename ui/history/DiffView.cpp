// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/DiffView.h"

#include "ui/settings/Theme.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace selftrack::ui {

namespace {

QString valueText(const QJsonValue& value) {
    if (value.isNull() || value.isUndefined())
        return QCoreApplication::translate("DiffView", "(none)");
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("DiffView", "yes")
                              : QCoreApplication::translate("DiffView", "no");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString elements(const QJsonArray& list, const char* mark) {
    QStringList parts;
    for (const auto& v : list)
        parts.append(QLatin1String(mark) + valueText(v).toHtmlEscaped());
    return parts.join(QStringLiteral(", "));
}
} // namespace

QString DiffView::html(const core::RevisionDiff& diff, const QPalette& palette) {
    const QString added = QStringLiteral("<span style='color:%1'>+ ").arg(Theme::addedColor(palette).name());
    const QString removed = QStringLiteral("<span style='color:%1'>− ").arg(Theme::errorColor(palette).name());
    if (diff.changes().isEmpty())
        return QCoreApplication::translate("DiffView", "<p>No changes.</p>");
    QString out = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const core::FieldChange& c : diff.changes()) {
        QString what;
        if (!c.added.isEmpty() || !c.removed.isEmpty())
            what = QStringList{elements(c.added, "+"), elements(c.removed, "−")}
                       .filter(QRegularExpression(QStringLiteral(".")))
                       .join(QStringLiteral("; "));
        else if (!c.lines.isEmpty()) {
            QStringList lines;
            for (const core::DiffLine& line : c.lines)
                if (line.kind != core::LineKind::Kept)
                    lines.append((line.kind == core::LineKind::Added ? added : removed) + line.text.toHtmlEscaped() +
                                 QStringLiteral("</span>"));
            what = lines.join(QStringLiteral("<br>"));
        } else if (c.linesOmitted)
            what = QCoreApplication::translate("DiffView", "changed (too long to compare line by line)");
        else
            what = valueText(c.before).toHtmlEscaped() + QStringLiteral(" → ") + valueText(c.after).toHtmlEscaped();
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(c.field.toHtmlEscaped(), what);
    }
    return out + QStringLiteral("</table>");
}

} // namespace selftrack::ui
