#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace DceUpgrade {

// One program run: program + argument list (never a shell line), the environment it needs, and
// where its standard input comes from. Secrets never appear as arguments: a command that needs
// one names it (`stdinSecret`), and the runner writes it to the child's stdin. So the command
// line can be shown, logged and scripted as it is, with nothing to mask.
class CommandLine final
{
public:
    enum class Input { None, Secret, BundleMember };

    CommandLine() = default;
    explicit CommandLine(QString program, QStringList arguments = {});

    CommandLine &arg(const QString &argument);
    CommandLine &args(const QStringList &arguments);
    // Adds "flag value" only when value is not empty.
    CommandLine &option(const QString &flag, const QString &value);
    CommandLine &env(const QString &name, const QString &value);

    // stdin receives the secret `secretId` (e.g. "registry.password"), then EOF.
    CommandLine &stdinSecret(const QString &secretId);
    // stdin receives a member of the package read in place (images.tar of a bundle).
    CommandLine &stdinMember(const QString &packagePath, const QStringList &memberPath);
    // stdout is saved to this file (created 0600, never overwritten).
    CommandLine &stdoutToFile(const QString &path);
    CommandLine &workingDirectory(const QString &path);

    const QString &program() const { return m_program; }
    const QStringList &arguments() const { return m_arguments; }
    const QMap<QString, QString> &environment() const { return m_environment; }
    Input input() const { return m_input; }
    const QString &secretId() const { return m_secretId; }
    const QString &inputPackage() const { return m_inputPackage; }
    const QStringList &inputMemberPath() const { return m_inputMemberPath; }
    const QString &stdoutFile() const { return m_stdoutFile; }
    const QString &workingDirectory() const { return m_workingDirectory; }

    // "LC_ALL=C helm repo add ... --password-stdin < (registry.password)": what a person reads.
    QString display() const;

    // Quotes a word for bash so that it reaches the program unchanged ('robot$name').
    static QString shellQuote(const QString &word);
    // Env, program and arguments, each word passed through `quote`; no redirections.
    using Quote = QString (*)(const QString &);
    QString shellCommand(Quote quote = &CommandLine::shellQuote) const;

private:
    QString m_program;
    QStringList m_arguments;
    QMap<QString, QString> m_environment;
    Input m_input = Input::None;
    QString m_secretId;
    QString m_inputPackage;
    QStringList m_inputMemberPath;
    QString m_stdoutFile;
    QString m_workingDirectory;
};

} // namespace DceUpgrade
