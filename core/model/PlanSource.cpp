#include "PlanSource.h"

#include "util/Error.h"
#include "util/Hasher.h"
#include "util/SystemError.h"

#include <QFile>
#include <QFileInfo>

namespace DceUpgrade {

PlanSource PlanSource::read(const QString &path, Origin origin)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(QStringLiteral("plan.unreadable"),
            UpgradePlan::tr("Cannot read the plan %1: %2").arg(path, SystemError::of(file)),
            UpgradePlan::tr("Check the path to the plan file."));
    }
    // A plan is a few kilobytes; the limit keeps a wrong file (a bundle) from filling memory.
    return PlanSource {path, file.read(1024 * 1024), origin};
}

UpgradePlan PlanSource::parse() const
{
    return UpgradePlan::fromYaml(bytes, path, QFileInfo(path).absolutePath());
}

QString PlanSource::sha256() const
{
    return Hasher::sha256Hex(bytes);
}

QString PlanSource::toString(Origin origin)
{
    switch (origin) {
    case Origin::File:
        return QStringLiteral("file");
    case Origin::Wizard:
        return QStringLiteral("wizard");
    case Origin::Session:
        return QStringLiteral("session");
    }
    return QString();
}

} // namespace DceUpgrade
