#pragma once

#include "CommandStep.h"

namespace DceUpgrade {

// A cleanup that takes back a login a tool kept in the session (docker.logout,
// helm.registry.logout). It runs after a failure or a cancel too: the tool's own logout first
// (it may also empty a credential helper), then the file or directory that holds the login is
// deleted whatever the tool said: deleting it is what removes the login, so a missing or
// stopped tool never fails the cleanup, and a cancel of the cleanup itself still deletes it.
class LoginCleanupStep : public CommandStep
{
    Q_OBJECT
public:
    using CommandStep::CommandStep;

protected:
    // What a subclass says, in its own words (and translation context).
    struct Texts
    {
        QString nothingToRemove; // no login was made in this run
        QString toolFailed; // %1: what the tool said; the deletion follows
        QString cannotDelete; // %1: the path
        QString deleteYourself; // %1: the path
        QString deleted; // %1: the path
    };

    // The file or directory that holds the login; empty when the plan made none.
    virtual QString loginPath() const = 0;
    virtual Texts texts() const = 0;
    // What the tool said when its logout failed, in one line.
    virtual QString toolError(const ProcessRunner::Result &result) const = 0;

    void run() override;
    void onCancel() override;
    std::optional<StepResult> afterCommand(
        int index, const CommandLine &command, const ProcessRunner::Result &result) override;
    StepResult whenAllDone() override;
    ProcessRunner::Options optionsFor(const CommandLine &command) const override;

private:
    bool removeLogin() const;
};

} // namespace DceUpgrade
