// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/vault/UnlockPage.h"

#include "core/vault/VaultSession.h"
#include "ui/widgets/PassphraseField.h"
#include "ui/widgets/ProblemLabel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace selftrack::ui {

UnlockPage::UnlockPage(core::VaultSession& session, QString directory, QWidget* parent)
    : QWidget(parent), m_session(session), m_directory(std::move(directory)) {
    setObjectName(QStringLiteral("unlockPage"));
    auto* title = new QLabel(tr("Unlock your vault"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto* where = new QLabel(QDir::toNativeSeparators(m_directory), this);
    where->setWordWrap(true);
    where->setEnabled(false);

    m_passphrase = new PassphraseField(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();

    auto* row = new QHBoxLayout;
    row->addWidget(m_passphrase, 1);
    row->addWidget(m_unlock);
    auto* column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(where);
    column->addSpacing(12);
    column->addLayout(row);
    column->addWidget(m_busy);
    column->addWidget(m_problem);
    column->addStretch(2);
    auto* frame = new QWidget(this);
    frame->setLayout(column);
    frame->setMaximumWidth(460);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(frame, 3);
    outer->addStretch(1);

    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlock);
    connect(&m_session, &core::VaultSession::stateChanged, this,
            [this](core::VaultSession::State state) { setBusy(state == core::VaultSession::State::Unlocking); });
    connect(&m_session, &core::VaultSession::unlockFailed, this, [this](const core::Error& error) {
        m_problem->setText(error.code == core::ErrorCode::WrongPassphrase
                               ? tr("Wrong passphrase. Please try again.")
                               : tr("The vault could not be opened: %1").arg(error.message));
        m_passphrase->setFocus();
    });
    connect(&m_session, &core::VaultSession::unlocked, this, [this] { m_problem->clear(); });
}

void UnlockPage::activate() {
    m_passphrase->setFocus();
}

void UnlockPage::unlock() {
    if (m_passphrase->text().isEmpty()) {
        m_problem->setText(tr("Type your passphrase first."));
        return;
    }
    m_session.unlock(m_directory, m_passphrase->take());
}

void UnlockPage::setBusy(bool busy) {
    m_busy->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
}

} // namespace selftrack::ui
