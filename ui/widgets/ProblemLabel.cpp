// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ProblemLabel.h"

#include "ui/settings/Theme.h"

#include <QEvent>

namespace selftrack::ui {

ProblemLabel::ProblemLabel(QWidget* parent) : QLabel(parent) {
    setWordWrap(true);
    updateColor();
}

void ProblemLabel::changeEvent(QEvent* event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_updating)
        updateColor();
}

void ProblemLabel::updateColor() {
    // Setting the colour is itself a palette change; the flag keeps it from recursing.
    m_updating = true;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, Theme::errorColor(p));
    setPalette(p);
    m_updating = false;
}

} // namespace selftrack::ui
