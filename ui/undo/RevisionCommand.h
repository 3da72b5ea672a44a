// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

// One edit made in this session, undone and redone through the revision log, so history stays
// append-only: undoing a change reverts the item to the revision before it (a new revision),
// undoing a creation moves the new item to the trash; redo reverts to the edit's revision or
// restores the item. A step core refuses (the item was purged, the vault locked) is passed to
// `report`, and the stack is left as it is.
class RevisionCommand : public QUndoCommand {
public:
    // `beforeRev` empty: the edit created the item.
    using Report = std::function<void(const QString& message)>;
    RevisionCommand(core::VaultSession& session, const QString& text, QString itemId, QString beforeRev,
                    QString afterRev, Report report);

    void undo() override;
    void redo() override;

private:
    core::VaultSession& m_session;
    QString m_itemId;
    QString m_beforeRev;
    QString m_afterRev;
    Report m_report;
    bool m_firstRedo = true; // the edit itself is already written when the command is pushed
};

} // namespace selftrack::ui
