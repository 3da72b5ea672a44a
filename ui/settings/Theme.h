// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace selftrack::ui {

// The application's appearance: the system's look, or Qt's Fusion style with a light or a dark
// palette (Fusion draws both readably on every platform, which native styles do not promise).
// apply() changes the whole application at once; every widget gets a PaletteChange event, and
// the views that paint themselves read the palette when they paint (or on that event).
class Theme {
public:
    enum class Appearance { System, Light, Dark };

    // Applies `appearance` to the running application (a QApplication must exist). System
    // restores the style and palette the application had before the first apply().
    static void apply(Appearance appearance);
    static Appearance current();

    static QPalette lightPalette();
    static QPalette darkPalette();
    // True when `palette`'s window is dark (whatever chose the palette).
    static bool isDark(const QPalette& palette);
    // Text colours for "wrong"/"removed" and "added", readable on `palette`'s base and window.
    static QColor errorColor(const QPalette& palette);
    static QColor addedColor(const QPalette& palette);

    // Stable names for settings files: "system", "light", "dark".
    static QString key(Appearance appearance);
    static Appearance fromKey(const QString& key);
};

} // namespace selftrack::ui
