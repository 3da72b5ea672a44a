// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Record.h"

#include <QWidget>

class QLabel;
class QListView;
class QModelIndex;
class QPushButton;

namespace selftrack::core {
class VaultSession;
}

namespace selftrack::ui {

class EditHistory;
class JournalEditor;
class JournalFilterBar;
class JournalModel;

// The journal: on the left the timeline (entries grouped by day, newest first, loaded as it
// scrolls) under a search box (results as you type) and filters by tag, goal and days; on the
// right the editor of one entry (Markdown with a preview, day, goal, mood, tags).
// Keys (while the page has focus): Ctrl+S saves, Ctrl+Shift+N starts a new entry, Ctrl+Delete
// (or Delete in the list) moves the entry to the trash, Ctrl+F goes to the search box, Alt+P
// toggles the preview, Enter in the list goes to the entry's text. Choosing another entry saves
// the one being edited first. Every write goes through core and is reported to `history` (may be
// null) for undo; the page follows core's change events, and shows nothing of the vault once it
// locks (an unsaved edit is dropped then).
class JournalPage : public QWidget {
    Q_OBJECT
public:
    JournalPage(core::VaultSession& session, EditHistory* history, QWidget* parent = nullptr);

    JournalModel* model() const { return m_model; }
    JournalEditor* editor() const { return m_editor; }
    // Called when the page is shown: reads the journal again and puts the focus on the text of
    // the entry being edited (a new one for today when there is none).
    void activate();
    // The entry in the editor (for its history, Ctrl+H); empty for a new one not saved yet.
    QString currentItemId() const;

    // Saves the entry being edited; false (reason shown) when core refuses. Nothing to save is true.
    bool save();
    // Starts a new entry for today (about the goal the timeline is filtered to, if any), after
    // saving the one being edited; false when that save failed.
    bool newEntry();
    // Moves the entry being edited to the trash (a new one is discarded); false when core refuses.
    bool trashCurrent();
    // Shows the entry of `row` of the model in the editor (saving the one being edited first).
    bool openRow(int row);

private:
    void refreshChoices();
    void modelReset();
    void currentChanged(const QModelIndex& current);
    void selectEntry(const QString& recordId);
    void updateStatus();
    void showProblem(const QString& message);
    void dropAll();
    core::Record blankEntry() const;

    core::VaultSession& m_session;
    EditHistory* m_history = nullptr;
    JournalModel* m_model = nullptr;
    JournalFilterBar* m_filters = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_status = nullptr;
    JournalEditor* m_editor = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_trash = nullptr;
    QLabel* m_problem = nullptr;
    bool m_selecting = false; // the page moves the selection itself: no entry switch
};

} // namespace selftrack::ui
