// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace selftrack::ui {

// A rough strength estimate for the welcome screen's meter: bits from the length and the kinds
// of characters used, less for repeats and runs. It only guides; core never sees it.
struct PassphraseStrength {
    enum class Level { Empty, Weak, Fair, Good, Strong };

    double bits = 0.0;
    Level level = Level::Empty;

    static PassphraseStrength of(QStringView passphrase);
    // "Weak", "Fair", ... (translated).
    static QString label(Level level);
    // Below this a new vault is refused: the passphrase is all that protects it.
    static constexpr int kMinimumLength = 8;
};

} // namespace selftrack::ui
