// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecureBuffer.h"

#include <QLineEdit>

namespace selftrack::ui {

// A password line edit whose text leaves it only as a SecureBuffer: take() copies the UTF-8 bytes
// into one, then clears the field. (Qt keeps the typed text in a QString while it is edited; the
// field holds it no longer than needed.)
class PassphraseField : public QLineEdit {
    Q_OBJECT
public:
    explicit PassphraseField(QWidget* parent = nullptr);
    core::SecureBuffer take();
};

} // namespace selftrack::ui
