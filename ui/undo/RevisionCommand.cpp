// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/RevisionCommand.h"

#include "core/domain/ContentStore.h"
#include "core/vault/VaultSession.h"

namespace selftrack::ui {

RevisionCommand::RevisionCommand(core::VaultSession& session, const QString& text, QString itemId, QString beforeRev,
                                 QString afterRev, Report report)
    : m_session(session), m_itemId(std::move(itemId)), m_beforeRev(std::move(beforeRev)),
      m_afterRev(std::move(afterRev)), m_report(std::move(report)) {
    setText(text);
}

void RevisionCommand::undo() {
    auto store = m_session.store();
    core::Status st =
        store ? (m_beforeRev.isEmpty() ? (*store)->remove(m_itemId) : (*store)->revert(m_itemId, m_beforeRev))
              : core::Status(std::unexpected(store.error()));
    if (!st && m_report)
        m_report(st.error().message);
}

void RevisionCommand::redo() {
    if (std::exchange(m_firstRedo, false))
        return;
    auto store = m_session.store();
    core::Status st =
        store ? (m_beforeRev.isEmpty() ? (*store)->restore(m_itemId) : (*store)->revert(m_itemId, m_afterRev))
              : core::Status(std::unexpected(store.error()));
    if (!st && m_report)
        m_report(st.error().message);
}

} // namespace selftrack::ui
