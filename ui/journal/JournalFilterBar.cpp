// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journal/JournalFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace selftrack::ui {

namespace {
// Goal filter items carry their scope and the goal's id.
constexpr int kScopeRole = Qt::UserRole + 1;
constexpr int kDefaultRangeDays = 30;

QDateEdit* dateEdit(QWidget* parent, const QString& objectName, const QString& accessibleName) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setMaximumDate(QDate(9999, 12, 31));
    edit->setEnabled(false);
    return edit;
}
} // namespace

JournalFilterBar::JournalFilterBar(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("journalFilters"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("journalSearch"));
    m_search->setAccessibleName(tr("Search the journal"));
    m_search->setPlaceholderText(tr("Search the journal (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);

    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setAccessibleName(tr("Show entries with this tag"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tag->setMinimumContentsLength(8);
    m_goal = new QComboBox(this);
    m_goal->setObjectName(QStringLiteral("goalFilter"));
    m_goal->setAccessibleName(tr("Show entries about this goal"));
    m_goal->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_goal->setMinimumContentsLength(8);
    m_dated = new QCheckBox(tr("&Between"), this);
    m_dated->setObjectName(QStringLiteral("dateFilter"));
    m_dated->setToolTip(tr("Only entries from one day to another"));
    m_from = dateEdit(this, QStringLiteral("fromDay"), tr("First day shown"));
    m_to = dateEdit(this, QStringLiteral("toDay"), tr("Last day shown"));
    auto* tagLabel = new QLabel(tr("T&ag:"), this);
    tagLabel->setBuddy(m_tag);
    auto* goalLabel = new QLabel(tr("Goa&l:"), this);
    goalLabel->setBuddy(m_goal);
    auto* andLabel = new QLabel(tr("and"), this);

    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(tagLabel, 0, 0);
    grid->addWidget(m_tag, 0, 1);
    grid->addWidget(goalLabel, 0, 2);
    grid->addWidget(m_goal, 0, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_dated);
    dates->addWidget(m_from, 1);
    dates->addWidget(andLabel);
    dates->addWidget(m_to, 1);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_search);
    column->addLayout(grid);
    column->addLayout(dates);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty()) {
            m_searchDelay->stop();
            Q_EMIT searchChanged(QString()); // the timeline comes back at once
        } else {
            m_searchDelay->start();
        }
    });
    connect(m_searchDelay, &QTimer::timeout, this, [this] { Q_EMIT searchChanged(searchText()); });
    connect(m_tag, &QComboBox::currentIndexChanged, this, &JournalFilterBar::emitFilter);
    connect(m_goal, &QComboBox::currentIndexChanged, this, &JournalFilterBar::emitFilter);
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        emitFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &JournalFilterBar::emitFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &JournalFilterBar::emitFilter);
    clear();
}

void JournalFilterBar::setTags(const QStringList& tags) {
    const QString chosen = m_tag->currentData().toString();
    {
        const QSignalBlocker blocker(m_tag);
        m_tag->clear();
        m_tag->addItem(tr("All tags"), QString());
        for (const QString& tag : tags)
            m_tag->addItem(QLatin1Char('#') + tag, tag);
        m_tag->setCurrentIndex(std::max(0, m_tag->findData(chosen)));
    }
    if (m_tag->currentData().toString() != chosen)
        emitFilter(); // the chosen tag is gone
}

void JournalFilterBar::setGoals(const QList<core::Goal>& goals) {
    const core::JournalFilter before = filter();
    {
        const QSignalBlocker blocker(m_goal);
        m_goal->clear();
        m_goal->addItem(tr("All entries"), QString());
        m_goal->setItemData(0, static_cast<int>(core::JournalFilter::Goals::Any), kScopeRole);
        m_goal->addItem(tr("Without a goal"), QString());
        m_goal->setItemData(1, static_cast<int>(core::JournalFilter::Goals::Without), kScopeRole);
        for (const core::Goal& g : goals) {
            m_goal->addItem(tr("About %1").arg(g.title), g.id);
            m_goal->setItemData(m_goal->count() - 1, static_cast<int>(core::JournalFilter::Goals::One), kScopeRole);
        }
        int index = 0;
        if (before.goals == core::JournalFilter::Goals::Without)
            index = 1;
        else if (before.goals == core::JournalFilter::Goals::One)
            index = std::max(0, m_goal->findData(before.goalId));
        m_goal->setCurrentIndex(index);
    }
    if (filter() != before)
        emitFilter(); // the chosen goal is gone
}

void JournalFilterBar::setToday(QDate today) {
    if (m_dated->isChecked())
        return; // the range in use stays
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(today.addDays(-kDefaultRangeDays));
    m_to->setDate(today);
}

void JournalFilterBar::clear() {
    const QSignalBlocker self(this); // nothing to pass on: whoever clears resets the rest
    const QSignalBlocker searchBlocker(m_search);
    const QSignalBlocker dateBlocker(m_dated);
    m_searchDelay->stop();
    m_search->clear();
    m_dated->setChecked(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    setTags({});
    setGoals({});
}

core::JournalFilter JournalFilterBar::filter() const {
    core::JournalFilter f;
    f.tag = m_tag->currentData().toString();
    if (m_goal->count() > 0) {
        f.goals = static_cast<core::JournalFilter::Goals>(m_goal->currentData(kScopeRole).toInt());
        if (f.goals == core::JournalFilter::Goals::One)
            f.goalId = m_goal->currentData().toString();
    }
    if (m_dated->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    return f;
}

QString JournalFilterBar::searchText() const {
    return m_search->text().trimmed();
}

void JournalFilterBar::emitFilter() {
    Q_EMIT filterChanged(filter());
}

bool JournalFilterBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace selftrack::ui
