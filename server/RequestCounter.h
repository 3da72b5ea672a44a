// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/StorageTypes.h"

#include <map>
#include <mutex>
#include <utility>
#include <vector>

namespace selftrack::server {

// Counts authenticated requests per account and UTC day in memory; the maintenance thread (and
// the usage endpoint) drain it into Storage::addRequestCounts, so requests cost no extra write.
class RequestCounter {
public:
    void add(AccountId account, std::int64_t day);
    std::vector<RequestCount> drain();
    // Puts counts back after a failed flush so they are not lost.
    void restore(const std::vector<RequestCount>& counts);

private:
    std::mutex m_mutex;
    std::map<std::pair<AccountId, std::int64_t>, std::int64_t> m_counts;
};

} // namespace selftrack::server
