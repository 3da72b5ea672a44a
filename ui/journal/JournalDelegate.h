// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace selftrack::ui {

// Paints JournalModel's rows: a day header as a bold title over a thin rule, an entry as a line
// of details (time, goal, mood, tags) in a smaller, dimmer font over the note's first line,
// elided to the width. Reads only the model's roles.
class JournalDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    static QFont headerFont(const QFont& base);
    static QFont detailsFont(const QFont& base);
    void paintHeader(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintEntry(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

} // namespace selftrack::ui
