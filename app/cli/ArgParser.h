// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliError.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace selftrack::app {

struct OptionSpec {
    QString name; // without the leading "--"
    bool takesValue = false;
};

// The outcome of parsing one command's arguments: positionals in order, option values in the
// order given (options may repeat, e.g. --tag).
class ParsedArgs {
public:
    const QStringList& positionals() const { return m_positionals; }
    QString positional(qsizetype index) const { return m_positionals.value(index); }
    bool has(const QString& name) const { return m_values.contains(name); }
    // The last value given for the option (empty when absent).
    QString value(const QString& name) const;
    QStringList values(const QString& name) const { return m_values.value(name); }
    bool helpRequested() const { return m_help; }

private:
    friend class ArgParser;
    QStringList m_positionals;
    QHash<QString, QStringList> m_values; // flags map to an empty-string value per occurrence
    bool m_help = false;
};

// A small hand parser with exact behaviour for scripts: "--name value" and "--name=value",
// repeatable options, "--" ends the options, and a token such as "-2.5" is a positional number
// rather than an option. -h / --help anywhere requests help.
class ArgParser {
public:
    ArgParser(QString command, QList<OptionSpec> options);

    // Usage error (exit 1) for unknown options, missing option values or a positional count
    // outside [minPositionals, maxPositionals] (maxPositionals < 0 = unlimited).
    CliResult<ParsedArgs> parse(const QStringList& args, int minPositionals, int maxPositionals) const;

private:
    const OptionSpec* find(const QString& name) const;
    CliStatus takeOption(const QStringList& args, qsizetype& i, ParsedArgs& out) const;
    static bool looksLikeNumber(const QString& token);

    QString m_command;
    QList<OptionSpec> m_options;
};

} // namespace selftrack::app
