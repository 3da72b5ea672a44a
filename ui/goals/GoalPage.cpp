// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/goals/GoalPage.h"

#include "core/domain/ContentStore.h"
#include "core/domain/DayCheckIns.h"
#include "core/stats/GoalDetail.h"
#include "core/stats/ProgressCache.h"
#include "core/vault/VaultSession.h"
#include "ui/charts/GoalCharts.h"
#include "ui/charts/HeatMap.h"
#include "ui/goals/RecordsModel.h"
#include "ui/today/TodayModel.h"
#include "ui/undo/EditHistory.h"
#include "ui/widgets/ProblemLabel.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace selftrack::ui {

namespace {

QLabel* figure(const char* name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    label->setFont(big);
    return label;
}

QString percent(const std::optional<double>& share) {
    return share ? QLocale().toString(qRound(*share * 100)) + QStringLiteral("%") : QStringLiteral("–");
}

QString periodName(core::Period period) {
    switch (period) {
    case core::Period::Day:
        return GoalPage::tr("Today");
    case core::Period::Week:
        return GoalPage::tr("This week");
    case core::Period::Month:
        return GoalPage::tr("This month");
    case core::Period::Year:
        return GoalPage::tr("This year");
    case core::Period::Whole:
        return GoalPage::tr("So far");
    }
    return {};
}

} // namespace

GoalPage::GoalPage(core::VaultSession& session, EditHistory* history, QWidget* parent)
    : QWidget(parent), m_session(session), m_history(history) {
    setObjectName(QStringLiteral("goalPage"));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    // Header: title, actions, the period's progress.
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("goalTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto* edit = new QPushButton(tr("&Edit..."), content);
    edit->setObjectName(QStringLiteral("editGoal"));
    connect(edit, &QPushButton::clicked, this, [this] {
        if (m_goal)
            Q_EMIT editRequested(*m_goal);
    });
    auto* historyButton = new QPushButton(tr("Histor&y..."), content);
    historyButton->setObjectName(QStringLiteral("goalHistory"));
    connect(historyButton, &QPushButton::clicked, this, [this] {
        if (m_goal)
            Q_EMIT historyRequested(m_goal->id);
    });
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(edit);
    top->addWidget(historyButton);
    layout->addLayout(top);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("goalStatus"));
    layout->addWidget(m_status);
    m_bar = new QProgressBar(content);
    m_bar->setObjectName(QStringLiteral("periodProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(10);
    m_bar->setAccessibleName(tr("Progress of the current period"));
    layout->addWidget(m_bar);
    m_problem = new ProblemLabel(content);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->hide();
    layout->addWidget(m_problem);

    // Statistics.
    auto* stats = new QGridLayout;
    stats->setHorizontalSpacing(28);
    m_current = figure("currentStreak", content);
    m_best = figure("bestStreak", content);
    m_completion = figure("completion", content);
    m_strength = figure("strength", content);
    m_forecast = figure("forecast", content);
    const QList<std::pair<QString, QLabel*>> figures{{tr("Current streak"), m_current},
                                                     {tr("Best streak"), m_best},
                                                     {tr("Done 30 / 90 / 365 days"), m_completion},
                                                     {tr("Strength"), m_strength},
                                                     {tr("Forecast"), m_forecast}};
    for (int i = 0; i < figures.size(); ++i) {
        auto* caption = new QLabel(figures.at(i).first, content);
        caption->setForegroundRole(QPalette::PlaceholderText);
        caption->setBuddy(figures.at(i).second);
        stats->addWidget(figures.at(i).second, 0, i);
        stats->addWidget(caption, 1, i);
        figures.at(i).second->setAccessibleName(figures.at(i).first);
    }
    stats->setColumnStretch(static_cast<int>(figures.size()), 1);
    layout->addLayout(stats);

    // The year calendar.
    m_heatMap = new HeatMap(content);
    connect(m_heatMap, &HeatMap::dayActivated, this, &GoalPage::showDayMenu);
    layout->addWidget(m_heatMap);

    m_charts = new GoalCharts(content);
    m_charts->setMinimumHeight(240);
    layout->addWidget(m_charts);

    // Records.
    auto* recordsLabel = new QLabel(tr("<b>Records</b>"), content);
    layout->addWidget(recordsLabel);
    m_records = new RecordsModel(session, m_history, this);
    connect(m_records, &RecordsModel::refused, this, &GoalPage::showProblem);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_records);
    m_sorted->setSortRole(RecordsModel::SortRole);
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("recordsTable"));
    m_table->setAccessibleName(tr("Records"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RecordsModel::DayColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(200);
    recordsLabel->setBuddy(m_table);
    auto* remove = new QAction(tr("Move record to the trash"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &GoalPage::removeSelectedRecord);
    m_table->addAction(remove);
    m_table->installEventFilter(this); // Delete also when the shortcut map does not see the table
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_table);

    // Milestones.
    auto* milestonesLabel = new QLabel(tr("<b>Milestones</b>"), content);
    layout->addWidget(milestonesLabel);
    m_milestones = new QListWidget(content);
    m_milestones->setObjectName(QStringLiteral("milestones"));
    m_milestones->setAccessibleName(tr("Milestones"));
    m_milestones->setMaximumHeight(140);
    milestonesLabel->setBuddy(m_milestones);
    connect(m_milestones, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        setMilestoneDone(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    layout->addWidget(m_milestones);
    m_newMilestone = new QLineEdit(content);
    m_newMilestone->setObjectName(QStringLiteral("newMilestone"));
    m_newMilestone->setPlaceholderText(tr("Add a milestone and press Enter"));
    m_newMilestone->setAccessibleName(tr("New milestone"));
    connect(m_newMilestone, &QLineEdit::returnPressed, this, [this] {
        if (addMilestone(m_newMilestone->text()))
            m_newMilestone->clear();
    });
    layout->addWidget(m_newMilestone);
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(&m_session, &core::VaultSession::aboutToLock, this, &GoalPage::drop);
    connect(&m_session, &core::VaultSession::settingsChanged, this, [this] {
        if (!m_goalId.isEmpty())
            reload(); // the week start moves the periods, the calendar's columns and the figures
    });
    connect(m_session.events(), &core::ContentEvents::changed, this, [this](const core::ChangeSet& changes) {
        if (!m_goalId.isEmpty() && changes.goalsAffected().contains(m_goalId))
            reload();
        else if (!m_goalId.isEmpty() && !changes.ofType(core::ItemType::Milestone).isEmpty())
            reloadMilestones();
    });
}

GoalPage::~GoalPage() = default;

std::optional<core::Goal> GoalPage::goal() const {
    return m_goal;
}

bool GoalPage::showGoal(const QString& goalId) {
    m_goalId = goalId;
    reload();
    return m_goal.has_value();
}

void GoalPage::reload() {
    m_problem->hide();
    auto store = m_session.store();
    auto cache = m_session.progress();
    if (!store || !cache)
        return drop();
    auto goal = (*store)->goal(m_goalId);
    if (!goal || goal->deleted) {
        const bool wasShown = m_goal.has_value();
        drop();
        if (wasShown)
            Q_EMIT goalGone();
        return;
    }
    m_goal = *goal;
    const core::ProgressContext context = m_session.progressContext();
    auto progress = (*cache)->progress(*m_goal, context);
    auto detail = core::GoalDetail::load((*store)->database(), *m_goal, context);
    if (!progress || !detail) {
        showProblem(!progress ? progress.error().message : detail.error().message);
        return;
    }
    m_progress = *progress;
    m_detail = std::make_shared<const core::GoalDetail>(std::move(*detail));

    const QLocale locale;
    const core::Goal& g = *m_goal;
    m_title->setText(g.archived ? tr("%1 (archived)").arg(g.title) : g.title);
    const QString value =
        g.kind == core::GoalKind::Check
            ? tr("%1 of %2 days").arg(locale.toString(m_progress.periodValue), locale.toString(g.target))
            : tr("%1 of %2 %3")
                  .arg(locale.toString(m_progress.periodValue), locale.toString(g.target), g.unit)
                  .trimmed();
    m_status->setText(tr("%1: %2 · %3").arg(periodName(g.period), value, TodayModel::statusText(m_progress.status)));
    m_bar->setValue(static_cast<int>(std::clamp(m_progress.fraction, 0.0, 1.0) * 1000));
    m_current->setText(locale.toString(m_progress.currentStreak));
    m_best->setText(locale.toString(m_progress.bestStreak));
    m_completion->setText(tr("%1 / %2 / %3")
                              .arg(percent(m_progress.completion30), percent(m_progress.completion90),
                                   percent(m_progress.completion365)));
    m_strength->setText(percent(m_progress.score));
    if (m_progress.forecast)
        m_forecast->setText(m_progress.forecastOnTime.value_or(true)
                                ? locale.toString(*m_progress.forecast, QLocale::ShortFormat)
                                : tr("%1 (late)").arg(locale.toString(*m_progress.forecast, QLocale::ShortFormat)));
    else
        m_forecast->setText(QStringLiteral("–"));
    const double dailyTarget = g.period == core::Period::Day ? g.target : 0.0;
    m_heatMap->setDetail(m_detail, dailyTarget, context.weekStart);
    m_charts->setDetail(g, m_detail, context.weekStart);
    m_records->setGoal(g);
    reloadMilestones();
}

void GoalPage::drop() {
    m_goal.reset();
    m_detail.reset();
    m_progress = core::GoalProgress();
    m_title->clear();
    m_status->clear();
    m_bar->setValue(0);
    for (QLabel* label : {m_current, m_best, m_completion, m_strength, m_forecast})
        label->clear();
    m_heatMap->setDetail(nullptr, 0, Qt::Monday);
    m_charts->clear();
    m_records->clear();
    const QSignalBlocker blocker(m_milestones);
    m_milestones->clear();
}

void GoalPage::showProblem(const QString& message) {
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void GoalPage::showDayMenu(QDate day) {
    if (!m_goal)
        return;
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("dayMenu"));
    menu->setTitle(QLocale().toString(day, QLocale::LongFormat));
    if (m_goal->kind == core::GoalKind::Check)
        menu->addAction(tr("&Done"), this, [this, day] { checkInOn(day); });
    else
        menu->addAction(tr("&Enter a value..."), this, [this, day] {
            auto* input = new QInputDialog(this);
            input->setAttribute(Qt::WA_DeleteOnClose);
            input->setInputMode(QInputDialog::DoubleInput);
            input->setDoubleDecimals(2);
            input->setDoubleRange(-1e9, 1e9);
            input->setLabelText(tr("%1 on %2").arg(m_goal->unit, QLocale().toString(day, QLocale::ShortFormat)));
            connect(input, &QInputDialog::doubleValueSelected, this, [this, day](double v) { checkInOn(day, v); });
            input->open();
        });
    menu->addAction(tr("&Skip"), this, [this, day] { skipOn(day); });
    menu->addAction(tr("&Clear the day"), this, [this, day] { clearDay(day); });
    const QRect cell = m_heatMap->cellRect(day);
    menu->popup(m_heatMap->mapToGlobal(cell.isEmpty() ? QPoint() : cell.bottomLeft()));
}

bool GoalPage::checkInOn(QDate day, std::optional<double> value) {
    auto store = m_session.store();
    if (!store || !m_goal)
        return false;
    core::Record record;
    record.goalId = m_goal->id;
    record.day = day;
    record.value = value;
    auto added = (*store)->checkIn(record);
    if (!added) {
        showProblem(added.error().message);
        return false;
    }
    if (m_history)
        m_history->wrote(tr("check-in of %1").arg(m_goal->title), added->id, QString(), added->headRev);
    return true;
}

bool GoalPage::skipOn(QDate day) {
    auto store = m_session.store();
    if (!store || !m_goal)
        return false;
    core::Record record;
    record.goalId = m_goal->id;
    record.day = day;
    record.status = core::RecordStatus::Skipped;
    auto added = (*store)->addRecord(record);
    if (!added) {
        showProblem(added.error().message);
        return false;
    }
    if (m_history)
        m_history->wrote(tr("skip of %1").arg(m_goal->title), added->id, QString(), added->headRev);
    return true;
}

bool GoalPage::clearDay(QDate day) {
    auto store = m_session.store();
    if (!store || !m_goal)
        return false;
    auto cleared = core::DayCheckIns::clear(**store, m_goal->id, day);
    if (!cleared) {
        showProblem(cleared.error().message);
        return false;
    }
    if (m_history && !cleared->isEmpty()) {
        m_history->stack()->beginMacro(tr("clearing of a day of %1").arg(m_goal->title));
        for (const core::DayCheckIns::Edit& edit : *cleared)
            m_history->wrote(tr("deletion of a record"), edit.recordId, edit.beforeRev, edit.afterRev);
        m_history->stack()->endMacro();
    }
    return true;
}

bool GoalPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Delete)) { // an open editor gets its own keys
        removeSelectedRecord();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void GoalPage::removeSelectedRecord() {
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid())
        m_records->removeRow(m_sorted->mapToSource(index).row());
}

void GoalPage::reloadMilestones() {
    const QSignalBlocker blocker(m_milestones);
    m_milestones->clear();
    auto store = m_session.store();
    if (!store || !m_goal)
        return;
    auto milestones = (*store)->milestones(m_goal->id);
    if (!milestones)
        return showProblem(milestones.error().message);
    const QLocale locale;
    for (const core::Milestone& m : *milestones) {
        const QString text =
            m.doneDate ? tr("%1 — reached %2").arg(m.title, locale.toString(*m.doneDate, QLocale::ShortFormat))
                       : m.title;
        auto* item = new QListWidgetItem(text, m_milestones);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m.doneDate ? Qt::Checked : Qt::Unchecked);
    }
}

bool GoalPage::addMilestone(const QString& title) {
    auto store = m_session.store();
    if (!store || !m_goal || title.trimmed().isEmpty())
        return false;
    core::Milestone milestone;
    milestone.goalId = m_goal->id;
    milestone.title = title.trimmed();
    auto existing = (*store)->milestones(m_goal->id);
    milestone.position = existing ? static_cast<int>(existing->size()) : 0;
    auto added = (*store)->addMilestone(milestone);
    if (!added) {
        showProblem(added.error().message);
        return false;
    }
    if (m_history)
        m_history->wrote(tr("new milestone %1").arg(added->title), added->id, QString(), added->headRev);
    return true;
}

bool GoalPage::setMilestoneDone(const QString& milestoneId, bool done) {
    auto store = m_session.store();
    if (!store)
        return false;
    auto milestone = (*store)->milestone(milestoneId);
    if (!milestone) {
        showProblem(milestone.error().message);
        return false;
    }
    core::Milestone edited = *milestone;
    edited.doneDate = done ? std::optional<QDate>(m_session.progressContext().today()) : std::nullopt;
    auto saved = (*store)->updateMilestone(edited);
    if (!saved) {
        showProblem(saved.error().message);
        reloadMilestones();
        return false;
    }
    if (m_history && saved->headRev != milestone->headRev)
        m_history->wrote(done ? tr("milestone %1 reached").arg(saved->title)
                              : tr("milestone %1 reopened").arg(saved->title),
                         saved->id, milestone->headRev, saved->headRev);
    return true;
}

} // namespace selftrack::ui
