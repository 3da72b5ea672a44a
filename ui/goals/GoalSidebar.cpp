// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/goals/GoalSidebar.h"

#include "ui/goals/GoalListModel.h"
#include "ui/widgets/ProgressDelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace selftrack::ui {

GoalSidebar::GoalSidebar(core::VaultSession& session, EditHistory* history, QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("goalSidebar"));
    m_model = new GoalListModel(session, history, this);

    m_today = new QPushButton(tr("&Today"), this);
    m_today->setObjectName(QStringLiteral("todayButton"));
    m_journal = new QPushButton(tr("&Journal"), this);
    m_journal->setObjectName(QStringLiteral("journalButton"));
    for (QPushButton* button : {m_today, m_journal}) {
        button->setCheckable(true);
        button->setFlat(true);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
    }
    connect(m_today, &QPushButton::clicked, this, &GoalSidebar::todayRequested);
    connect(m_journal, &QPushButton::clicked, this, &GoalSidebar::journalRequested);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("goalTree"));
    m_tree->setAccessibleName(tr("Goals"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(false);
    m_tree->setItemDelegate(new ProgressDelegate(GoalListModel::FractionRole, GoalListModel::StatusRole,
                                                 GoalListModel::IsCategoryRole, m_tree));
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GoalSidebar::reselect);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        const QString id = index.data(GoalListModel::GoalIdRole).toString();
        if (!id.isEmpty() && id != m_current)
            Q_EMIT goalRequested(id);
    });

    auto* moveUp = new QAction(tr("Move goal up"), this);
    moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    moveUp->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(moveUp, &QAction::triggered, this, [this] { moveSelected(-1); });
    auto* moveDown = new QAction(tr("Move goal down"), this);
    moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    moveDown->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(moveDown, &QAction::triggered, this, [this] { moveSelected(1); });
    m_tree->addActions({moveUp, moveDown});

    m_archived = new QCheckBox(tr("Show &archived"), this);
    m_archived->setObjectName(QStringLiteral("showArchived"));
    connect(m_archived, &QCheckBox::toggled, m_model, &GoalListModel::setShowArchived);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_today);
    layout->addWidget(m_journal);
    layout->addSpacing(6);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_archived);
    m_tree->expandAll();
}

void GoalSidebar::setCurrent(const QString& view) {
    m_current = view;
    m_today->setChecked(view == QLatin1String("today"));
    m_journal->setChecked(view == QLatin1String("journal"));
    reselect();
}

QString GoalSidebar::selectedGoal() const {
    return m_tree->currentIndex().data(GoalListModel::GoalIdRole).toString();
}

void GoalSidebar::reselect() {
    m_tree->expandAll();
    const QModelIndex index = m_model->indexOf(m_current);
    const QSignalBlocker blocker(m_tree->selectionModel());
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    else
        m_tree->selectionModel()->clear();
    m_tree->viewport()->update();
}

void GoalSidebar::moveSelected(int delta) {
    const QModelIndex index = m_tree->currentIndex();
    const QString id = index.data(GoalListModel::GoalIdRole).toString();
    if (id.isEmpty())
        return;
    const int category = index.parent().row();
    const int count = m_model->rowCount(index.parent());
    if ((delta < 0 && index.row() == 0) || (delta > 0 && index.row() + 1 >= count))
        return;
    const int row = index.row() + (delta < 0 ? -1 : 2); // before the one above, or the one after next
    m_model->moveGoal(id, category, row);
}

} // namespace selftrack::ui
