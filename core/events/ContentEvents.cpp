// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/events/ContentEvents.h"

namespace selftrack::core {

void ContentEvents::publish(const ChangeSet& changes) {
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

} // namespace selftrack::core
