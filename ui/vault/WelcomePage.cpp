// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/vault/WelcomePage.h"

#include "core/domain/SampleData.h"
#include "core/vault/VaultSession.h"
#include "ui/vault/PassphraseStrength.h"
#include "ui/vault/StrengthMeter.h"
#include "ui/widgets/PassphraseField.h"
#include "ui/widgets/ProblemLabel.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace selftrack::ui {

WelcomePage::WelcomePage(core::VaultSession& session, QString directory, core::Argon2Params params, QWidget* parent)
    : QWidget(parent), m_session(session), m_directory(std::move(directory)), m_params(params) {
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("Welcome to SelfTrack"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto* intro = new QLabel(tr("Your goals, habits and journal stay on this computer, encrypted with a passphrase "
                                "only you know. Choose it now to create your vault."),
                             this);
    intro->setWordWrap(true);

    m_passphrase = new PassphraseField(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_repeat = new PassphraseField(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassphrase"));
    m_repeat->setAccessibleName(tr("Repeat the passphrase"));
    m_strength = new StrengthMeter(this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(tr("Strength:"), m_strength);

    auto* warning = new QLabel(tr("<b>There is no way to recover a lost passphrase.</b> Nobody, not even SelfTrack, "
                                  "can open the vault without it. Write it down and keep it somewhere safe."),
                               this);
    warning->setObjectName(QStringLiteral("warning"));
    warning->setWordWrap(true);
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    auto* where = new QLabel(tr("Vault folder: %1").arg(QDir::toNativeSeparators(m_directory)), this);
    where->setWordWrap(true);
    where->setEnabled(false);

    m_samples = new QCheckBox(tr("Start with &sample data (a few goals and journal entries to try things on)"), this);
    m_samples->setObjectName(QStringLiteral("sampleData"));

    m_create = new QPushButton(tr("&Create vault"), this);
    m_create->setObjectName(QStringLiteral("create"));
    m_create->setDefault(true);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addLayout(form);
    column->addWidget(warning);
    column->addWidget(m_problem);
    column->addWidget(m_samples);
    column->addWidget(m_create, 0, Qt::AlignRight);
    column->addWidget(m_busy);
    column->addStretch(1);
    column->addWidget(where);
    auto* frame = new QWidget(this);
    frame->setLayout(column);
    frame->setMaximumWidth(520);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(frame, 3);
    outer->addStretch(1);

    connect(m_passphrase, &QLineEdit::textChanged, this, &WelcomePage::updateState);
    connect(m_repeat, &QLineEdit::textChanged, this, &WelcomePage::updateState);
    connect(m_passphrase, &QLineEdit::returnPressed, m_repeat, qOverload<>(&QWidget::setFocus));
    connect(m_repeat, &QLineEdit::returnPressed, this, &WelcomePage::create);
    connect(m_create, &QPushButton::clicked, this, &WelcomePage::create);
    connect(&m_session, &core::VaultSession::unlockFailed, this,
            [this](const core::Error& error) { showFailure(error.message); });
    connect(&m_session, &core::VaultSession::unlocked, this, &WelcomePage::addSamples);
    connect(&m_session, &core::VaultSession::stateChanged, this,
            [this](core::VaultSession::State state) { setBusy(state == core::VaultSession::State::Unlocking); });
    updateState();
}

void WelcomePage::activate() {
    m_passphrase->setFocus();
}

void WelcomePage::updateState() {
    m_strength->setPassphrase(m_passphrase->text());
    QString problem;
    if (!m_passphrase->text().isEmpty() && m_passphrase->text().size() < PassphraseStrength::kMinimumLength)
        problem = tr("Use at least %1 characters.").arg(PassphraseStrength::kMinimumLength);
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_passphrase->text())
        problem = tr("The two passphrases differ.");
    m_problem->setText(problem);
    m_create->setEnabled(problem.isEmpty() && m_passphrase->text().size() >= PassphraseStrength::kMinimumLength &&
                         m_repeat->text() == m_passphrase->text() && !m_session.isUnlocked());
}

void WelcomePage::create() {
    if (!m_create->isEnabled())
        return;
    m_repeat->take(); // equal to the first; only one copy goes on
    m_samplesPending = m_samples->isChecked();
    if (!m_session.create(m_directory, m_passphrase->take(), m_params))
        showFailure(tr("The vault is busy; try again in a moment."));
}

void WelcomePage::addSamples() {
    if (!m_samplesPending)
        return;
    m_samplesPending = false;
    auto store = m_session.store();
    if (!store)
        return;
    const QDate today = m_session.clock()().toLocalTime().date();
    // A failure (nothing of the sample is written then) leaves a working, empty vault.
    if (auto added = core::SampleData::add(**store, today); !added)
        qWarning("Sample data could not be added: %s", qPrintable(added.error().message));
}

void WelcomePage::showFailure(const QString& message) {
    if (!isVisible())
        return;
    m_problem->setText(tr("The vault could not be created: %1").arg(message));
    m_passphrase->setFocus();
}

void WelcomePage::setBusy(bool busy) {
    m_busy->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_repeat->setEnabled(!busy);
    m_samples->setEnabled(!busy);
    if (busy)
        m_create->setEnabled(false);
    else
        updateState();
}

} // namespace selftrack::ui
