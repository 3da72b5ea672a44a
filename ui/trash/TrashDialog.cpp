// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/trash/TrashDialog.h"

#include "core/vault/VaultSession.h"
#include "ui/undo/EditHistory.h"
#include "ui/widgets/Confirm.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace selftrack::ui {

namespace {
QString typeName(core::ItemType type) {
    switch (type) {
    case core::ItemType::Goal:
        return TrashDialog::tr("Goal");
    case core::ItemType::Record:
        return TrashDialog::tr("Entry");
    case core::ItemType::Milestone:
        return TrashDialog::tr("Milestone");
    case core::ItemType::Category:
        return TrashDialog::tr("Category");
    }
    return QString();
}
} // namespace

TrashDialog::TrashDialog(core::VaultSession& session, EditHistory* history, QWidget* parent)
    : QDialog(parent), m_session(session), m_history(history) {
    setObjectName(QStringLiteral("trashDialog"));
    setWindowTitle(tr("Trash"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("trashList"));
    m_list->setAccessibleName(tr("Deleted items, newest first"));
    m_restore = new QPushButton(tr("&Restore"), this);
    m_restore->setObjectName(QStringLiteral("restore"));
    m_purge = new QPushButton(tr("&Delete permanently..."), this);
    m_purge->setObjectName(QStringLiteral("purge"));
    m_empty = new QPushButton(tr("&Empty trash..."), this);
    m_empty->setObjectName(QStringLiteral("empty"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_purge);
    buttons->addWidget(m_empty);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* column = new QVBoxLayout(this);
    column->addWidget(m_list, 1);
    column->addWidget(m_problem);
    column->addLayout(buttons);

    connect(m_restore, &QPushButton::clicked, this, &TrashDialog::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, &TrashDialog::purgeSelected);
    connect(m_empty, &QPushButton::clicked, this, &TrashDialog::emptyTrash);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_restore->setEnabled(row >= 0);
        m_purge->setEnabled(row >= 0);
    });
    connect(&m_session, &core::VaultSession::aboutToLock, this, &QDialog::reject);
    resize(620, 400);
    reload();
}

void TrashDialog::reload() {
    m_list->clear();
    m_entries.clear();
    auto store = m_session.store();
    auto entries = store ? (*store)->trash() : core::Result<QList<core::TrashEntry>>(std::unexpected(store.error()));
    if (!entries) {
        m_problem->setText(entries.error().message);
        return;
    }
    m_entries = std::move(*entries);
    const QLocale locale;
    for (const core::TrashEntry& e : m_entries) {
        const QDateTime when = QDateTime::fromString(e.deletedAt, Qt::ISODateWithMs).toLocalTime();
        m_list->addItem(
            tr("%1: %2 (deleted %3)").arg(typeName(e.type), e.summary, locale.toString(when, QLocale::ShortFormat)));
    }
    if (m_entries.isEmpty())
        m_list->addItem(tr("The trash is empty."));
    m_list->setEnabled(!m_entries.isEmpty());
    m_list->setCurrentRow(m_entries.isEmpty() ? -1 : 0);
    m_restore->setEnabled(!m_entries.isEmpty());
    m_purge->setEnabled(!m_entries.isEmpty());
    m_empty->setEnabled(!m_entries.isEmpty());
}

void TrashDialog::select(int row) {
    m_list->setCurrentRow(row);
}

const core::TrashEntry* TrashDialog::selected() const {
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

bool TrashDialog::restoreSelected() {
    const core::TrashEntry* e = selected();
    auto store = m_session.store();
    if (!e || !store)
        return false;
    auto before = (*store)->history(e->id);
    const QString id = e->id;
    if (auto st = (*store)->restore(id); !st) {
        m_problem->setText(st.error().message);
        return false;
    }
    auto after = (*store)->history(id);
    // Undo puts it back in the trash: a revert to the tombstone.
    if (m_history && before && after && !before->isEmpty() && !after->isEmpty())
        m_history->wrote(tr("restore from the trash"), id, before->last().revId, after->last().revId);
    m_problem->clear();
    reload();
    return true;
}

bool TrashDialog::purgeSelected() {
    const core::TrashEntry* e = selected();
    auto store = m_session.store();
    if (!e || !store)
        return false;
    const QString text =
        e->type == core::ItemType::Goal
            ? tr("Delete \"%1\", its check-ins and milestones, and every earlier version of them for "
                 "good? This cannot be undone.")
                  .arg(e->summary)
            : tr("Delete \"%1\" and every earlier version of it for good? This cannot be undone.").arg(e->summary);
    if (!Confirm::ask(this, tr("Delete permanently"), text, tr("Delete permanently")))
        return false;
    if (auto st = (*store)->purge(e->id); !st) {
        m_problem->setText(st.error().message);
        return false;
    }
    reload();
    return true;
}

bool TrashDialog::emptyTrash() {
    auto store = m_session.store();
    if (!store || m_entries.isEmpty())
        return false;
    if (!Confirm::ask(this, tr("Empty trash"),
                      tr("Delete all %n item(s) in the trash and every earlier version of them for good? This cannot "
                         "be undone.",
                         nullptr, static_cast<int>(m_entries.size())),
                      tr("Empty trash")))
        return false;
    auto purged = (*store)->purgeTrash();
    if (!purged) {
        m_problem->setText(purged.error().message);
        return false;
    }
    reload();
    return true;
}

} // namespace selftrack::ui
