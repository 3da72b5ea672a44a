// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journal/MoodSelector.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QToolButton>

namespace selftrack::ui {

namespace {
constexpr int kMoods = 5;
}

QString MoodSelector::moodName(int mood) {
    switch (mood) {
    case 1:
        return tr("awful");
    case 2:
        return tr("bad");
    case 3:
        return tr("okay");
    case 4:
        return tr("good");
    case 5:
        return tr("great");
    default:
        return QString();
    }
}

MoodSelector::MoodSelector(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Mood"));
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(2, 2, 2, 2);
    row->setSpacing(2);
    for (int choice = 0; choice <= kMoods; ++choice) {
        auto* button = new QToolButton(this);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus); // the selector is the one tab stop
        button->setAutoRaise(true);
        button->setText(choice == 0 ? tr("–") : QString::number(choice));
        button->setToolTip(choice == 0 ? tr("No mood") : tr("%1 — %2").arg(choice).arg(moodName(choice)));
        button->setAccessibleName(button->toolTip());
        button->setMinimumWidth(button->sizeHint().height());
        button->setObjectName(QStringLiteral("mood%1").arg(choice));
        m_group->addButton(button, choice);
        row->addWidget(button);
    }
    m_group->button(0)->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this] {
        setFocus(Qt::MouseFocusReason);
        describe();
        Q_EMIT moodChanged();
    });
    describe();
}

std::optional<int> MoodSelector::mood() const {
    const int choice = m_group->checkedId();
    return choice >= 1 && choice <= kMoods ? std::optional<int>(choice) : std::nullopt;
}

void MoodSelector::setMood(std::optional<int> mood) {
    const int choice = mood && *mood >= 1 && *mood <= kMoods ? *mood : 0;
    m_group->button(choice)->setChecked(true);
    describe();
}

void MoodSelector::pick(int choice) {
    if (choice < 0 || choice > kMoods || choice == m_group->checkedId())
        return;
    m_group->button(choice)->setChecked(true);
    describe();
    Q_EMIT moodChanged();
}

void MoodSelector::describe() {
    const std::optional<int> current = mood();
    setAccessibleDescription(current ? tr("%1 of 5, %2").arg(*current).arg(moodName(*current)) : tr("none"));
    setToolTip(tr("Mood: %1 (keys 1-5, 0 for none)").arg(accessibleDescription()));
}

void MoodSelector::keyPressEvent(QKeyEvent* event) {
    const int current = m_group->checkedId();
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Down:
        pick(std::max(0, current - 1));
        return;
    case Qt::Key_Right:
    case Qt::Key_Up:
        pick(std::min(kMoods, current + 1));
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        pick(0);
        return;
    default:
        break;
    }
    if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_0 + kMoods && event->modifiers() == Qt::NoModifier) {
        pick(event->key() - Qt::Key_0);
        return;
    }
    QWidget::keyPressEvent(event);
}

void MoodSelector::paintEvent(QPaintEvent* event) {
    QWidget::paintEvent(event);
    if (!hasFocus())
        return;
    QStylePainter painter(this);
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.backgroundColor = palette().color(QPalette::Window);
    painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
}

void MoodSelector::focusInEvent(QFocusEvent* event) {
    QWidget::focusInEvent(event);
    update();
}

void MoodSelector::focusOutEvent(QFocusEvent* event) {
    QWidget::focusOutEvent(event);
    update();
}

} // namespace selftrack::ui
