#include "LoginCleanupStep.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace DceUpgrade {

void LoginCleanupStep::run()
{
    const QString path = loginPath();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        finish(StepResult::ok(texts().nothingToRemove));
        return;
    }
    CommandStep::run();
}

void LoginCleanupStep::onCancel()
{
    // Even a cancel of the cleanup itself leaves no login behind.
    removeLogin();
    CommandStep::onCancel();
}

std::optional<StepResult> LoginCleanupStep::afterCommand(
    int, const CommandLine &, const ProcessRunner::Result &result)
{
    if (!result.ok()) {
        note(texts().toolFailed.arg(
            result.errorString.isEmpty() ? toolError(result) : result.errorString));
    }
    return std::nullopt;
}

StepResult LoginCleanupStep::whenAllDone()
{
    const QString path = loginPath();
    if (!removeLogin()) {
        const Texts said = texts();
        return StepResult::failed(QStringLiteral("file.remove"), said.cannotDelete.arg(path),
            said.deleteYourself.arg(path));
    }
    return StepResult::ok(texts().deleted.arg(path));
}

ProcessRunner::Options LoginCleanupStep::optionsFor(const CommandLine &command) const
{
    ProcessRunner::Options options = CommandStep::optionsFor(command);
    // A logout only edits local files, but a credential helper waiting for a keyring prompt
    // nobody sees must not hold the cleanup.
    options.timeoutMs = 60 * 1000;
    return options;
}

bool LoginCleanupStep::removeLogin() const
{
    const QString path = loginPath();
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        return true;
    }
    return info.isDir() ? QDir(path).removeRecursively() : QFile::remove(path);
}

} // namespace DceUpgrade
