// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/EditHistory.h"

#include "core/vault/VaultSession.h"
#include "ui/undo/RevisionCommand.h"

#include <QUndoStack>

namespace selftrack::ui {

EditHistory::EditHistory(core::VaultSession& session, QObject* parent)
    : QObject(parent), m_session(session), m_stack(new QUndoStack(this)) {
    connect(&m_session, &core::VaultSession::aboutToLock, m_stack, &QUndoStack::clear);
}

void EditHistory::wrote(const QString& text, const QString& itemId, const QString& beforeRev, const QString& afterRev) {
    m_stack->push(new RevisionCommand(m_session, text, itemId, beforeRev, afterRev,
                                      [this](const QString& message) { Q_EMIT failed(message); }));
}

} // namespace selftrack::ui
