// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journal/JournalEditor.h"

#include "ui/journal/MoodSelector.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace selftrack::ui {

namespace {
QStringList splitTags(const QString& text) {
    QStringList tags;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            tags.append(part.trimmed());
    return tags;
}
} // namespace

JournalEditor::JournalEditor(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("journalEditor"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("editorTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);

    m_day = new QDateEdit(this);
    m_day->setObjectName(QStringLiteral("entryDay"));
    m_day->setAccessibleName(tr("Day of the entry"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_day->setMinimumDate(QDate(1900, 1, 1));
    m_day->setMaximumDate(QDate(9999, 12, 31));
    m_goal = new QComboBox(this);
    m_goal->setObjectName(QStringLiteral("entryGoal"));
    m_goal->setAccessibleName(tr("Goal the entry is about"));
    m_goal->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_goal->setMinimumContentsLength(12);
    m_mood = new MoodSelector(this);
    m_mood->setObjectName(QStringLiteral("entryMood"));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("entryTags"));
    m_tags->setAccessibleName(tr("Tags, separated by commas"));
    m_tags->setPlaceholderText(tr("walk, family"));

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("entryText"));
    m_text->setAccessibleName(tr("Entry text (Markdown)"));
    m_text->setPlaceholderText(
        tr("Write here. Markdown works: # heading, **bold**, *italic*, - lists, [links](https://…)"));
    m_text->setTabChangesFocus(true); // Tab leaves the text, like every other field
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("entryPreview"));
    m_preview->setAccessibleName(tr("Entry preview"));
    m_preview->setOpenLinks(false);
    connect(m_preview, &QTextBrowser::anchorClicked, this, [](const QUrl& url) {
        // Only web and mail links leave the app; nothing else (local files) is followed.
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http") ||
            url.scheme() == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_text);
    m_pages->addWidget(m_preview);
    m_previewToggle = new QPushButton(tr("&Preview"), this);
    m_previewToggle->setObjectName(QStringLiteral("previewToggle"));
    m_previewToggle->setCheckable(true);
    m_previewToggle->setToolTip(tr("Show the text rendered (Alt+P), and back"));
    auto* textLabel = new QLabel(tr("Te&xt (Markdown):"), this);
    textLabel->setBuddy(m_text);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString& text, QWidget* field, bool stretch) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        if (!stretch) {
            form->addRow(label, field);
            return;
        }
        auto* row = new QHBoxLayout;
        row->addWidget(field);
        row->addStretch(1);
        form->addRow(label, row);
    };
    addRow(tr("&Day:"), m_day, true);
    addRow(tr("G&oal:"), m_goal, false);
    addRow(tr("&Mood:"), m_mood, true);
    addRow(tr("&Tags:"), m_tags, false);
    auto* textRow = new QHBoxLayout;
    textRow->addWidget(textLabel);
    textRow->addStretch(1);
    textRow->addWidget(m_previewToggle);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_title);
    column->addLayout(form);
    column->addLayout(textRow);
    column->addWidget(m_pages, 1);

    connect(m_previewToggle, &QPushButton::toggled, this, &JournalEditor::setPreviewShown);
    connect(m_day, &QDateEdit::dateChanged, this, &JournalEditor::changed);
    connect(m_goal, &QComboBox::currentIndexChanged, this, &JournalEditor::changed);
    connect(m_mood, &MoodSelector::moodChanged, this, &JournalEditor::changed);
    connect(m_tags, &QLineEdit::textEdited, this, &JournalEditor::changed);
    connect(m_text, &QPlainTextEdit::textChanged, this, &JournalEditor::changed);
    clear();
}

void JournalEditor::setGoals(const QList<core::Goal>& goals) {
    m_goals = goals;
    const QSignalBlocker blocker(m_goal);
    const QString chosen = m_goal->currentData().toString();
    m_goal->clear();
    m_goal->addItem(tr("No goal — a journal entry"), QString());
    for (const core::Goal& g : goals)
        m_goal->addItem(g.archived ? tr("%1 (archived)").arg(g.title) : g.title, g.id);
    chooseGoal(chosen);
}

void JournalEditor::chooseGoal(const QString& goalId) {
    const QSignalBlocker blocker(m_goal);
    int index = m_goal->findData(goalId);
    if (index < 0 && !goalId.isEmpty()) {
        m_goal->addItem(tr("(a goal not in the list)"), goalId);
        index = m_goal->count() - 1;
    }
    m_goal->setCurrentIndex(std::max(0, index));
}

void JournalEditor::edit(const core::Record& record) {
    m_loading = true;
    m_record = record;
    setEnabled(true);
    m_day->setDate(record.day);
    chooseGoal(record.goalId);
    // A check-in counts towards its goal; moving it elsewhere is the goal views' business.
    m_goal->setEnabled(!record.isCheckIn());
    m_goal->setToolTip(record.isCheckIn() ? tr("A check-in stays with its goal.") : QString());
    m_mood->setMood(record.mood);
    m_tags->setText(record.tags.join(QStringLiteral(", ")));
    m_text->setPlainText(record.note);
    m_loading = false;
    setModified(false);
    updateTitle();
    refreshPreview();
}

void JournalEditor::clear() {
    m_loading = true;
    m_record = core::Record();
    m_goals.clear();
    {
        const QSignalBlocker blocker(m_goal);
        m_goal->clear();
    }
    m_mood->setMood(std::nullopt);
    m_tags->clear();
    m_text->clear();
    m_preview->clear();
    m_loading = false;
    setModified(false);
    m_title->clear();
    setEnabled(false);
}

core::Record JournalEditor::record() const {
    core::Record r = m_record;
    r.day = m_day->date();
    if (!m_record.isCheckIn())
        r.goalId = m_goal->currentData().toString();
    r.mood = m_mood->mood();
    r.tags = splitTags(m_tags->text());
    r.note = m_text->toPlainText();
    return r;
}

void JournalEditor::changed() {
    if (m_loading)
        return;
    setModified(true);
    updateTitle();
    if (isPreviewShown())
        refreshPreview();
}

void JournalEditor::setModified(bool modified) {
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void JournalEditor::updateTitle() {
    const QString day = QLocale().toString(m_day->date(), QLocale::LongFormat);
    QString title = isNew() ? tr("New entry for %1").arg(day) : tr("Entry of %1").arg(day);
    if (m_modified)
        title += tr(" (not saved)");
    m_title->setText(title);
}

void JournalEditor::setPreviewShown(bool shown) {
    if (m_previewToggle->isChecked() != shown) {
        m_previewToggle->setChecked(shown); // comes back here through toggled()
        return;
    }
    if (shown)
        refreshPreview();
    m_pages->setCurrentWidget(shown ? static_cast<QWidget*>(m_preview) : static_cast<QWidget*>(m_text));
}

bool JournalEditor::isPreviewShown() const {
    return m_pages->currentWidget() == m_preview;
}

QTextDocument* JournalEditor::previewDocument() const {
    return m_preview->document();
}

void JournalEditor::refreshPreview() {
    m_preview->setMarkdown(m_text->toPlainText());
}

void JournalEditor::focusText() {
    if (isPreviewShown())
        setPreviewShown(false);
    m_text->setFocus();
}

} // namespace selftrack::ui
