// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journal/JournalDelegate.h"

#include "ui/journal/JournalModel.h"

#include <QApplication>
#include <QPainter>

namespace selftrack::ui {

namespace {
constexpr int kPadding = 6;     // around an entry's text
constexpr int kHeaderGap = 10;  // above a day header
constexpr int kLineSpacing = 2; // between an entry's two lines

bool isHeader(const QModelIndex& index) {
    return index.data(JournalModel::RowKindRole).toInt() == static_cast<int>(JournalModel::RowKind::Day);
}
} // namespace

QFont JournalDelegate::headerFont(const QFont& base) {
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 1.05);
    return font;
}

QFont JournalDelegate::detailsFont(const QFont& base) {
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

QSize JournalDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    if (isHeader(index)) {
        const QFontMetrics metrics(headerFont(option.font));
        return {metrics.horizontalAdvance(index.data().toString()) + 2 * kPadding,
                kHeaderGap + metrics.height() + kPadding};
    }
    const QFontMetrics details(detailsFont(option.font));
    const QFontMetrics text(option.font);
    const bool hasDetails = !index.data(JournalModel::DetailsRole).toString().isEmpty();
    const int height = (hasDetails ? details.height() + kLineSpacing : 0) + text.height() + 2 * kPadding;
    return {2 * kPadding + text.averageCharWidth() * 20, height};
}

void JournalDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    if (isHeader(index))
        paintHeader(painter, option, index);
    else
        paintEntry(painter, option, index);
}

void JournalDelegate::paintHeader(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const {
    painter->save();
    const QFont font = headerFont(option.font);
    const QFontMetrics metrics(font);
    const QRect area = option.rect.adjusted(kPadding, kHeaderGap, -kPadding, 0);
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::Active, QPalette::WindowText));
    const QString title = metrics.elidedText(index.data().toString(), Qt::ElideRight, area.width());
    painter->drawText(area, Qt::AlignLeft | Qt::AlignTop, title);
    QColor rule = option.palette.color(QPalette::Active, QPalette::Mid);
    painter->setPen(rule);
    const int y = option.rect.bottom() - 1;
    painter->drawLine(area.left(), y, area.right(), y);
    painter->restore();
}

void JournalDelegate::paintEntry(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the panel (selection, focus) from the style, the text drawn here
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor textColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = textColor;
    if (!selected)
        dim = option.palette.color(group, QPalette::PlaceholderText);
    QRect area = option.rect.adjusted(kPadding + 4, kPadding, -kPadding, -kPadding);

    const QString details = index.data(JournalModel::DetailsRole).toString();
    if (!details.isEmpty()) {
        const QFont font = detailsFont(option.font);
        const QFontMetrics metrics(font);
        painter->setFont(font);
        painter->setPen(dim);
        painter->drawText(area, Qt::AlignLeft | Qt::AlignTop,
                          metrics.elidedText(details, Qt::ElideRight, area.width()));
        area.setTop(area.top() + metrics.height() + kLineSpacing);
    }
    const QFontMetrics metrics(option.font);
    painter->setFont(option.font);
    painter->setPen(textColor);
    painter->drawText(
        area, Qt::AlignLeft | Qt::AlignTop,
        metrics.elidedText(index.data(JournalModel::ExcerptRole).toString(), Qt::ElideRight, area.width()));
    painter->restore();
}

} // namespace selftrack::ui
