// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/progress/ProgressContext.h"

namespace selftrack::core {

QDate ProgressContext::today() const {
    if (!now.isValid())
        return {};
    if (!timeZone.isValid())
        return now.toUTC().date();
    return now.toTimeZone(timeZone).date();
}

} // namespace selftrack::core
