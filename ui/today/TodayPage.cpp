// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/TodayPage.h"

#include "core/domain/ContentStore.h"
#include "core/domain/DayCheckIns.h"
#include "core/vault/VaultSession.h"
#include "ui/today/TodayModel.h"
#include "ui/undo/EditHistory.h"
#include "ui/widgets/ProgressDelegate.h"

#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QUndoStack>
#include <QVBoxLayout>

namespace selftrack::ui {

TodayPage::TodayPage(core::VaultSession& session, EditHistory* history, QWidget* parent)
    : QWidget(parent), m_session(session), m_history(history) {
    setObjectName(QStringLiteral("todayPage"));
    m_model = new TodayModel(session, this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("todayHeader"));
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_header->setFont(big);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("todayList"));
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Goals today"));
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    // Today's progress as a bar under each due goal (no header rows here).
    m_list->setItemDelegate(new ProgressDelegate(TodayModel::FractionRole, TodayModel::StatusRole, -1, m_list));
    m_list->installEventFilter(this);
    m_empty = new QLabel(tr("No goals yet. Press Ctrl+N to add your first one."), this);
    m_empty->setObjectName(QStringLiteral("todayEmpty"));
    m_empty->setWordWrap(true);

    m_valueLabel = new QLabel(this);
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("valueEntry"));
    m_value->setAccessibleName(tr("Value to log"));
    m_value->setPlaceholderText(tr("type a number, then Enter"));
    auto* validator = new QDoubleValidator(m_value);
    validator->setNotation(QDoubleValidator::StandardNotation);
    m_value->setValidator(validator);
    m_valueLabel->setBuddy(m_value);
    m_journal = new QLineEdit(this);
    m_journal->setObjectName(QStringLiteral("journalLine"));
    m_journal->setAccessibleName(tr("Quick journal entry"));
    m_journal->setPlaceholderText(tr("A line for today's journal, then Enter"));
    auto* journalLabel = new QLabel(tr("&Journal:"), this);
    journalLabel->setBuddy(m_journal);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    auto* hint = new QLabel(
        tr("Space: check in or take back · a number + Enter: log an amount · Ctrl+N: new goal · Ctrl+E: edit"), this);
    hint->setEnabled(false);

    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_valueLabel);
    valueRow->addWidget(m_value, 1);
    auto* journalRow = new QHBoxLayout;
    journalRow->addWidget(journalLabel);
    journalRow->addWidget(m_journal, 1);
    auto* column = new QVBoxLayout(this);
    column->addWidget(m_header);
    column->addWidget(m_empty);
    column->addWidget(m_list, 1);
    column->addLayout(valueRow);
    column->addLayout(journalRow);
    column->addWidget(m_problem);
    column->addWidget(hint);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (auto goal = currentGoal())
            m_selectedGoal = goal->id;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->goal(row).id == m_selectedGoal)
                m_list->setCurrentIndex(m_model->index(row));
        updateHeader();
        updateValueEntry();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &TodayPage::updateValueEntry);
    connect(m_value, &QLineEdit::returnPressed, this, &TodayPage::logValue);
    connect(m_journal, &QLineEdit::returnPressed, this, [this] {
        if (addJournalLine(m_journal->text()))
            m_journal->clear();
    });
    updateHeader();
    updateValueEntry();
}

void TodayPage::activate() {
    m_model->reload();
    m_list->setFocus();
    if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
}

void TodayPage::updateHeader() {
    const QDate today = m_session.clock()().toLocalTime().date();
    m_header->setText(tr("Today, %1").arg(QLocale().toString(today, QLocale::LongFormat)));
    m_empty->setVisible(m_model->rowCount() == 0 && m_model->problem().isEmpty());
    if (!m_model->problem().isEmpty())
        m_problem->setText(m_model->problem());
}

void TodayPage::updateValueEntry() {
    const std::optional<core::Goal> goal = currentGoal();
    const bool amount = goal && goal->kind == core::GoalKind::Amount;
    m_value->setEnabled(amount);
    m_valueLabel->setText(amount ? (goal->unit.isEmpty() ? tr("&Value for %1:").arg(goal->title)
                                                         : tr("&Value for %1 (%2):").arg(goal->title, goal->unit))
                                 : tr("&Value:"));
}

std::optional<core::Goal> TodayPage::currentGoal() const {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->goal(current.row());
}

core::Record TodayPage::recordForNow() const {
    core::Record record;
    const QDateTime now = m_session.clock()().toLocalTime();
    record.day = now.date();
    record.time = QTime(now.time().hour(), now.time().minute());
    record.utcOffsetMinutes = now.offsetFromUtc() / 60;
    return record;
}

bool TodayPage::checkIn(int row, std::optional<double> value) {
    if (row < 0 || row >= m_model->rowCount())
        return false;
    auto store = m_session.store();
    if (!store) {
        m_problem->setText(store.error().message);
        return false;
    }
    core::Record record = recordForNow();
    record.goalId = m_model->goal(row).id;
    record.value = value;
    auto added = (*store)->checkIn(record);
    if (!added) {
        m_problem->setText(added.error().message);
        return false;
    }
    if (m_history)
        m_history->wrote(tr("check-in of %1").arg(m_model->goal(row).title), added->id, QString(), added->headRev);
    m_problem->clear();
    return true;
}

bool TodayPage::toggleCheckIn(int row) {
    if (row < 0 || row >= m_model->rowCount())
        return false;
    auto store = m_session.store();
    if (!store) {
        m_problem->setText(store.error().message);
        return false;
    }
    const core::Goal goal = m_model->goal(row);
    core::Record record = recordForNow();
    record.goalId = goal.id;
    auto edits = core::DayCheckIns::toggle(**store, record);
    if (!edits) {
        m_problem->setText(edits.error().message);
        return false;
    }
    if (m_history && !edits->isEmpty()) {
        const bool undone = !edits->last().beforeRev.isEmpty(); // the last edit trashed a check-in
        m_history->stack()->beginMacro(undone ? tr("taking back the check-in of %1").arg(goal.title)
                                              : tr("check-in of %1").arg(goal.title));
        for (const core::DayCheckIns::Edit& edit : *edits)
            m_history->wrote(tr("check-in of %1").arg(goal.title), edit.recordId, edit.beforeRev, edit.afterRev);
        m_history->stack()->endMacro();
    }
    m_problem->clear();
    return true;
}

bool TodayPage::addJournalLine(const QString& text) {
    auto store = m_session.store();
    if (!store) {
        m_problem->setText(store.error().message);
        return false;
    }
    core::Record record = recordForNow();
    record.note = text.trimmed();
    auto added = (*store)->addRecord(record);
    if (!added) {
        m_problem->setText(added.error().message);
        return false;
    }
    if (m_history)
        m_history->wrote(tr("journal entry"), added->id, QString(), added->headRev);
    m_problem->setText(tr("Added to today's journal."));
    return true;
}

void TodayPage::logValue() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    bool ok = false;
    const double value = QLocale().toDouble(m_value->text(), &ok);
    if (!ok) {
        m_problem->setText(tr("Type a number first."));
        return;
    }
    if (checkIn(current.row(), value)) {
        m_value->clear();
        m_list->setFocus();
    }
}

bool TodayPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_list && event->type() == QEvent::KeyPress && m_list->currentIndex().isValid()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool amount = currentGoal() && currentGoal()->kind == core::GoalKind::Amount;
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            if (amount)
                m_value->setFocus();
            else
                toggleCheckIn(m_list->currentIndex().row());
            return true;
        }
        const QString typed = key->text();
        if (amount && typed.size() == 1 && (typed.at(0).isDigit() || typed == QLocale().decimalPoint())) {
            m_value->setFocus();
            m_value->insert(typed);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace selftrack::ui
