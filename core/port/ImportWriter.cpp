// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/port/ImportWriter.h"

#include "core/domain/ContentStore.h"

#include <QSet>

namespace selftrack::core {

namespace {

class Run {
public:
    Run(ContentStore& store, const ImportPlan& plan, const ProgressCallback& progress)
        : m_store(store), m_plan(plan), m_progress(progress) {
        for (const Category& c : plan.categories)
            m_planned.insert(c.id);
        for (const Goal& g : plan.goals)
            m_planned.insert(g.id);
    }

    Status all() {
        if (auto st = each(m_plan.categories, ItemType::Category); !st)
            return st;
        if (auto st = each(m_plan.goals, ItemType::Goal); !st)
            return st;
        if (auto st = each(m_plan.milestones, ItemType::Milestone); !st)
            return st;
        if (auto st = each(m_plan.records, ItemType::Record); !st)
            return st;
        return settings();
    }

    ImportReport report;

private:
    template <typename T> Status each(const QList<T>& items, ItemType type) {
        ImportReport::Counts& counts = report.counts[type];
        for (const T& item : items) {
            if (auto st = references(item); !st)
                return st;
            auto outcome = m_plan.verbatim ? m_store.adopt(item, m_plan.history.value(item.id)) : addForeign(item);
            if (!outcome)
                return fail(outcome.error().code, QStringLiteral("The %1 %2 cannot be imported: %3")
                                                      .arg(toString(type), item.id, outcome.error().message));
            switch (*outcome) {
            case AdoptOutcome::Added:
                ++counts.added;
                break;
            case AdoptOutcome::Updated:
                ++counts.updated;
                break;
            case AdoptOutcome::Unchanged:
                ++counts.unchanged;
                break;
            }
            ++m_done;
            if (m_progress && (m_done % 500 == 0 || m_done == m_plan.itemCount()))
                m_progress(PortProgress{QStringLiteral("writing"), m_done, m_plan.itemCount()});
        }
        return {};
    }

    // Another program's item: added when new, left alone when an earlier import added it.
    template <typename T> Result<AdoptOutcome> addForeign(const T& item) {
        if (auto type = m_store.typeOf(item.id))
            return AdoptOutcome::Unchanged;
        auto added = [&] {
            if constexpr (std::is_same_v<T, Goal>)
                return m_store.addGoal(item);
            else if constexpr (std::is_same_v<T, Record>)
                return m_store.addRecord(item);
            else if constexpr (std::is_same_v<T, Milestone>)
                return m_store.addMilestone(item);
            else
                return m_store.addCategory(item);
        }();
        if (!added)
            return std::unexpected(added.error());
        return AdoptOutcome::Added;
    }

    Status exists(const QString& id, const QString& what, const QString& of) {
        if (id.isEmpty() || m_planned.contains(id) || m_store.typeOf(id))
            return {};
        return fail(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 refers to the %2 %3, which is neither in the file nor in the vault.").arg(of, what, id));
    }

    template <typename T> Status references(const T& item) {
        if constexpr (std::is_same_v<T, Goal>)
            return exists(item.categoryId, QStringLiteral("category"), QStringLiteral("The goal %1").arg(item.id));
        else if constexpr (std::is_same_v<T, Record> || std::is_same_v<T, Milestone>)
            return exists(item.goalId, QStringLiteral("goal"), QStringLiteral("The item %1").arg(item.id));
        else
            return {};
    }

    Status settings() {
        for (auto it = m_plan.settings.cbegin(); it != m_plan.settings.cend(); ++it) {
            // The vault's own choices win: a setting comes over only where the vault has none yet.
            auto stmt = m_store.database().prepare("INSERT OR IGNORE INTO settings(key, value) VALUES(?, ?)");
            if (!stmt)
                return std::unexpected(stmt.error());
            stmt->bind(1, it.key()).bind(2, it.value());
            if (auto st = stmt->exec(); !st)
                return st;
        }
        return {};
    }

    ContentStore& m_store;
    const ImportPlan& m_plan;
    const ProgressCallback& m_progress;
    QSet<QString> m_planned;
    qint64 m_done = 0;
};

} // namespace

Result<ImportReport> ImportWriter::apply(ContentStore& store, const ImportPlan& plan, bool dryRun,
                                         const ProgressCallback& progress) {
    Run run(store, plan, progress);
    bool rolledBackOnPurpose = false;
    auto st = store.batch([&]() -> Status {
        if (auto written = run.all(); !written)
            return written;
        if (!dryRun)
            return {};
        rolledBackOnPurpose = true;
        return fail(ErrorCode::InvalidInput, QStringLiteral("dry run")); // rolls the transaction back
    });
    if (!st && !rolledBackOnPurpose)
        return std::unexpected(st.error());
    run.report.format = plan.format;
    run.report.dryRun = dryRun;
    run.report.notes = plan.notes;
    return run.report;
}

} // namespace selftrack::core
