// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/AccessLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace selftrack::server {

AccessLog::~AccessLog() {
    if (m_owned && m_file)
        std::fclose(m_file);
}

void AccessLog::write(const AccessLogEntry& entry) {
    QJsonObject line{{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("method"), QString::fromStdString(entry.method)},
                     {QStringLiteral("route"), QString::fromStdString(entry.route)},
                     {QStringLiteral("status"), entry.status},
                     {QStringLiteral("bytes"), static_cast<qint64>(entry.bytes)},
                     {QStringLiteral("duration_ms"), static_cast<double>(qRound64(entry.durationMs * 10)) / 10.0},
                     {QStringLiteral("account"), entry.account ? QJsonValue(QString::fromStdString(*entry.account))
                                                               : QJsonValue(QJsonValue::Null)}};
    writeLine(line);
}

void AccessLog::writeConnection(const ConnectionLogEntry& entry) {
    writeLine(QJsonObject{{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                          {QStringLiteral("connection"), QString::fromStdString(entry.outcome)},
                          {QStringLiteral("count"), static_cast<qint64>(entry.count)},
                          {QStringLiteral("duration_ms"), static_cast<double>(qRound64(entry.durationMs))}});
}

void AccessLog::writeLine(const QJsonObject& line) {
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::lock_guard lock(m_mutex);
    std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), m_file);
    std::fflush(m_file);
}

} // namespace selftrack::server
