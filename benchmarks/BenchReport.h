// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace selftrack::bench {

// The figures of one selftrack-bench run for `--json`: one flat JSON object of numbers
// (milliseconds unless the key names another unit). With --json the human-readable report goes
// to stderr and only the object to stdout, so scripts can parse it.
class BenchReport {
public:
    // Sends stdout to stderr until print(): call before anything is printed.
    void divertText();
    void set(const char* key, double value) { m_figures.insert(QLatin1String(key), value); }
    // Writes the object (compact, one line) to the real stdout when diverted, else does nothing.
    void print();
    bool diverted() const { return m_savedStdout >= 0; }

private:
    QJsonObject m_figures;
    int m_savedStdout = -1;
};

} // namespace selftrack::bench
