// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/TypedSearch.h"

#include <QStringList>

namespace selftrack::core {

namespace {
bool isWordChar(char32_t c) {
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}
} // namespace

QString TypedSearch::matchQuery(const QString& typed) {
    QStringList terms;
    QString word;
    auto endWord = [&] {
        // Lower case: FTS4's operators (OR, AND, NOT, NEAR) are upper case only, and the
        // unicode61 tokenizer folds case anyway.
        if (!word.isEmpty() && terms.size() < kMaxWords)
            terms.append(word.toLower() + QLatin1Char('*'));
        word.clear();
    };
    for (qsizetype i = 0; i < typed.size(); ++i) {
        // Whole code points, so letters outside the BMP stay in their word.
        const QChar c = typed.at(i);
        const bool pair = c.isHighSurrogate() && i + 1 < typed.size() && typed.at(i + 1).isLowSurrogate();
        const char32_t code = pair ? QChar::surrogateToUcs4(c, typed.at(i + 1)) : c.unicode();
        if (isWordChar(code)) {
            word.append(c);
            if (pair)
                word.append(typed.at(i + 1));
        } else {
            endWord();
        }
        if (pair)
            ++i;
    }
    endWord();
    return terms.join(QLatin1Char(' '));
}

} // namespace selftrack::core
