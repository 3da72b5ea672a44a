// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <array>

class QCheckBox;
class QRadioButton;
class QSpinBox;

namespace selftrack::ui {

// How often a habit is due: "X times per Y days" or a set of weekdays (the goal's freq_num,
// freq_den and weekdays fields). Emits changed() on every edit.
class ScheduleEditor : public QWidget {
    Q_OBJECT
public:
    explicit ScheduleEditor(QWidget* parent = nullptr);

    void set(int timesPer, int days, int weekdays);
    int times() const;
    int days() const;
    int weekdays() const; // 0 when the frequency is used
    // Weekdays chosen but none ticked (a problem the editor shows).
    bool nothingPicked() const;

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    QRadioButton* m_byFrequency = nullptr;
    QRadioButton* m_byWeekdays = nullptr;
    QSpinBox* m_times = nullptr;
    QSpinBox* m_days = nullptr;
    std::array<QCheckBox*, 7> m_weekdays{};
};

} // namespace selftrack::ui
