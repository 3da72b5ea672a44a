// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/HistoryDialog.h"

#include "core/domain/ContentStore.h"
#include "core/history/RevisionDiff.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultSession.h"
#include "ui/history/DiffView.h"
#include "ui/undo/EditHistory.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace selftrack::ui {

HistoryDialog::HistoryDialog(core::VaultSession& session, EditHistory* history, QString itemId, QWidget* parent)
    : QDialog(parent), m_session(session), m_history(history), m_itemId(std::move(itemId)) {
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("revisions"));
    m_list->setAccessibleName(tr("Revisions, newest first"));
    m_diff = new QTextBrowser(this);
    m_diff->setObjectName(QStringLiteral("diff"));
    m_diff->setAccessibleName(tr("What this revision changed"));
    m_restore = new QPushButton(tr("&Restore this version"), this);
    m_restore->setObjectName(QStringLiteral("restore"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(m_diff);
    split->setSizes({400, 360});
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* column = new QVBoxLayout(this);
    column->addWidget(split, 1);
    column->addWidget(m_problem);
    column->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &HistoryDialog::showSelected);
    connect(m_restore, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);
    connect(&m_session, &core::VaultSession::aboutToLock, this, &QDialog::reject);
    resize(760, 420);
    reload();
}

void HistoryDialog::reload() {
    m_list->clear();
    m_entries.clear();
    auto store = m_session.store();
    auto entries = store ? core::ItemHistory::load(**store, m_itemId)
                         : core::Result<QList<core::HistoryEntry>>(std::unexpected(store.error()));
    if (!entries) {
        m_problem->setText(entries.error().message);
        m_restore->setEnabled(false);
        return;
    }
    m_entries = std::move(*entries);
    const QLocale locale;
    auto vault = m_session.vault();
    const QString thisDevice = vault ? (*vault)->deviceId() : QString();
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        const core::Revision& r = m_entries.at(i).revision;
        const QDateTime when = QDateTime::fromString(r.createdAt, Qt::ISODateWithMs).toLocalTime();
        const QString device = r.deviceId == thisDevice ? tr("this computer") : tr("device %1").arg(r.deviceId.left(8));
        m_list->addItem(
            tr("%1 · %2 — %3").arg(locale.toString(when, QLocale::ShortFormat), device, m_entries.at(i).summary));
        m_list->item(m_list->count() - 1)->setToolTip(tr("Device %1").arg(r.deviceId));
    }
    select(0);
}

void HistoryDialog::select(int row) {
    m_list->setCurrentRow(row);
    showSelected();
}

const core::HistoryEntry* HistoryDialog::selectedEntry() const {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries.at(m_entries.size() - 1 - row);
}

void HistoryDialog::showSelected() {
    const core::HistoryEntry* e = selectedEntry();
    if (!e) {
        m_diff->clear();
        m_restore->setEnabled(false);
        return;
    }
    const core::Revision* parent = e->parent >= 0 ? &m_entries.at(e->parent).revision : nullptr;
    m_diff->setHtml(DiffView::html(core::RevisionDiff::between(parent, e->revision), m_diff->palette()));
    m_restore->setEnabled(m_list->currentRow() != 0); // the newest is what the item is now
}

void HistoryDialog::changeEvent(QEvent* event) {
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showSelected(); // the diff's colours follow the palette
}

QString HistoryDialog::diffText() const {
    return m_diff->toPlainText();
}

bool HistoryDialog::restoreSelected() {
    const core::HistoryEntry* e = selectedEntry();
    auto store = m_session.store();
    if (!e || !store || m_entries.isEmpty())
        return false;
    const QString before = m_entries.last().revision.revId;
    if (auto st = (*store)->revert(m_itemId, e->revision.revId); !st) {
        m_problem->setText(st.error().message);
        return false;
    }
    reload();
    if (m_history && !m_entries.isEmpty())
        m_history->wrote(tr("restore of a version"), m_itemId, before, m_entries.last().revision.revId);
    m_problem->setText(tr("Restored. The history keeps every version, this one included."));
    return true;
}

} // namespace selftrack::ui
