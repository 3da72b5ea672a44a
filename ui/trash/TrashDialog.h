// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/ContentStore.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class EditHistory;

// The trash: what was deleted, newest first (core's trash() with its labels). Restore takes an
// item back (undoable); Delete permanently purges it and all its versions after a confirmation
// that says it cannot be undone; Empty trash does that for everything.
class TrashDialog : public QDialog {
    Q_OBJECT
public:
    TrashDialog(core::VaultSession& session, EditHistory* history, QWidget* parent = nullptr);

    int count() const { return static_cast<int>(m_entries.size()); }
    void select(int row);
    bool restoreSelected();
    bool purgeSelected();
    bool emptyTrash();

private:
    void reload();
    const core::TrashEntry* selected() const;

    core::VaultSession& m_session;
    EditHistory* m_history = nullptr;
    QList<core::TrashEntry> m_entries;
    QListWidget* m_list = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_purge = nullptr;
    QPushButton* m_empty = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace selftrack::ui
