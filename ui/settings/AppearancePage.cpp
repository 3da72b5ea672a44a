// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/AppearancePage.h"

#include "ui/settings/MachineSettings.h"
#include "ui/settings/Theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace selftrack::ui {

AppearancePage::AppearancePage(MachineSettings& machine, QWidget* parent) : QWidget(parent), m_machine(machine) {
    setObjectName(QStringLiteral("appearancePage"));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("As the system"), static_cast<int>(Theme::Appearance::System));
    m_theme->addItem(tr("Light"), static_cast<int>(Theme::Appearance::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(Theme::Appearance::Dark));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(m_machine.appearance())));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the system"), QString());
    // Each language in its own name, so a user who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QString::fromLatin1(MachineSettings::kEnglish));
    m_language->addItem(QStringLiteral("Deutsch"), QString::fromLatin1(MachineSettings::kGerman));
    m_language->setCurrentIndex(m_language->findData(m_machine.language()));
    auto* note = new QLabel(tr("A new language takes effect the next time SelfTrack starts."), this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Appearance:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);

    connect(m_theme, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto appearance = static_cast<Theme::Appearance>(m_theme->itemData(index).toInt());
        m_machine.setAppearance(appearance);
        Theme::apply(appearance);
    });
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_machine.setLanguage(m_language->itemData(index).toString()); });
}

} // namespace selftrack::ui
