#pragma once

#include "UpgradePlan.h"

#include <QByteArray>
#include <QString>

namespace DceUpgrade {

// The plan as the engine read it: the file's exact bytes (parsed from these, never read twice),
// its path and where it came from, so that the report quotes the plan that ran and gives the
// SHA-256 an auditor compares with the file on disk.
struct PlanSource
{
    enum class Origin {
        File, // run --plan FILE: the user's file
        Wizard, // a temporary file the wizard wrote from its pages, removed after the start
        Session, // run --resume: the session's plan.yaml
    };

    QString path;
    QByteArray bytes;
    Origin origin = Origin::File;

    // Throws Error (plan.unreadable).
    static PlanSource read(const QString &path, Origin origin = Origin::File);
    // UpgradePlan::fromYaml over the bytes; relative paths against the file's directory.
    UpgradePlan parse() const;
    // Lower-case hex of the bytes.
    QString sha256() const;

    static QString toString(Origin origin); // "file", "wizard", "session"
};

} // namespace DceUpgrade
