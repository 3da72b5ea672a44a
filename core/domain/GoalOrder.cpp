// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/GoalOrder.h"

#include <algorithm>

namespace selftrack::core {

Result<QList<GoalOrder::Moved>> GoalOrder::move(ContentStore& store, const QString& id, const QString& beforeId,
                                                std::optional<QString> categoryId) {
    auto goals = store.goals(true);
    if (!goals)
        return std::unexpected(goals.error());
    const QList<Goal> original = std::move(*goals);
    QList<Goal> order = original;
    const auto moving = std::ranges::find(order, id, &Goal::id);
    if (moving == order.end())
        return fail(ErrorCode::NotFound, QStringLiteral("No goal %1 to move.").arg(id));
    if (!beforeId.isEmpty() && std::ranges::find(order, beforeId, &Goal::id) == order.end())
        return fail(ErrorCode::NotFound, QStringLiteral("No goal %1 to move before.").arg(beforeId));
    Goal goal = *moving;
    order.erase(moving);
    if (categoryId)
        goal.categoryId = *categoryId;
    const auto target =
        beforeId.isEmpty() || beforeId == id ? order.end() : std::ranges::find(order, beforeId, &Goal::id);
    order.insert(target, goal);

    QList<Moved> written;
    const Status status = store.batch([&]() -> Status {
        for (qsizetype i = 0; i < order.size(); ++i) {
            Goal next = order.at(i);
            next.position = static_cast<int>(i);
            const Goal& before = *std::ranges::find(original, next.id, &Goal::id);
            if (next.position == before.position && next.categoryId == before.categoryId)
                continue;
            auto saved = store.updateGoal(next);
            if (!saved)
                return std::unexpected(saved.error());
            written.append(Moved{before, *saved});
        }
        return {};
    });
    if (!status)
        return std::unexpected(status.error());
    return written;
}

} // namespace selftrack::core
