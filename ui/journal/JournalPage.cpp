// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journal/JournalPage.h"

#include "core/domain/ContentStore.h"
#include "core/vault/VaultSession.h"
#include "ui/journal/JournalDelegate.h"
#include "ui/journal/JournalEditor.h"
#include "ui/journal/JournalFilterBar.h"
#include "ui/journal/JournalModel.h"
#include "ui/undo/EditHistory.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace selftrack::ui {

namespace {
QAction* pageAction(QWidget* page, const QString& name, const QKeySequence& key, Qt::ShortcutContext context) {
    auto* action = new QAction(page);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(context);
    page->addAction(action);
    return action;
}
} // namespace

JournalPage::JournalPage(core::VaultSession& session, EditHistory* history, QWidget* parent)
    : QWidget(parent), m_session(session), m_history(history) {
    setObjectName(QStringLiteral("journalPage"));
    m_model = new JournalModel(session, this);

    auto* heading = new QLabel(tr("Journal"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    m_filters = new JournalFilterBar(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("journalStatus"));
    m_status->setWordWrap(true);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("journalList"));
    m_list->setAccessibleName(tr("Journal entries, newest first"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new JournalDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_editor = new JournalEditor(this);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveEntry"));
    m_save->setToolTip(tr("Save the entry (Ctrl+S)"));
    m_new = new QPushButton(tr("&New entry"), this);
    m_new->setObjectName(QStringLiteral("newEntry"));
    m_new->setToolTip(tr("Start a new entry for today (Ctrl+Shift+N)"));
    m_trash = new QPushButton(tr("Move to t&rash"), this);
    m_trash->setObjectName(QStringLiteral("trashEntry"));
    m_trash->setToolTip(tr("Move the entry to the trash (Ctrl+Delete); Ctrl+Z takes it back"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    auto* hint =
        new QLabel(tr("Ctrl+S save · Ctrl+Shift+N new · Ctrl+F search · Alt+P preview · Ctrl+Del trash"), this);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto* left = new QWidget(this);
    auto* leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    leftColumn->addWidget(heading);
    leftColumn->addWidget(m_filters);
    leftColumn->addWidget(m_status);
    leftColumn->addWidget(m_list, 1);
    auto* right = new QWidget(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_trash);
    auto* rightColumn = new QVBoxLayout(right);
    rightColumn->setContentsMargins(0, 0, 0, 0);
    rightColumn->addWidget(m_editor, 1);
    rightColumn->addLayout(buttons);
    rightColumn->addWidget(m_problem);
    rightColumn->addWidget(hint);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* column = new QVBoxLayout(this);
    column->addWidget(splitter);

    // The keyboard walks the widgets in the order they were made: search and filters, the
    // timeline, the entry's fields, the buttons.

    connect(pageAction(this, QStringLiteral("saveAction"), QKeySequence::Save, Qt::WidgetWithChildrenShortcut),
            &QAction::triggered, this, &JournalPage::save);
    connect(pageAction(this, QStringLiteral("newEntryAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                       Qt::WidgetWithChildrenShortcut),
            &QAction::triggered, this, &JournalPage::newEntry);
    connect(pageAction(this, QStringLiteral("trashAction"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                       Qt::WidgetWithChildrenShortcut),
            &QAction::triggered, this, &JournalPage::trashCurrent);
    connect(pageAction(this, QStringLiteral("findAction"), QKeySequence::Find, Qt::WidgetWithChildrenShortcut),
            &QAction::triggered, this, [this] {
                m_filters->searchBox()->setFocus(Qt::ShortcutFocusReason);
                m_filters->searchBox()->selectAll();
            });
    auto* deleteInList = new QAction(m_list);
    deleteInList->setShortcut(QKeySequence::Delete);
    deleteInList->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(deleteInList);
    connect(deleteInList, &QAction::triggered, this, &JournalPage::trashCurrent);
    connect(m_save, &QPushButton::clicked, this, &JournalPage::save);
    connect(m_new, &QPushButton::clicked, this, &JournalPage::newEntry);
    connect(m_trash, &QPushButton::clicked, this, &JournalPage::trashCurrent);

    connect(m_filters, &JournalFilterBar::filterChanged, m_model, &JournalModel::setFilter);
    connect(m_filters, &JournalFilterBar::searchChanged, m_model, &JournalModel::setSearchText);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JournalPage::modelReset);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JournalPage::updateStatus);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &JournalPage::currentChanged);
    connect(m_list, &QListView::activated, this, [this] { m_editor->focusText(); });
    connect(m_editor, &JournalEditor::modifiedChanged, this, [this] { m_problem->clear(); });

    connect(&m_session, &core::VaultSession::unlocked, this, [this] {
        refreshChoices();
        m_editor->edit(blankEntry());
    });
    connect(&m_session, &core::VaultSession::aboutToLock, this, &JournalPage::dropAll);
    connect(m_session.events(), &core::ContentEvents::changed, this, &JournalPage::refreshChoices);
    if (m_session.isUnlocked()) {
        refreshChoices();
        m_editor->edit(blankEntry());
    }
    updateStatus();
}

void JournalPage::activate() {
    if (!m_session.isUnlocked())
        return;
    refreshChoices();
    m_model->reload();
    if (!m_editor->isEnabled())
        m_editor->edit(blankEntry());
    m_editor->focusText();
}

QString JournalPage::currentItemId() const {
    return m_editor->recordId();
}

core::Record JournalPage::blankEntry() const {
    core::Record record;
    const QDateTime now = m_session.clock()().toLocalTime();
    record.day = now.date();
    record.time = QTime(now.time().hour(), now.time().minute());
    record.utcOffsetMinutes = now.offsetFromUtc() / 60;
    const core::JournalFilter& filter = m_model->filter();
    if (filter.goals == core::JournalFilter::Goals::One)
        record.goalId = filter.goalId;
    return record;
}

void JournalPage::refreshChoices() {
    auto store = m_session.store();
    if (!store)
        return;
    if (auto tags = (*store)->journalTags())
        m_filters->setTags(*tags);
    if (auto goals = (*store)->goals(true)) {
        m_filters->setGoals(*goals);
        m_editor->setGoals(*goals);
    }
    m_filters->setToday(m_session.clock()().toLocalTime().date());
}

bool JournalPage::save() {
    if (!m_editor->isEnabled())
        return false;
    if (!m_editor->isModified())
        return true;
    auto store = m_session.store();
    if (!store) {
        showProblem(store.error().message);
        return false;
    }
    const core::Record record = m_editor->record();
    const bool isNew = m_editor->isNew();
    const QString beforeRev = record.headRev;
    auto saved = isNew ? (*store)->addRecord(record) : (*store)->updateRecord(record);
    if (!saved) {
        showProblem(saved.error().message);
        return false;
    }
    if (m_history && saved->headRev != beforeRev)
        m_history->wrote(isNew ? tr("new journal entry") : tr("edit of a journal entry"), saved->id, beforeRev,
                         saved->headRev);
    m_editor->edit(*saved);
    selectEntry(saved->id);
    m_problem->setText(tr("Saved."));
    return true;
}

bool JournalPage::newEntry() {
    if (!m_session.isUnlocked() || !save())
        return false;
    m_editor->edit(blankEntry());
    selectEntry(QString());
    m_editor->focusText();
    return true;
}

bool JournalPage::trashCurrent() {
    if (!m_editor->isEnabled())
        return false;
    const QString id = m_editor->recordId();
    if (id.isEmpty()) { // a draft: nothing stored to move
        m_editor->edit(blankEntry());
        return true;
    }
    auto store = m_session.store();
    if (!store) {
        showProblem(store.error().message);
        return false;
    }
    const int row = m_model->rowOf(id);
    const QString beforeRev = m_editor->record().headRev;
    if (auto st = (*store)->remove(id); !st) {
        showProblem(st.error().message);
        return false;
    }
    auto trashed = (*store)->record(id);
    if (m_history && trashed)
        m_history->wrote(tr("journal entry to the trash"), id, beforeRev, trashed->headRev);
    // The entry that took its place (the next older one, maybe after a day header), or else the
    // one above.
    for (int r : {row, row + 1, row - 1, row - 2})
        if (const core::Record* next = m_model->entryAt(r)) {
            m_editor->edit(*next);
            selectEntry(next->id);
            m_problem->setText(tr("Moved to the trash (Ctrl+Z takes it back)."));
            return true;
        }
    m_editor->edit(blankEntry());
    selectEntry(QString());
    m_problem->setText(tr("Moved to the trash (Ctrl+Z takes it back)."));
    return true;
}

bool JournalPage::openRow(int row) {
    const core::Record* entry = m_model->entryAt(row);
    if (!entry)
        return false;
    if (entry->id == m_editor->recordId()) {
        selectEntry(entry->id);
        return true;
    }
    const QString wanted = entry->id;
    if (!save()) { // the edit stays on screen, and so does its selection
        selectEntry(m_editor->recordId());
        return false;
    }
    const int now = m_model->rowOf(wanted); // the save may have reloaded the model
    if (now < 0)
        return false;
    m_editor->edit(*m_model->entryAt(now));
    selectEntry(wanted);
    return true;
}

void JournalPage::currentChanged(const QModelIndex& current) {
    if (!m_selecting && current.isValid())
        openRow(current.row());
}

void JournalPage::selectEntry(const QString& recordId) {
    m_selecting = true;
    const int row = recordId.isEmpty() ? -1 : m_model->rowOf(recordId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    else
        m_list->selectionModel()->clear();
    m_selecting = false;
}

void JournalPage::modelReset() {
    selectEntry(m_editor->recordId());
    updateStatus();
    // An entry changed elsewhere (undo, another view) is shown as it is now, unless it is being
    // edited here; one that went to the trash leaves a new entry in its place.
    const QString id = m_editor->recordId();
    if (id.isEmpty() || m_editor->isModified() || !m_editor->isEnabled())
        return;
    auto store = m_session.store();
    if (!store)
        return;
    auto current = (*store)->record(id);
    if (!current || current->deleted)
        m_editor->edit(blankEntry());
    else if (current->headRev != m_editor->record().headRev)
        m_editor->edit(*current);
}

void JournalPage::updateStatus() {
    if (!m_session.isUnlocked()) {
        m_status->clear();
        return;
    }
    QString text;
    if (!m_model->problem().isEmpty())
        text = m_model->problem();
    else if (m_model->isSearching())
        text = m_model->entryCount() == 0 ? tr("Nothing in the journal matches “%1”.").arg(m_model->searchText())
                                          : tr("Entries matching “%1”, newest first:").arg(m_model->searchText());
    else if (m_model->entryCount() == 0)
        text = m_model->filter() == core::JournalFilter{}
                   ? tr("No entries yet. Write one on the right and press Ctrl+S.")
                   : tr("No entries pass these filters.");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void JournalPage::showProblem(const QString& message) {
    m_problem->setText(message);
}

void JournalPage::dropAll() {
    m_filters->clear();
    m_editor->clear();
    m_problem->clear();
    m_status->clear();
}

} // namespace selftrack::ui
