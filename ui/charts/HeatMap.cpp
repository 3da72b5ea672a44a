// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/HeatMap.h"

#include "core/stats/GoalDetail.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace selftrack::ui {

namespace {

constexpr int kWeeks = 53;
constexpr int kGap = 2;
constexpr int kMaxCell = 14;
constexpr int kMinCell = 7;
constexpr int kLeft = 34; // weekday labels
constexpr int kTop = 18;  // month labels

} // namespace

HeatMap::HeatMap(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("heatMap"));
    setAccessibleName(tr("Calendar of the last year"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_last = QDate::currentDate();
    m_focus = m_last;
}

void HeatMap::setDetail(std::shared_ptr<const core::GoalDetail> detail, double dailyTarget, Qt::DayOfWeek weekStart) {
    m_detail = std::move(detail);
    m_dailyTarget = dailyTarget;
    m_weekStart = weekStart;
    if (m_detail && m_detail->today().isValid()) {
        m_last = m_detail->today();
        if (!m_focus.isValid() || m_focus > m_last || m_focus < firstDay())
            m_focus = m_last;
    }
    update();
}

void HeatMap::setLastDay(QDate last) {
    if (!last.isValid())
        return;
    m_last = last;
    if (m_focus > m_last || m_focus < firstDay())
        m_focus = m_last;
    update();
}

QDate HeatMap::firstDay() const {
    return m_last.addDays(-364);
}

QDate HeatMap::columnStart() const {
    const QDate first = firstDay();
    const int back = (first.dayOfWeek() - m_weekStart + 7) % 7;
    return first.addDays(-back);
}

void HeatMap::setFocusDay(QDate day) {
    if (!day.isValid())
        return;
    if (day > m_last)
        setLastDay(day);
    else if (day < firstDay())
        setLastDay(day.addDays(364));
    m_focus = day;
    setAccessibleDescription(describe(day));
    update();
}

int HeatMap::cellSize() const {
    const int fit = (width() - kLeft - 4) / kWeeks - kGap;
    return std::clamp(fit, kMinCell, kMaxCell);
}

QRect HeatMap::cellRect(QDate day) const {
    if (!day.isValid() || day < firstDay() || day > m_last)
        return {};
    const qint64 offset = columnStart().daysTo(day);
    const int column = static_cast<int>(offset / 7);
    const int row = static_cast<int>(offset % 7);
    const int step = cellSize() + kGap;
    return {kLeft + column * step, kTop + row * step, cellSize(), cellSize()};
}

QDate HeatMap::dayAt(QPoint pos) const {
    const int step = cellSize() + kGap;
    if (pos.x() < kLeft || pos.y() < kTop)
        return {};
    const int column = (pos.x() - kLeft) / step;
    const int row = (pos.y() - kTop) / step;
    if (column >= kWeeks || row >= 7)
        return {};
    const QDate day = columnStart().addDays(column * 7 + row);
    return cellRect(day).contains(pos) ? day : QDate();
}

QColor HeatMap::colorOf(QDate day) const {
    const QColor accent = palette().color(QPalette::Highlight);
    QColor empty = palette().color(QPalette::Mid);
    empty.setAlphaF(0.35F);
    if (!m_detail)
        return empty;
    const core::DaySummary summary = m_detail->timeline().day(day);
    switch (summary.state) {
    case core::DayState::Done:
        return accent;
    case core::DayState::Auto: {
        QColor light = accent;
        light.setAlphaF(0.45F);
        return light;
    }
    case core::DayState::Entered: {
        const double share = m_dailyTarget > 0 ? std::clamp(summary.total / m_dailyTarget, 0.0, 1.0) : 1.0;
        QColor shade = accent;
        shade.setAlphaF(static_cast<float>(0.25 + 0.75 * share));
        return shade;
    }
    case core::DayState::Skipped: {
        QColor grey = palette().color(QPalette::Dark);
        grey.setAlphaF(0.55F);
        return grey;
    }
    case core::DayState::Failed:
        return QColor(0xd0, 0x45, 0x3c);
    case core::DayState::Unknown:
        return empty;
    }
    return empty;
}

QString HeatMap::describe(QDate day) const {
    QString date = QLocale().toString(day, QLocale::LongFormat); // returned by move
    if (!m_detail)
        return date;
    const core::DaySummary summary = m_detail->timeline().day(day);
    switch (summary.state) {
    case core::DayState::Done:
        return tr("%1: done").arg(date);
    case core::DayState::Auto:
        return tr("%1: covered by the frequency").arg(date);
    case core::DayState::Entered:
        return tr("%1: %2").arg(date, QLocale().toString(summary.total));
    case core::DayState::Skipped:
        return tr("%1: skipped").arg(date);
    case core::DayState::Failed:
        return tr("%1: failed").arg(date);
    case core::DayState::Unknown:
        return tr("%1: nothing recorded").arg(date);
    }
    return date;
}

QSize HeatMap::sizeHint() const {
    return {kLeft + kWeeks * (kMaxCell + kGap) + 4, kTop + 7 * (kMaxCell + kGap) + 2};
}

QSize HeatMap::minimumSizeHint() const {
    return {kLeft + kWeeks * (kMinCell + kGap) + 4, kTop + 7 * (kMaxCell + kGap) + 2};
}

void HeatMap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter.setFont(small);
    painter.setPen(palette().color(QPalette::WindowText));
    // Weekday labels on the 1st, 3rd and 5th rows; month names above the column of each 1st.
    for (int row = 0; row < 7; row += 2) {
        const QDate sample = columnStart().addDays(row);
        const QRect cell = cellRect(sample).isEmpty() ? cellRect(sample.addDays(7)) : cellRect(sample);
        painter.drawText(QRect(0, cell.top() - 2, kLeft - 4, cell.height() + 4), Qt::AlignRight | Qt::AlignVCenter,
                         locale.dayName(sample.dayOfWeek(), QLocale::ShortFormat));
    }
    for (QDate day = firstDay(); day <= m_last; day = day.addDays(1)) {
        if (day.day() == 1)
            painter.drawText(QPoint(cellRect(day).left(), kTop - 5),
                             locale.monthName(day.month(), QLocale::ShortFormat));
        painter.setPen(Qt::NoPen);
        painter.setBrush(colorOf(day));
        painter.drawRoundedRect(cellRect(day), 2, 2);
        painter.setPen(palette().color(QPalette::WindowText));
    }
    if (hasFocus() && m_focus.isValid()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::WindowText), 1.5));
        painter.drawRoundedRect(cellRect(m_focus).adjusted(-1, -1, 1, 1), 2, 2);
    }
}

void HeatMap::mousePressEvent(QMouseEvent* event) {
    const QDate day = dayAt(event->position().toPoint());
    if (!day.isValid() || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    setFocusDay(day);
    Q_EMIT dayActivated(day);
}

void HeatMap::keyPressEvent(QKeyEvent* event) {
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        step = layoutDirection() == Qt::RightToLeft ? 7 : -7;
        break;
    case Qt::Key_Right:
        step = layoutDirection() == Qt::RightToLeft ? -7 : 7;
        break;
    case Qt::Key_Up:
        step = -1;
        break;
    case Qt::Key_Down:
        step = 1;
        break;
    case Qt::Key_PageUp:
        setLastDay(m_last.addYears(-1));
        return;
    case Qt::Key_PageDown:
        if (m_detail && m_last.addYears(1) > m_detail->today())
            setLastDay(m_detail->today());
        else
            setLastDay(m_last.addYears(1));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT dayActivated(m_focus);
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    const QDate next = m_focus.addDays(step);
    if (m_detail && next > m_detail->today())
        return;
    setFocusDay(next);
}

bool HeatMap::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const QDate day = dayAt(static_cast<QHelpEvent*>(event)->pos());
        if (day.isValid())
            QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), describe(day), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace selftrack::ui
