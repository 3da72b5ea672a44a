// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/protocol/Email.h"

#include <QString>
#include <QStringList>

namespace selftrack::server {

namespace {

constexpr qsizetype kMaxEmailBytes = 254;
constexpr qsizetype kMaxLocalBytes = 64;
constexpr qsizetype kMaxLabelLength = 63;

bool validLocalPart(const QString& local) {
    const qsizetype bytes = local.toUtf8().size();
    if (bytes < 1 || bytes > kMaxLocalBytes)
        return false;
    for (const QChar c : local) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u'"' || c == u'<' || c == u'>' || c == u'(' ||
            c == u')' || c == u',' || c == u';' || c == u':' || c == u'\\' || c == u'[' || c == u']')
            return false;
    }
    return !local.startsWith(u'.') && !local.endsWith(u'.') && !local.contains(QStringLiteral(".."));
}

bool validLabel(const QString& label) {
    if (label.isEmpty() || label.size() > kMaxLabelLength || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (const QChar c : label) {
        if (!(c.isLetterOrNumber() || c == u'-'))
            return false;
    }
    return true;
}

bool validDomain(const QString& domain) {
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString& label : labels) {
        if (!validLabel(label))
            return false;
    }
    return true;
}

} // namespace

std::optional<std::string> normalizeEmail(std::string_view input) {
    const QString raw = QString::fromUtf8(input.data(), static_cast<qsizetype>(input.size()));
    if (raw.contains(QChar::ReplacementCharacter))
        return std::nullopt;
    const QString email = raw.trimmed().normalized(QString::NormalizationForm_C).toLower();
    const qsizetype at = email.indexOf(u'@');
    if (at < 0 || email.indexOf(u'@', at + 1) >= 0)
        return std::nullopt;
    const QByteArray utf8 = email.toUtf8();
    if (utf8.size() > kMaxEmailBytes)
        return std::nullopt;
    if (!validLocalPart(email.left(at)) || !validDomain(email.mid(at + 1)))
        return std::nullopt;
    return utf8.toStdString();
}

} // namespace selftrack::server
