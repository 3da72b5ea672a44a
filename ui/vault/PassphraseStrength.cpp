// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/vault/PassphraseStrength.h"

#include <QCoreApplication>

#include <cmath>

namespace selftrack::ui {

PassphraseStrength PassphraseStrength::of(QStringView passphrase) {
    PassphraseStrength s;
    if (passphrase.isEmpty())
        return s;
    bool lower = false, upper = false, digit = false, other = false, nonAscii = false;
    double bits = 0.0;
    QChar previous;
    int previousStep = 0;
    for (const QChar c : passphrase) {
        lower = lower || (c >= u'a' && c <= u'z');
        upper = upper || (c >= u'A' && c <= u'Z');
        digit = digit || c.isDigit();
        nonAscii = nonAscii || c.unicode() > 0x7f;
        other = other || (!c.isLetterOrNumber() && c.unicode() <= 0x7f);
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0) + (nonAscii ? 100 : 0);
    const double perChar = std::log2(std::max(pool, 2));
    for (const QChar c : passphrase) {
        const int step = previous.isNull() ? 0 : c.unicode() - previous.unicode();
        // A repeated character or the next one of a run ("aaaa", "1234", "abcd") adds little.
        if (!previous.isNull() && (step == 0 || (std::abs(step) == 1 && step == previousStep)))
            bits += 1.0;
        else
            bits += perChar;
        previousStep = step;
        previous = c;
    }
    s.bits = bits;
    s.level = bits < 40 ? Level::Weak : bits < 60 ? Level::Fair : bits < 80 ? Level::Good : Level::Strong;
    return s;
}

QString PassphraseStrength::label(Level level) {
    switch (level) {
    case Level::Empty:
        return QString();
    case Level::Weak:
        return QCoreApplication::translate("PassphraseStrength", "Weak");
    case Level::Fair:
        return QCoreApplication::translate("PassphraseStrength", "Fair");
    case Level::Good:
        return QCoreApplication::translate("PassphraseStrength", "Good");
    case Level::Strong:
        return QCoreApplication::translate("PassphraseStrength", "Strong");
    }
    return QString();
}

} // namespace selftrack::ui
