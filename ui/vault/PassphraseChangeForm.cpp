// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/vault/PassphraseChangeForm.h"

#include "core/vault/VaultSession.h"
#include "ui/vault/PassphraseStrength.h"
#include "ui/vault/StrengthMeter.h"
#include "ui/widgets/PassphraseField.h"
#include "ui/widgets/ProblemLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace selftrack::ui {

namespace {
// An empty message takes no room in the form.
void say(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
} // namespace

PassphraseChangeForm::PassphraseChangeForm(core::VaultSession& session, QWidget* parent)
    : QWidget(parent), m_session(session) {
    setObjectName(QStringLiteral("passphraseChange"));
    const auto field = [this](const char* name, const QString& accessible) {
        auto* f = new PassphraseField(this);
        f->setObjectName(QString::fromLatin1(name));
        f->setAccessibleName(accessible);
        return f;
    };
    m_current = field("currentPassphrase", tr("Current passphrase"));
    m_new = field("newPassphrase", tr("New passphrase"));
    m_repeat = field("repeatPassphrase", tr("Repeat the new passphrase"));
    m_strength = new StrengthMeter(this);
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_done = new QLabel(this);
    m_done->setObjectName(QStringLiteral("done"));
    m_done->setWordWrap(true);
    m_change = new QPushButton(tr("C&hange passphrase"), this);
    m_change->setObjectName(QStringLiteral("changePassphrase"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("C&urrent passphrase:"), m_current);
    form->addRow(tr("&New passphrase:"), m_new);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(tr("Strength:"), m_strength);
    auto* note = new QLabel(tr("Only the key that opens the vault is re-wrapped; your data stays as it is. "
                               "There is no way to recover a lost passphrase."),
                            this);
    note->setWordWrap(true);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(form);
    column->addWidget(note);
    column->addWidget(m_problem);
    column->addWidget(m_done);
    column->addWidget(m_change, 0, Qt::AlignRight);
    column->addWidget(m_busy);

    for (PassphraseField* f : {m_current, m_new, m_repeat})
        connect(f, &QLineEdit::textChanged, this, &PassphraseChangeForm::updateState);
    connect(m_current, &QLineEdit::returnPressed, m_new, qOverload<>(&QWidget::setFocus));
    connect(m_new, &QLineEdit::returnPressed, m_repeat, qOverload<>(&QWidget::setFocus));
    connect(m_repeat, &QLineEdit::returnPressed, this, &PassphraseChangeForm::change);
    connect(m_change, &QPushButton::clicked, this, &PassphraseChangeForm::change);
    connect(&m_session, &core::VaultSession::passphraseChanged, this, [this] { finished(true, QString()); });
    connect(&m_session, &core::VaultSession::passphraseChangeFailed, this, [this](const core::Error& error) {
        finished(false, error.code == core::ErrorCode::WrongPassphrase
                            ? tr("The current passphrase is wrong; nothing was changed.")
                            : tr("The passphrase was not changed: %1").arg(error.message));
    });
    updateState();
}

void PassphraseChangeForm::updateState() {
    m_strength->setPassphrase(m_new->text());
    QString problem;
    if (!m_new->text().isEmpty() && m_new->text().size() < PassphraseStrength::kMinimumLength)
        problem = tr("Use at least %1 characters.").arg(PassphraseStrength::kMinimumLength);
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_new->text())
        problem = tr("The two new passphrases differ.");
    if (!problem.isEmpty() || !m_current->text().isEmpty() || !m_new->text().isEmpty())
        say(m_done, QString());
    say(m_problem, problem);
    m_change->setEnabled(problem.isEmpty() && !m_current->text().isEmpty() &&
                         m_new->text().size() >= PassphraseStrength::kMinimumLength &&
                         m_repeat->text() == m_new->text() && !m_session.isChangingPassphrase());
}

void PassphraseChangeForm::change() {
    if (!m_change->isEnabled())
        return;
    m_repeat->take(); // equal to the new one; only one copy goes on
    core::SecureBuffer current = m_current->take();
    if (!m_session.changePassphrase(std::move(current), m_new->take())) {
        finished(false, tr("The vault is busy or locked; try again in a moment."));
        return;
    }
    setBusy(true);
}

void PassphraseChangeForm::finished(bool ok, const QString& message) {
    setBusy(false);
    say(m_problem, message);
    say(m_done, ok ? tr("The passphrase was changed. Use the new one from now on.") : QString());
    if (ok)
        Q_EMIT changed();
    else
        m_current->setFocus();
}

void PassphraseChangeForm::setBusy(bool busy) {
    m_busy->setVisible(busy);
    for (PassphraseField* f : {m_current, m_new, m_repeat})
        f->setEnabled(!busy);
    if (busy)
        m_change->setEnabled(false);
    else
        updateState();
}

} // namespace selftrack::ui
