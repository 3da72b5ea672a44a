// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/goals/editor/GoalEditor.h"

#include "core/domain/ContentStore.h"
#include "core/vault/VaultSession.h"
#include "ui/goals/editor/ReminderEditor.h"
#include "ui/goals/editor/ScheduleEditor.h"
#include "ui/widgets/ProblemLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QVBoxLayout>

namespace selftrack::ui {

namespace {
template <typename E> void select(QComboBox* box, E value) {
    box->setCurrentIndex(std::max(0, box->findData(static_cast<int>(value))));
}
template <typename E> E selected(const QComboBox* box) {
    return static_cast<E>(box->currentData().toInt());
}
} // namespace

GoalEditor::GoalEditor(core::VaultSession& session, std::optional<core::Goal> existing, QDate today, QWidget* parent)
    : QDialog(parent), m_session(session), m_existing(std::move(existing)) {
    setObjectName(QStringLiteral("goalEditor"));
    setWindowTitle(m_existing ? tr("Edit goal") : tr("New goal"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildGeneral(), tr("&Goal"));
    tabs->addTab(buildSchedule(), tr("&Schedule and reminders"));
    m_saveProblem = new QLabel(this);
    m_saveProblem->setObjectName(QStringLiteral("saveProblem"));
    m_saveProblem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GoalEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* column = new QVBoxLayout(this);
    column->addWidget(tabs);
    column->addWidget(m_saveProblem);
    column->addWidget(m_buttons);

    core::Goal initial;
    initial.startDate = today;
    load(m_existing ? *m_existing : initial);
    m_archived->setVisible(m_existing.has_value());
    m_title->setFocus();
}

QLabel* GoalEditor::problemLabel(const char* field) {
    auto* label = new ProblemLabel(this);
    label->setObjectName(QStringLiteral("problem_%1").arg(QLatin1String(field)));
    label->hide();
    m_problems.insert(QLatin1String(field), label);
    return label;
}

QLabel* GoalEditor::buddyLabel(const QString& text, QWidget* buddy) {
    auto* label = new QLabel(text, this);
    label->setBuddy(buddy);
    return label;
}

QLayout* GoalEditor::withProblem(QWidget* field, const char* key) {
    auto* box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(field);
    box->addWidget(problemLabel(key));
    return box;
}

QLayout* GoalEditor::withProblem(QLayout* field, const char* key) {
    auto* box = new QVBoxLayout;
    box->setSpacing(2);
    box->addLayout(field);
    box->addWidget(problemLabel(key));
    return box;
}

QWidget* GoalEditor::buildGeneral() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("e.g. Walk 30 minutes"));
    form->addRow(buddyLabel(tr("&Title:"), m_title), withProblem(m_title, "title"));

    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Yes / no habit"), static_cast<int>(core::GoalKind::Check));
    m_kind->addItem(tr("Amount (with a unit)"), static_cast<int>(core::GoalKind::Amount));
    form->addRow(tr("&Kind:"), m_kind);
    m_unit = new QLineEdit(page);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->setPlaceholderText(tr("km, pages, glasses..."));
    form->addRow(buddyLabel(tr("&Unit:"), m_unit), withProblem(m_unit, "unit"));

    m_direction = new QComboBox(page);
    m_direction->setObjectName(QStringLiteral("direction"));
    m_direction->addItem(tr("at least"), static_cast<int>(core::Direction::AtLeast));
    m_direction->addItem(tr("at most"), static_cast<int>(core::Direction::AtMost));
    m_target = new QDoubleSpinBox(page);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setRange(0.0, 1e12);
    m_target->setDecimals(2);
    m_target->setAccessibleName(tr("Target"));
    m_period = new QComboBox(page);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(tr("per day"), static_cast<int>(core::Period::Day));
    m_period->addItem(tr("per week"), static_cast<int>(core::Period::Week));
    m_period->addItem(tr("per month"), static_cast<int>(core::Period::Month));
    m_period->addItem(tr("per year"), static_cast<int>(core::Period::Year));
    m_period->addItem(tr("in total (by the deadline)"), static_cast<int>(core::Period::Whole));
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_direction);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_period);
    auto* targetLabel = new QLabel(tr("T&arget:"), page);
    targetLabel->setBuddy(m_direction);
    form->addRow(targetLabel, withProblem(targetRow, "target"));

    m_aggregation = new QComboBox(page);
    m_aggregation->setObjectName(QStringLiteral("aggregation"));
    m_aggregation->addItem(tr("sum of the values"), static_cast<int>(core::Aggregation::Sum));
    m_aggregation->addItem(tr("average of the days"), static_cast<int>(core::Aggregation::Average));
    m_aggregation->addItem(tr("last value (e.g. weight)"), static_cast<int>(core::Aggregation::Last));
    form->addRow(tr("C&ounts as:"), m_aggregation);

    m_category = new QComboBox(page);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setEditable(true);
    m_category->addItem(QString());
    if (auto store = m_session.store())
        if (auto categories = (*store)->categories())
            for (const core::Category& c : *categories)
                m_category->addItem(c.name, c.id);
    m_category->setToolTip(tr("Pick a category or type a new one"));
    form->addRow(tr("Cate&gory:"), m_category);
    m_color = new QLineEdit(page);
    m_color->setObjectName(QStringLiteral("color"));
    m_color->setPlaceholderText(QStringLiteral("#3388cc"));
    m_color->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^(#[0-9a-fA-F]{0,6})?$")), m_color));
    m_icon = new QLineEdit(page);
    m_icon->setObjectName(QStringLiteral("icon"));
    m_icon->setPlaceholderText(tr("icon name"));
    auto* looks = new QHBoxLayout;
    looks->addWidget(m_color);
    looks->addWidget(m_icon);
    auto* looksLabel = new QLabel(tr("Co&lor and icon:"), page);
    looksLabel->setBuddy(m_color);
    form->addRow(looksLabel, looks);

    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(100);
    form->addRow(buddyLabel(tr("&Notes:"), m_notes), withProblem(m_notes, "notes"));
    m_archived = new QCheckBox(tr("A&rchived (hidden from Today and the goal list)"), page);
    m_archived->setObjectName(QStringLiteral("archived"));
    form->addRow(QString(), m_archived);

    connect(m_title, &QLineEdit::textChanged, this, &GoalEditor::updateState);
    connect(m_unit, &QLineEdit::textChanged, this, &GoalEditor::updateState);
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &GoalEditor::updateState);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &GoalEditor::updateState);
    for (QComboBox* box : {m_kind, m_direction, m_period, m_aggregation})
        connect(box, &QComboBox::currentIndexChanged, this, &GoalEditor::updateState);
    return page;
}

QWidget* GoalEditor::buildSchedule() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_schedule = new ScheduleEditor(page);
    m_schedule->setObjectName(QStringLiteral("schedule"));
    auto* due = new QVBoxLayout;
    due->setSpacing(2);
    due->addWidget(m_schedule);
    due->addWidget(problemLabel("freq_num"));
    due->addWidget(problemLabel("weekdays"));
    form->addRow(buddyLabel(tr("Due:"), m_schedule), due);
    m_start = new QDateEdit(page);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(buddyLabel(tr("S&tarts:"), m_start), withProblem(m_start, "start_date"));
    m_hasDeadline = new QCheckBox(tr("&Deadline:"), page);
    m_hasDeadline->setObjectName(QStringLiteral("hasDeadline"));
    m_deadline = new QDateEdit(page);
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(m_hasDeadline, withProblem(m_deadline, "deadline"));
    m_reminders = new ReminderEditor(page);
    m_reminders->setObjectName(QStringLiteral("reminders"));
    form->addRow(buddyLabel(tr("Re&minders:"), m_reminders), withProblem(m_reminders, "reminders"));

    connect(m_schedule, &ScheduleEditor::changed, this, &GoalEditor::updateState);
    connect(m_start, &QDateEdit::dateChanged, this, &GoalEditor::updateState);
    connect(m_deadline, &QDateEdit::dateChanged, this, &GoalEditor::updateState);
    connect(m_hasDeadline, &QCheckBox::toggled, this, &GoalEditor::updateState);
    connect(m_reminders, &ReminderEditor::changed, this, &GoalEditor::updateState);
    return page;
}

void GoalEditor::load(const core::Goal& g) {
    m_title->setText(g.title);
    select(m_kind, g.kind);
    m_unit->setText(g.unit);
    m_target->setValue(g.target);
    select(m_direction, g.direction);
    select(m_aggregation, g.aggregation);
    select(m_period, g.period);
    m_schedule->set(g.freqNum, g.freqDen, g.weekdays);
    m_start->setDate(g.startDate);
    m_hasDeadline->setChecked(g.deadline.has_value());
    m_deadline->setDate(g.deadline.value_or(g.startDate.addMonths(3)));
    const int category = m_category->findData(g.categoryId);
    m_category->setCurrentIndex(g.categoryId.isEmpty() || category < 0 ? 0 : category);
    m_color->setText(g.color);
    m_icon->setText(g.icon);
    m_reminders->set(g.reminders);
    m_notes->setPlainText(g.notes);
    m_archived->setChecked(g.archived);
    updateState();
}

core::Goal GoalEditor::goal() const {
    core::Goal g = m_existing.value_or(core::Goal{});
    g.title = m_title->text().trimmed();
    g.kind = selected<core::GoalKind>(m_kind);
    g.unit = g.kind == core::GoalKind::Amount ? m_unit->text().trimmed() : QString();
    g.target = m_target->value();
    g.direction = selected<core::Direction>(m_direction);
    g.aggregation =
        g.kind == core::GoalKind::Amount ? selected<core::Aggregation>(m_aggregation) : core::Aggregation::Sum;
    g.period = selected<core::Period>(m_period);
    g.freqNum = m_schedule->times();
    g.freqDen = m_schedule->days();
    g.weekdays = m_schedule->weekdays();
    g.startDate = m_start->date();
    g.deadline = m_hasDeadline->isChecked() ? std::optional<QDate>(m_deadline->date()) : std::nullopt;
    const int category = m_category->findText(m_category->currentText().trimmed());
    g.categoryId = category > 0 ? m_category->itemData(category).toString() : QString();
    g.color = m_color->text();
    g.icon = m_icon->text().trimmed();
    g.reminders = m_reminders->reminders();
    g.notes = m_notes->toPlainText();
    g.archived = m_archived->isChecked();
    return g;
}

QStringList GoalEditor::problemFields() const {
    QStringList fields;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        if (!it.value()->isHidden())
            fields.append(it.key());
    fields.sort();
    return fields;
}

void GoalEditor::updateState() {
    const bool amount = selected<core::GoalKind>(m_kind) == core::GoalKind::Amount;
    m_unit->setEnabled(amount);
    m_aggregation->setEnabled(amount);
    m_deadline->setEnabled(m_hasDeadline->isChecked());
    QHash<QString, QStringList> messages;
    for (const core::GoalProblem& p : goal().problems())
        messages[p.field].append(p.message);
    if (m_schedule->nothingPicked())
        messages[QStringLiteral("weekdays")].append(tr("Pick at least one weekday."));
    for (auto it = m_problems.begin(); it != m_problems.end(); ++it) {
        const QStringList& list = messages.value(it.key());
        it.value()->setText(list.join(QLatin1Char(' ')));
        it.value()->setVisible(!list.isEmpty());
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(messages.isEmpty());
}

void GoalEditor::accept() {
    if (!problemFields().isEmpty())
        return;
    auto store = m_session.store();
    if (!store) {
        m_saveProblem->setText(tr("The vault is locked; unlock it and save again."));
        return;
    }
    core::Goal g = goal();
    const QString categoryName = m_category->currentText().trimmed();
    if (!categoryName.isEmpty() && g.categoryId.isEmpty()) {
        auto category = (*store)->categoryNamed(categoryName);
        if (!category) {
            m_saveProblem->setText(category.error().message);
            return;
        }
        g.categoryId = category->id;
    }
    auto written = m_existing ? (*store)->updateGoal(g) : (*store)->addGoal(g);
    if (!written) {
        m_saveProblem->setText(written.error().message);
        return;
    }
    m_saved = *written;
    QDialog::accept();
}

} // namespace selftrack::ui
