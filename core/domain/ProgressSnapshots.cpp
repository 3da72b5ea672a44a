// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ProgressSnapshots.h"

#include "core/domain/ResumeStateCodec.h"

#include <QDataStream>
#include <QIODevice>

#include <cstdio>

namespace selftrack::core {

namespace {
// Bumped whenever GoalProgress or the engine's figures change meaning: older snapshots are then
// simply not found and recomputed.
constexpr qint32 kFormat = 2;

template <typename T> void put(QDataStream& out, const std::optional<T>& value) {
    out << value.has_value();
    if (value)
        out << *value;
}

template <typename T> void take(QDataStream& in, std::optional<T>& value) {
    bool has = false;
    in >> has;
    value.reset();
    if (has) {
        T v{};
        in >> v;
        value = v;
    }
}

} // namespace

QByteArray ProgressSnapshots::keyOf(const GoalRule& rule, const ProgressContext& context) {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << kFormat << static_cast<qint32>(context.weekStart) << context.timeZone.id() << static_cast<qint32>(rule.kind)
        << rule.target << static_cast<qint32>(rule.direction) << static_cast<qint32>(rule.aggregation)
        << static_cast<qint32>(rule.period) << rule.frequency.numerator << rule.frequency.denominator
        << rule.frequency.weekdayMask << rule.start;
    put(out, rule.deadline);
    return bytes;
}

QByteArray ProgressSnapshots::encode(const GoalProgress& p) {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << kFormat << p.today << p.period.first << p.period.last << p.periodValue << p.hasValue << p.fraction
        << p.expectedFraction << static_cast<qint32>(p.status) << static_cast<qint32>(p.streakUnit)
        << static_cast<qint32>(p.currentStreak) << static_cast<qint32>(p.bestStreak);
    put(out, p.completion30);
    put(out, p.completion90);
    put(out, p.completion365);
    out << p.score;
    put(out, p.forecast);
    put(out, p.slopePerDay);
    put(out, p.forecastOnTime);
    return bytes;
}

std::optional<GoalProgress> ProgressSnapshots::decode(const QByteArray& bytes) {
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_0);
    qint32 format = 0;
    in >> format;
    if (format != kFormat)
        return std::nullopt;
    GoalProgress p;
    qint32 status = 0;
    qint32 unit = 0;
    qint32 current = 0;
    qint32 best = 0;
    in >> p.today >> p.period.first >> p.period.last >> p.periodValue >> p.hasValue >> p.fraction >>
        p.expectedFraction >> status >> unit >> current >> best;
    take(in, p.completion30);
    take(in, p.completion90);
    take(in, p.completion365);
    in >> p.score;
    take(in, p.forecast);
    take(in, p.slopePerDay);
    take(in, p.forecastOnTime);
    if (in.status() != QDataStream::Ok || !in.atEnd() || status < 0 ||
        status > static_cast<qint32>(ProgressStatus::Done) || unit < 0 ||
        unit > static_cast<qint32>(PeriodKind::Whole) || !p.today.isValid())
        return std::nullopt;
    p.status = static_cast<ProgressStatus>(status);
    p.streakUnit = static_cast<PeriodKind>(unit);
    p.currentStreak = current;
    p.bestStreak = best;
    return p;
}

std::optional<ProgressSnapshots::Kept> ProgressSnapshots::find(const QString& goalId, const GoalRule& rule,
                                                               const ProgressContext& context) {
    auto stmt = m_db.cached("SELECT key, day, figures FROM progress_snapshots WHERE goal_id = ?");
    if (!stmt)
        return std::nullopt;
    (*stmt)->bind(1, goalId);
    struct Row {
        QByteArray key;
        qint64 day;
        QByteArray figures;
    };
    auto row = (*stmt)->single([](const Statement& s) { return Row{s.blob(0), s.int64(1), s.blob(2)}; }, QString());
    if (!row || row->key != keyOf(rule, context))
        return std::nullopt;
    auto progress = decode(row->figures);
    if (!progress || progress->today.toJulianDay() != row->day)
        return std::nullopt;
    return Kept{row->day, std::move(*progress)};
}

std::optional<ResumeState> ProgressSnapshots::resumeState(const QString& goalId, const GoalRule& rule,
                                                          const ProgressContext& context) {
    auto stmt = m_db.cached("SELECT key, state FROM progress_states WHERE goal_id = ?");
    if (!stmt)
        return std::nullopt;
    (*stmt)->bind(1, goalId);
    auto row = (*stmt)->single([](const Statement& s) { return std::make_pair(s.blob(0), s.blob(1)); }, QString());
    if (!row || row->first != keyOf(rule, context))
        return std::nullopt;
    return ResumeStateCodec::decode(row->second);
}

Status ProgressSnapshots::store(const QList<Snapshot>& snapshots, const ProgressContext& context) {
    if (snapshots.isEmpty())
        return {};
    // Derived data need not reach the disk before the call returns: committed without the WAL
    // fsync (synchronous=NORMAL, still crash-safe), made durable by the next Content write's.
    auto level = m_db.queryInt("PRAGMA synchronous;");
    if (!level)
        return std::unexpected(level.error());
    if (auto st = m_db.exec("PRAGMA synchronous = NORMAL;"); !st)
        return st;
    auto write = [&]() -> Status {
        Transaction tx(m_db);
        if (!tx.begun())
            return tx.begun();
        for (const Snapshot& s : snapshots) {
            const QByteArray key = keyOf(s.rule, context);
            auto stmt =
                m_db.cached("INSERT OR REPLACE INTO progress_snapshots(goal_id, key, day, figures) VALUES(?, ?, ?, ?)");
            if (!stmt)
                return std::unexpected(stmt.error());
            (*stmt)
                ->bind(1, s.goalId)
                .bind(2, key)
                .bind(3, static_cast<std::int64_t>(s.progress.today.toJulianDay()))
                .bind(4, encode(s.progress));
            if (auto st = (*stmt)->exec(); !st)
                return st;
            if (!s.state)
                continue;
            auto state = m_db.cached("INSERT OR REPLACE INTO progress_states(goal_id, key, state) VALUES(?, ?, ?)");
            if (!state)
                return std::unexpected(state.error());
            (*state)->bind(1, s.goalId).bind(2, key).bind(3, ResumeStateCodec::encode(*s.state));
            if (auto st = (*state)->exec(); !st)
                return st;
        }
        return tx.commit();
    };
    const Status written = write();
    char restore[48];
    std::snprintf(restore, sizeof restore, "PRAGMA synchronous = %d;", static_cast<int>(*level));
    if (auto st = m_db.exec(restore); !st)
        return st;
    return written;
}

Status ProgressSnapshots::drop(const QString& goalId) {
    for (const char* sql :
         {"DELETE FROM progress_snapshots WHERE goal_id = ?", "DELETE FROM progress_states WHERE goal_id = ?"}) {
        auto stmt = m_db.cached(sql);
        if (!stmt)
            return std::unexpected(stmt.error());
        (*stmt)->bind(1, goalId);
        if (auto st = (*stmt)->exec(); !st)
            return st;
    }
    return {};
}

} // namespace selftrack::core
