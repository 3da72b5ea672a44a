// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/LineDiff.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace selftrack::core {

namespace {

using Lines = QList<QStringView>;
using Ids = std::vector<int>;
using Index = qsizetype;

Lines splitLines(const QString& text) {
    Lines lines;
    if (text.isEmpty())
        return lines;
    for (QStringView line : QStringView(text).tokenize(u'\n'))
        lines.append(line);
    return lines;
}

// The lines [from, from + count) as small ints, equal lines equal ids, so the search compares ints.
Ids intern(QHash<QStringView, int>& ids, const Lines& lines, Index from, Index count) {
    Ids out;
    out.reserve(std::size_t(count));
    for (Index i = from; i < from + count; ++i) {
        auto it = ids.constFind(lines.at(i));
        out.push_back(it != ids.constEnd() ? it.value() : ids.insert(lines.at(i), int(ids.size())).value());
    }
    return out;
}

// Myers' search keeps, per round d, the furthest x reached on each diagonal k = x - y. trace[d] is
// the state before round d for k in [-d-1, d+1] (stored at k + d + 1); backtracking reads it.
using Trace = std::vector<std::vector<Index>>;

bool takesDown(Index k, Index d, const std::vector<Index>& round, Index off) {
    return k == -d || (k != d && round[std::size_t(off + k - 1)] < round[std::size_t(off + k + 1)]);
}

std::vector<LineKind> backtrack(const Trace& trace, Index n, Index m) {
    std::vector<LineKind> moves;
    Index x = n;
    Index y = m;
    for (Index d = Index(trace.size()) - 1; d >= 0; --d) {
        const std::vector<Index>& round = trace[std::size_t(d)];
        const Index k = x - y;
        const Index prevK = takesDown(k, d, round, d + 1) ? k + 1 : k - 1;
        const Index prevX = round[std::size_t(prevK + d + 1)];
        const Index prevY = prevX - prevK;
        for (; x > prevX && y > prevY; --x, --y)
            moves.push_back(LineKind::Kept);
        if (d > 0)
            moves.push_back(x == prevX ? LineKind::Added : LineKind::Removed);
        x = prevX;
        y = prevY;
    }
    std::reverse(moves.begin(), moves.end());
    return moves;
}

// The shortest edit script turning a into b, or nullopt once the work passes maxCost. Round d
// costs at least 2d + 3 (the stored state), so d stays below sqrt(maxCost) and memory is bounded.
std::optional<std::vector<LineKind>> editScript(const Ids& a, const Ids& b, Index maxCost) {
    const auto n = Index(a.size());
    const auto m = Index(b.size());
    if (n == 0 || m == 0) { // all removed or all added, whatever the size
        std::vector<LineKind> script(std::size_t(n), LineKind::Removed);
        script.insert(script.end(), std::size_t(m), LineKind::Added);
        return script;
    }
    const Index dLimit = std::min(n + m, Index(std::sqrt(double(std::max<Index>(maxCost, 0)))) + 1);
    const Index off = dLimit + 1;
    std::vector<Index> v(std::size_t(2 * off + 1), 0);
    Trace trace;
    Index cost = 0;
    for (Index d = 0; d <= dLimit; ++d) {
        cost += 2 * d + 3;
        if (cost > maxCost)
            return std::nullopt;
        trace.emplace_back(v.begin() + (off - d - 1), v.begin() + (off + d + 2));
        for (Index k = -d; k <= d; k += 2) {
            Index x = takesDown(k, d, v, off) ? v[std::size_t(off + k + 1)] : v[std::size_t(off + k - 1)] + 1;
            Index y = x - k;
            for (; x < n && y < m && a[std::size_t(x)] == b[std::size_t(y)]; ++x, ++y)
                ++cost;
            v[std::size_t(off + k)] = x;
            if (x >= n && y >= m)
                return backtrack(trace, n, m);
        }
    }
    return std::nullopt;
}

// Appends the middle stretches' lines in script order, the removed lines of each changed stretch
// before its added ones.
void appendScript(const std::vector<LineKind>& script, const Lines& a, const Lines& b, Index head,
                  QList<DiffLine>& out) {
    Index i = head;
    Index j = head;
    QList<DiffLine> added;
    for (LineKind kind : script) {
        if (kind == LineKind::Removed) {
            out.append({kind, a.at(i++).toString()});
            continue;
        }
        if (kind == LineKind::Added) {
            added.append({kind, b.at(j++).toString()});
            continue;
        }
        out.append(std::exchange(added, {}));
        out.append({kind, a.at(i).toString()});
        ++i, ++j;
    }
    out.append(added);
}

} // namespace

std::optional<QList<DiffLine>> LineDiff::compute(const QString& before, const QString& after, qsizetype maxCost) {
    const Lines a = splitLines(before);
    const Lines b = splitLines(after);
    Index head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    Index tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    const Index n = a.size() - head - tail;
    const Index m = b.size() - head - tail;
    QHash<QStringView, int> ids;
    const Ids middleA = intern(ids, a, head, n);
    const Ids middleB = intern(ids, b, head, m);
    auto script = editScript(middleA, middleB, maxCost);
    if (!script)
        return std::nullopt;

    QList<DiffLine> out;
    out.reserve(head + n + m + tail);
    for (Index i = 0; i < head; ++i)
        out.append({LineKind::Kept, a.at(i).toString()});
    appendScript(*script, a, b, head, out);
    for (Index i = a.size() - tail; i < a.size(); ++i)
        out.append({LineKind::Kept, a.at(i).toString()});
    return out;
}

QString LineDiff::toString(LineKind kind) {
    switch (kind) {
    case LineKind::Kept:
        return QStringLiteral("kept");
    case LineKind::Added:
        return QStringLiteral("added");
    case LineKind::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

} // namespace selftrack::core
