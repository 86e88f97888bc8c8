#include "CommandLine.h"

#include <QRegularExpression>

namespace DceUpgrade {

CommandLine::CommandLine(QString program, QStringList arguments)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
{ }

CommandLine &CommandLine::arg(const QString &argument)
{
    m_arguments.append(argument);
    return *this;
}

CommandLine &CommandLine::args(const QStringList &arguments)
{
    m_arguments.append(arguments);
    return *this;
}

CommandLine &CommandLine::option(const QString &flag, const QString &value)
{
    if (!value.isEmpty()) {
        m_arguments << flag << value;
    }
    return *this;
}

CommandLine &CommandLine::env(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
    return *this;
}

CommandLine &CommandLine::stdinSecret(const QString &secretId)
{
    m_input = Input::Secret;
    m_secretId = secretId;
    return *this;
}

CommandLine &CommandLine::stdinMember(const QString &packagePath, const QStringList &memberPath)
{
    m_input = Input::BundleMember;
    m_inputPackage = packagePath;
    m_inputMemberPath = memberPath;
    return *this;
}

CommandLine &CommandLine::stdoutToFile(const QString &path)
{
    m_stdoutFile = path;
    return *this;
}

CommandLine &CommandLine::workingDirectory(const QString &path)
{
    m_workingDirectory = path;
    return *this;
}

QString CommandLine::shellQuote(const QString &word)
{
    // Planned paths use ${SESSION} and ${STAMP} until a run picks real ones; the exported
    // script defines both, so they stay expandable while everything around them is quoted.
    static const QRegularExpression variable(QStringLiteral("\\$\\{(?:SESSION|STAMP)\\}"));
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9@%_+=:,./-]+$"));
    const auto quotePart = [](const QString &part) -> QString {
        if (safe.match(part).hasMatch()) {
            return part;
        }
        QString quoted = part;
        quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
        return QLatin1Char('\'') + quoted + QLatin1Char('\'');
    };
    if (word.isEmpty()) {
        return QStringLiteral("''");
    }
    QString result;
    qsizetype copied = 0;
    auto it = variable.globalMatch(word);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() > copied) {
            result += quotePart(word.mid(copied, match.capturedStart() - copied));
        }
        result += QLatin1Char('"') + match.captured() + QLatin1Char('"');
        copied = match.capturedEnd();
    }
    if (copied < word.size()) {
        result += quotePart(word.mid(copied));
    }
    return result;
}

QString CommandLine::shellCommand(Quote quote) const
{
    QStringList words;
    for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it) {
        words.append(it.key() + QLatin1Char('=') + quote(it.value()));
    }
    words.append(quote(m_program));
    for (const QString &argument : m_arguments) {
        words.append(quote(argument));
    }
    return words.join(QLatin1Char(' '));
}

QString CommandLine::display() const
{
    QString text = shellCommand();
    if (!m_workingDirectory.isEmpty()) {
        text = QLatin1String("(cd ") + shellQuote(m_workingDirectory) + QLatin1String(" && ") + text
            + QLatin1Char(')');
    }
    switch (m_input) {
    case Input::None:
        break;
    case Input::Secret:
        text += QLatin1String(" < <") + m_secretId + QLatin1Char('>');
        break;
    case Input::BundleMember:
        // The package, then each member inside it: "pkg.tar//x.bundle.tar//images.tar".
        text += QLatin1String(" < ")
            + shellQuote(
                (QStringList {m_inputPackage} + m_inputMemberPath).join(QLatin1String("//")));
        break;
    }
    if (!m_stdoutFile.isEmpty()) {
        text += QLatin1String(" > ") + shellQuote(m_stdoutFile);
    }
    return text;
}

} // namespace DceUpgrade
