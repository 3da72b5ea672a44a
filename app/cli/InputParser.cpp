// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/InputParser.h"

#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <cmath>

namespace selftrack::app {

namespace {
constexpr std::array<const char*, 7> kDayNames{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<const char*, 7> kLongDayNames{"monday", "tuesday",  "wednesday", "thursday",
                                                   "friday", "saturday", "sunday"};

int dayBit(const QString& name) {
    for (std::size_t i = 0; i < kDayNames.size(); ++i)
        if (name == QLatin1String(kDayNames[i]) || name == QLatin1String(kLongDayNames[i]))
            return 1 << i;
    if (name == QLatin1String("weekdays"))
        return 0x1f;
    if (name == QLatin1String("weekends"))
        return 0x60;
    return 0;
}
} // namespace

CliResult<QDate> InputParser::date(const QString& text, const QString& option, QDate today) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("today"))
        return today;
    if (t == QLatin1String("yesterday"))
        return today.addDays(-1);
    static const QRegularExpression kShape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (!kShape.match(t).hasMatch() || !d.isValid() || d.year() < 1900)
        return cliFail(ExitCode::Invalid,
                       QStringLiteral("The %1 \"%2\" is not a valid date; use YYYY-MM-DD.").arg(option, text));
    return d;
}

CliResult<QTime> InputParser::time(const QString& text) {
    static const QRegularExpression kShape(QStringLiteral("^\\d{1,2}:\\d{2}$"));
    const QTime t = QTime::fromString(text.trimmed().rightJustified(5, QLatin1Char('0')), QStringLiteral("HH:mm"));
    if (!kShape.match(text.trimmed()).hasMatch() || !t.isValid())
        return cliFail(ExitCode::Invalid, QStringLiteral("The time \"%1\" is not valid; use HH:MM.").arg(text));
    return t;
}

CliResult<double> InputParser::number(const QString& text, const QString& what) {
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return cliFail(ExitCode::Invalid, QStringLiteral("The %1 \"%2\" is not a number.").arg(what, text));
    return v;
}

CliResult<double> InputParser::positiveNumber(const QString& text, const QString& what) {
    auto v = number(text, what);
    if (v && *v <= 0)
        return cliFail(ExitCode::Invalid, QStringLiteral("The %1 must be greater than zero.").arg(what));
    return v;
}

CliResult<int> InputParser::mood(const QString& text) {
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < 1 || v > 5)
        return cliFail(ExitCode::Invalid,
                       QStringLiteral("The mood must be a whole number from 1 to 5, not \"%1\".").arg(text));
    return v;
}

CliResult<int> InputParser::weekdays(const QString& text) {
    int mask = 0;
    const QStringList parts = text.toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const int bit = dayBit(part.trimmed());
        if (bit == 0)
            return cliFail(
                ExitCode::Invalid,
                QStringLiteral("\"%1\" is not a weekday; use mon,tue,wed,thu,fri,sat,sun.").arg(part.trimmed()));
        mask |= bit;
    }
    if (mask == 0)
        return cliFail(ExitCode::Invalid, QStringLiteral("--days needs at least one weekday, e.g. mon,wed,fri."));
    return mask;
}

CliResult<std::pair<int, int>> InputParser::frequency(const QString& text) {
    static const QRegularExpression kShape(QStringLiteral("^\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s*$"));
    const auto match = kShape.match(text);
    const int x = match.captured(1).toInt();
    const int y = match.captured(2).toInt();
    if (!match.hasMatch() || x < 1 || y < 1 || x > y || y > 366)
        return cliFail(
            ExitCode::Invalid,
            QStringLiteral("--per \"%1\" is not valid; use X/Y (X times per Y days, 1 <= X <= Y <= 366).").arg(text));
    return std::pair{x, y};
}

QString InputParser::weekdayNames(int mask) {
    QStringList names;
    for (std::size_t i = 0; i < kDayNames.size(); ++i)
        if (mask & (1 << i))
            names.append(QLatin1String(kDayNames[i]));
    return names.join(QLatin1Char(','));
}

} // namespace selftrack::app
