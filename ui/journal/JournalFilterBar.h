// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Goal.h"
#include "core/domain/JournalFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace selftrack::ui {

// Above the journal timeline: the search box (results as you type: the text is passed on
// kSearchDelayMs after the last key, at once when cleared; Escape clears it) and the filters by
// tag, by goal and by a range of days.
class JournalFilterBar : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 150;

    explicit JournalFilterBar(QWidget* parent = nullptr);

    // The choices of the tag and goal filters; each keeps its selection while it is still there.
    void setTags(const QStringList& tags);
    void setGoals(const QList<core::Goal>& goals);
    // The range the day filter offers when switched on: the last 30 days up to `today`.
    void setToday(QDate today);
    // Back to no search and no filters, with empty choices (the vault locks); emits nothing.
    void clear();

    core::JournalFilter filter() const;
    QString searchText() const;
    QLineEdit* searchBox() const { return m_search; }

Q_SIGNALS:
    void filterChanged(const core::JournalFilter& filter);
    void searchChanged(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void emitFilter();

    QLineEdit* m_search = nullptr;
    QTimer* m_searchDelay = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_goal = nullptr;
    QCheckBox* m_dated = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace selftrack::ui
