// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/DomainEnums.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QTime>

#include <optional>
#include <utility>

namespace selftrack::core {

// Typed, validating reads from a JSON object (revisions, imports). The first problem is kept
// as a human sentence; later reads return defaults so callers check ok() once at the end.
class JsonFields {
public:
    explicit JsonFields(QJsonObject object, QString what) : m_object(std::move(object)), m_what(std::move(what)) {}

    QString string(const char* key, bool required = false);
    double number(const char* key, double fallback);
    std::optional<double> optionalNumber(const char* key);
    int integer(const char* key, int fallback);
    bool boolean(const char* key, bool fallback);
    QDate date(const char* key, bool required);
    std::optional<QDate> optionalDate(const char* key);
    std::optional<QTime> optionalTime(const char* key);
    QJsonArray array(const char* key);

    template <typename E, std::size_t N> E enumeration(const char* key, const enums::Names<E, N>& names, E fallback) {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return fallback;
        auto parsed = enums::parse(names, value.toString());
        if (!parsed) {
            problem(key, QStringLiteral("has an unknown value"));
            return fallback;
        }
        return *parsed;
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void problem(const char* key, const QString& what);

private:
    QJsonObject m_object;
    QString m_what;
    QString m_error;
};

} // namespace selftrack::core
