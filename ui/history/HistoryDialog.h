// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/history/ItemHistory.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class EditHistory;

// The revisions of one goal, record or entry (core's ItemHistory), newest first: when, which
// device and what changed; the selected one's field-by-field diff (core's RevisionDiff); and
// "Restore this version", a revert that adds a revision (and can be undone).
class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    HistoryDialog(core::VaultSession& session, EditHistory* history, QString itemId, QWidget* parent = nullptr);

    int revisionCount() const { return static_cast<int>(m_entries.size()); }
    // Selects the revision at `row` (0 = newest).
    void select(int row);
    // Restores the selected revision; false (reason shown) when core refuses.
    bool restoreSelected();
    // The diff shown now, as plain text (for tests and screen readers).
    QString diffText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void showSelected();
    const core::HistoryEntry* selectedEntry() const;

    core::VaultSession& m_session;
    EditHistory* m_history = nullptr;
    QString m_itemId;
    QList<core::HistoryEntry> m_entries; // oldest first, as core gives them
    QListWidget* m_list = nullptr;
    QTextBrowser* m_diff = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace selftrack::ui
