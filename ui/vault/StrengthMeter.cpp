// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/vault/StrengthMeter.h"

#include "ui/vault/PassphraseStrength.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

#include <algorithm>

namespace selftrack::ui {

StrengthMeter::StrengthMeter(QWidget* parent) : QWidget(parent) {
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("strength"));
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Passphrase strength"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("strengthLabel"));
    int widest = 0;
    for (auto level : {PassphraseStrength::Level::Weak, PassphraseStrength::Level::Fair,
                       PassphraseStrength::Level::Good, PassphraseStrength::Level::Strong})
        widest = std::max(widest, fontMetrics().horizontalAdvance(PassphraseStrength::label(level)));
    m_label->setMinimumWidth(widest + 4);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_bar, 1);
    row->addWidget(m_label);
}

void StrengthMeter::setPassphrase(QStringView passphrase) {
    const PassphraseStrength s = PassphraseStrength::of(passphrase);
    m_bar->setValue(static_cast<int>(std::min(100.0, s.bits)));
    m_label->setText(PassphraseStrength::label(s.level));
}

int StrengthMeter::value() const {
    return m_bar->value();
}

} // namespace selftrack::ui
