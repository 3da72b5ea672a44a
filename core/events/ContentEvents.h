// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/events/ItemChange.h"

#include <QObject>

namespace selftrack::core {

// Tells listeners (GUI models, the sync outbox, caches) what a committed write changed. The
// ContentStore publishes one ChangeSet after each committed transaction (one per batch, however
// many items it wrote) and nothing for a write that changed nothing or was rolled back.
// Lives in the thread that owns the ContentStore (the GUI thread in the app); connect with a
// queued connection from other threads.
class ContentEvents : public QObject {
    Q_OBJECT
public:
    explicit ContentEvents(QObject* parent = nullptr) : QObject(parent) {}

    // Called by ContentStore after a commit; emits changed() unless `changes` is empty.
    void publish(const ChangeSet& changes);

Q_SIGNALS:
    void changed(const selftrack::core::ChangeSet& changes);
};

} // namespace selftrack::core
