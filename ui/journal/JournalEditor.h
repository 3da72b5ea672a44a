// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Goal.h"
#include "core/domain/Record.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTextDocument;

namespace selftrack::ui {

class MoodSelector;

// The fields of one journal entry: the day, the goal it is about (or none), mood, tags and the
// Markdown text, which "Preview" (Alt+P) shows rendered. Holds the record it was given and hands
// back that record with the fields as edited (record()); writing it is the caller's job. Tab
// moves between the fields (also out of the text). A check-in opened here keeps its goal: only
// its note, day, mood and tags change.
class JournalEditor : public QWidget {
    Q_OBJECT
public:
    explicit JournalEditor(QWidget* parent = nullptr);

    // The goals an entry can be about; keeps the current choice.
    void setGoals(const QList<core::Goal>& goals);
    // Shows `record` (an entry as stored, or a new one without an id); not modified.
    void edit(const core::Record& record);
    // Shows nothing of the vault and disables the fields (the vault locks).
    void clear();
    // The record given to edit() with the fields as they are now.
    core::Record record() const;
    QString recordId() const { return m_record.id; }
    bool isNew() const { return m_record.id.isEmpty(); }
    bool isModified() const { return m_modified; }

    void setPreviewShown(bool shown);
    bool isPreviewShown() const;
    // The rendered text (as the preview shows it).
    QTextDocument* previewDocument() const;
    void focusText();

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    void changed();
    void setModified(bool modified);
    void updateTitle();
    void refreshPreview();
    void chooseGoal(const QString& goalId);

    core::Record m_record;
    QList<core::Goal> m_goals;
    bool m_modified = false;
    bool m_loading = false;
    QLabel* m_title = nullptr;
    QDateEdit* m_day = nullptr;
    QComboBox* m_goal = nullptr;
    MoodSelector* m_mood = nullptr;
    QLineEdit* m_tags = nullptr;
    QPushButton* m_previewToggle = nullptr;
    QStackedWidget* m_pages = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QTextBrowser* m_preview = nullptr;
};

} // namespace selftrack::ui
