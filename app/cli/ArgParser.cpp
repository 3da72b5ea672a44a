// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ArgParser.h"

namespace selftrack::app {

QString ParsedArgs::value(const QString& name) const {
    const QStringList list = m_values.value(name);
    return list.isEmpty() ? QString() : list.last();
}

ArgParser::ArgParser(QString command, QList<OptionSpec> options)
    : m_command(std::move(command)), m_options(std::move(options)) {}

const OptionSpec* ArgParser::find(const QString& name) const {
    for (const OptionSpec& spec : m_options)
        if (spec.name == name)
            return &spec;
    return nullptr;
}

bool ArgParser::looksLikeNumber(const QString& token) {
    bool ok = false;
    token.toDouble(&ok);
    return ok;
}

CliStatus ArgParser::takeOption(const QStringList& args, qsizetype& i, ParsedArgs& out) const {
    const QString& token = args.at(i);
    QString name = token.mid(2);
    QString inlineValue;
    bool hasInline = false;
    if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
        inlineValue = name.mid(eq + 1);
        name = name.left(eq);
        hasInline = true;
    }
    const OptionSpec* spec = find(name);
    if (!spec)
        return cliFail(ExitCode::Usage,
                       QStringLiteral("Unknown option --%1 for '%2' (see '%2 --help').").arg(name, m_command));
    if (!spec->takesValue) {
        if (hasInline)
            return cliFail(ExitCode::Usage, QStringLiteral("The option --%1 takes no value.").arg(name));
        out.m_values[name].append(QString());
        return {};
    }
    if (!hasInline) {
        if (i + 1 >= args.size())
            return cliFail(ExitCode::Usage, QStringLiteral("The option --%1 needs a value.").arg(name));
        inlineValue = args.at(++i);
    }
    out.m_values[name].append(inlineValue);
    return {};
}

CliResult<ParsedArgs> ArgParser::parse(const QStringList& args, int minPositionals, int maxPositionals) const {
    ParsedArgs out;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& token = args.at(i);
        if (optionsEnded || token == QLatin1String("-") || !token.startsWith(QLatin1Char('-')) ||
            looksLikeNumber(token)) {
            out.m_positionals.append(token);
        } else if (token == QLatin1String("--")) {
            optionsEnded = true;
        } else if (token == QLatin1String("-h") || token == QLatin1String("--help")) {
            out.m_help = true;
        } else if (token.startsWith(QLatin1String("--"))) {
            if (auto st = takeOption(args, i, out); !st)
                return std::unexpected(st.error());
        } else {
            return cliFail(ExitCode::Usage,
                           QStringLiteral("Unknown option %1 for '%2' (see '%2 --help').").arg(token, m_command));
        }
    }
    if (out.m_help)
        return out;
    const auto count = out.m_positionals.size();
    if (count < minPositionals)
        return cliFail(ExitCode::Usage,
                       QStringLiteral("'%1' is missing an argument (see '%1 --help').").arg(m_command));
    if (maxPositionals >= 0 && count > maxPositionals)
        return cliFail(ExitCode::Usage, QStringLiteral("'%1' got an unexpected argument \"%2\" (see '%1 --help').")
                                            .arg(m_command, out.m_positionals.at(maxPositionals)));
    return out;
}

} // namespace selftrack::app
