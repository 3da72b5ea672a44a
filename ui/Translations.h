// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace selftrack::ui {

// The languages the app is translated into (resources/translations, embedded as
// :/i18n/selftrack_<code>.qm) and switching between them. English is the source language.
class Translations {
public:
    // "en" and every embedded translation, e.g. {"en", "de"}.
    static QStringList available();
    // Installs the translation for `language` ("de"; empty = the first of the system's UI languages
    // that is available) together with Qt's own texts for it (standard buttons), replacing the ones
    // installed before. Returns the language now in use ("en" when nothing matched). Call it before
    // widgets are made, or re-translate them afterwards. GUI thread.
    static QString install(const QString& language);
};

} // namespace selftrack::ui
