// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/TodayPage.h"

#include "core/domain/ContentStore.h"
#include "core/vault/VaultSession.h"
#include "ui/today/TodayModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QVBoxLayout>

namespace selftrack::ui {

TodayPage::TodayPage(core::VaultSession& session, QWidget* parent) : QWidget(parent), m_session(session) {
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
    m_list->installEventFilter(this);
    m_empty = new QLabel(tr("No goals yet. Press Ctrl+N to add your first one."), this);
    m_empty->setObjectName(QStringLiteral("todayEmpty"));
    m_empty->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    auto* hint = new QLabel(tr("Space: check in the selected goal · Ctrl+N: new goal · Ctrl+E: edit it"), this);
    hint->setEnabled(false);

    auto* column = new QVBoxLayout(this);
    column->addWidget(m_header);
    column->addWidget(m_empty);
    column->addWidget(m_list, 1);
    column->addWidget(m_problem);
    column->addWidget(hint);

    connect(m_model, &QAbstractItemModel::modelReset, this, &TodayPage::updateHeader);
    updateHeader();
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

std::optional<core::Goal> TodayPage::currentGoal() const {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->goal(current.row());
}

bool TodayPage::checkIn(int row) {
    if (row < 0 || row >= m_model->rowCount())
        return false;
    auto store = m_session.store();
    if (!store) {
        m_problem->setText(store.error().message);
        return false;
    }
    core::Record record;
    record.goalId = m_model->goal(row).id;
    const QDateTime now = m_session.clock()().toLocalTime();
    record.day = now.date();
    record.time = QTime(now.time().hour(), now.time().minute());
    record.utcOffsetMinutes = now.offsetFromUtc() / 60;
    auto added = (*store)->checkIn(record);
    if (!added) {
        m_problem->setText(added.error().message);
        return false;
    }
    m_problem->clear();
    return true;
}

bool TodayPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier && m_list->currentIndex().isValid()) {
            const int row = m_list->currentIndex().row();
            if (checkIn(row) && row < m_model->rowCount())
                m_list->setCurrentIndex(m_model->index(row));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace selftrack::ui
