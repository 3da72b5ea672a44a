// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QButtonGroup;

namespace selftrack::ui {

// Picks a mood from 1 (awful) to 5 (great), or none. One stop in the tab order: Left/Right (or
// Up/Down) step through the choices, the digits 1-5 pick one, 0, Delete or Backspace clear it;
// the mouse clicks the buttons. Screen readers hear "Mood" and the current choice.
class MoodSelector : public QWidget {
    Q_OBJECT
public:
    explicit MoodSelector(QWidget* parent = nullptr);

    std::optional<int> mood() const;
    // Out of range = none. Emits nothing (a value loaded, not a choice made).
    void setMood(std::optional<int> mood);
    // "great", "okay", ...; empty for none.
    static QString moodName(int mood);

Q_SIGNALS:
    // The user picked another mood.
    void moodChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void pick(int choice); // 0 = none
    void describe();

    QButtonGroup* m_group = nullptr;
};

} // namespace selftrack::ui
