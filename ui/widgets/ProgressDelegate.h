// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace selftrack::ui {

// Draws a list row as its text with a slim progress bar below it: the model's `fractionRole`
// (0..1, clamped; nothing for rows without it) in the palette's highlight colour, or in green once
// `statusRole` says done. Rows with `headerRole` set are drawn as plain bold headers.
class ProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ProgressDelegate(int fractionRole, int statusRole, int headerRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_fractionRole;
    int m_statusRole;
    int m_headerRole;
};

} // namespace selftrack::ui
