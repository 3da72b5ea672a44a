// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/ItemLabel.h"

#include <QRegularExpression>

namespace selftrack::core {

namespace {

QString text(const QJsonObject& content, const char* key) {
    return content.value(QLatin1String(key)).toString();
}

QString recordLabel(const QJsonObject& content) {
    QString what = ItemLabel::firstLine(text(content, "note"));
    if (what.isEmpty()) {
        const QJsonValue value = content.value(QStringLiteral("value"));
        const QString status = text(content, "status");
        what = value.isDouble() && (status.isEmpty() || status == QLatin1String("done"))
                   ? QString::number(value.toDouble(), 'g', 12)
                   : (status.isEmpty() ? QStringLiteral("done") : status);
    }
    const QString day = text(content, "day");
    const QString suffix = day.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(day);
    return ItemLabel::shorten(what, ItemLabel::kMaxChars) + suffix;
}

} // namespace

QString ItemLabel::of(ItemType type, const QJsonObject& content) {
    QString label;
    switch (type) {
    case ItemType::Goal:
    case ItemType::Milestone:
        label = text(content, "title").simplified();
        break;
    case ItemType::Category:
        label = text(content, "name").simplified();
        break;
    case ItemType::Record:
        return recordLabel(content);
    }
    return label.isEmpty() ? QStringLiteral("(untitled)") : shorten(label, kMaxChars);
}

QString ItemLabel::shorten(const QString& text, qsizetype maxChars) {
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = std::max<qsizetype>(0, maxChars - 3);
    if (cut > 0 && text.at(cut).isLowSurrogate())
        --cut;
    return text.left(cut).trimmed() + QStringLiteral("...");
}

QString ItemLabel::firstLine(const QString& text) {
    static const QRegularExpression kHeading(QStringLiteral("^#{1,6}\\s+"));
    for (QStringView line : QStringView(text).tokenize(u'\n')) {
        QString trimmed = line.trimmed().toString();
        trimmed.remove(kHeading);
        if (!trimmed.isEmpty())
            return trimmed.simplified();
    }
    return {};
}

} // namespace selftrack::core
