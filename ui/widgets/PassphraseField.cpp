// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/PassphraseField.h"

#include <openssl/crypto.h>

namespace selftrack::ui {

PassphraseField::PassphraseField(QWidget* parent) : QLineEdit(parent) {
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
}

core::SecureBuffer PassphraseField::take() {
    QByteArray utf8 = text().toUtf8();
    core::SecureBuffer secret(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    OPENSSL_cleanse(utf8.data(), static_cast<std::size_t>(utf8.size()));
    clear();
    return secret;
}

} // namespace selftrack::ui
