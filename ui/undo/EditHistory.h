// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QUndoStack;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

// The session's undo stack (Ctrl+Z / Ctrl+Shift+Z everywhere): views report each edit they wrote
// through core, and undo/redo go through the revision log (RevisionCommand). Emptied when the
// vault locks. GUI thread, like the session.
class EditHistory : public QObject {
    Q_OBJECT
public:
    explicit EditHistory(core::VaultSession& session, QObject* parent = nullptr);

    QUndoStack* stack() const { return m_stack; }
    // `text` names the edit in the Edit menu ("Undo check-in"). `beforeRev` empty = created.
    void wrote(const QString& text, const QString& itemId, const QString& beforeRev, const QString& afterRev);

Q_SIGNALS:
    // An undo or redo that core refused, with its reason.
    void failed(const QString& message);

private:
    core::VaultSession& m_session;
    QUndoStack* m_stack = nullptr;
};

} // namespace selftrack::ui
