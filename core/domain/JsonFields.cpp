// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/JsonFields.h"

#include <cmath>

namespace selftrack::core {

void JsonFields::problem(const char* key, const QString& what) {
    if (m_error.isEmpty())
        m_error = QStringLiteral("The %1 field \"%2\" %3.").arg(m_what, QLatin1String(key), what);
}

QString JsonFields::string(const char* key, bool required) {
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            problem(key, QStringLiteral("is missing"));
        return {};
    }
    if (!value.isString())
        problem(key, QStringLiteral("must be text"));
    return value.toString();
}

std::optional<double> JsonFields::optionalNumber(const char* key) {
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        problem(key, QStringLiteral("must be a number"));
        return std::nullopt;
    }
    return value.toDouble();
}

double JsonFields::number(const char* key, double fallback) {
    return optionalNumber(key).value_or(fallback);
}

int JsonFields::integer(const char* key, int fallback) {
    auto value = optionalNumber(key);
    if (!value)
        return fallback;
    if (*value != std::floor(*value) || std::abs(*value) > 2e9) {
        problem(key, QStringLiteral("must be a whole number"));
        return fallback;
    }
    return static_cast<int>(*value);
}

bool JsonFields::boolean(const char* key, bool fallback) {
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool())
        problem(key, QStringLiteral("must be true or false"));
    return value.toBool(fallback);
}

QDate JsonFields::date(const char* key, bool required) {
    auto value = optionalDate(key);
    if (!value && required)
        problem(key, QStringLiteral("is missing"));
    return value.value_or(QDate());
}

std::optional<QDate> JsonFields::optionalDate(const char* key) {
    const QString text = string(key);
    if (text.isEmpty())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        problem(key, QStringLiteral("must be a date like 2024-01-31"));
        return std::nullopt;
    }
    return date;
}

std::optional<QTime> JsonFields::optionalTime(const char* key) {
    const QString text = string(key);
    if (text.isEmpty())
        return std::nullopt;
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!time.isValid()) {
        problem(key, QStringLiteral("must be a time like 07:30"));
        return std::nullopt;
    }
    return time;
}

QJsonArray JsonFields::array(const char* key) {
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        problem(key, QStringLiteral("must be a list"));
    return value.toArray();
}

} // namespace selftrack::core
