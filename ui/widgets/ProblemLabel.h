// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace selftrack::ui {

// A word-wrapped label for what went wrong, in the theme's error colour (Theme::errorColor),
// which it picks again whenever the palette changes, so it stays readable in light and dark.
class ProblemLabel : public QLabel {
    Q_OBJECT
public:
    explicit ProblemLabel(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateColor();
    bool m_updating = false;
};

} // namespace selftrack::ui
