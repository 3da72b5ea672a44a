// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/RequestCounter.h"

namespace selftrack::server {

void RequestCounter::add(AccountId account, std::int64_t day) {
    std::lock_guard lock(m_mutex);
    ++m_counts[{account, day}];
}

std::vector<RequestCount> RequestCounter::drain() {
    std::lock_guard lock(m_mutex);
    std::vector<RequestCount> counts;
    counts.reserve(m_counts.size());
    for (const auto& [key, count] : m_counts)
        counts.push_back(RequestCount{key.first, key.second, count});
    m_counts.clear();
    return counts;
}

void RequestCounter::restore(const std::vector<RequestCount>& counts) {
    std::lock_guard lock(m_mutex);
    for (const RequestCount& count : counts)
        m_counts[{count.accountId, count.day}] += count.count;
}

} // namespace selftrack::server
