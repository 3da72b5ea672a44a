// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ProgressDelegate.h"

#include "core/progress/GoalProgress.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace selftrack::ui {

namespace {

constexpr int kBarHeight = 4;
constexpr int kBarGap = 3;

} // namespace

ProgressDelegate::ProgressDelegate(int fractionRole, int statusRole, int headerRole, QObject* parent)
    : QStyledItemDelegate(parent), m_fractionRole(fractionRole), m_statusRole(statusRole), m_headerRole(headerRole) {}

void ProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QVariant fraction = index.data(m_fractionRole);
    if (index.data(m_headerRole).toBool() || !fraction.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The text in the upper part, the bar in the lower.
    QStyleOptionViewItem text = option;
    text.rect.setBottom(option.rect.bottom() - kBarHeight - kBarGap);
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    background.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget); // selection, focus
    QStyledItemDelegate::paint(painter, text, index);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, widget) + 3;
    const QRect track(option.rect.left() + margin, option.rect.bottom() - kBarHeight - kBarGap + 1,
                      option.rect.width() - 2 * margin, kBarHeight);
    const double share = std::clamp(fraction.toDouble(), 0.0, 1.0);
    const bool done = index.data(m_statusRole).toInt() == static_cast<int>(core::ProgressStatus::Done);
    const QPalette& palette = option.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.color(QPalette::Mid));
    painter->drawRoundedRect(track, 2, 2);
    if (share > 0) {
        QRect bar = track;
        bar.setWidth(std::max(kBarHeight, static_cast<int>(track.width() * share)));
        painter->setBrush(done ? QColor(0x2e, 0xa0, 0x43) : palette.color(QPalette::Highlight));
        painter->drawRoundedRect(bar, 2, 2);
    }
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(m_headerRole).toBool() && index.data(m_fractionRole).isValid())
        size.setHeight(size.height() + kBarHeight + 2 * kBarGap);
    return size;
}

} // namespace selftrack::ui
