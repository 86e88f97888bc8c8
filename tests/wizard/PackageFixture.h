#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace DceUpgrade::Wizard::Test {

// Packages made by tests/fixtures/mkbundle.py in a temporary directory owned by one test.
class PackageFixture final
{
public:
    PackageFixture();

    struct Generated
    {
        QString path; // empty when the generator failed (the test has already failed then)
        QJsonObject expect; // the generator's own description of what a reader must find
    };

    // Runs mkbundle.py KIND <dir>/<fileName> [OPTIONS] (a DCE module's package: "module" with
    // --module ID --version V, and fileName in that module's naming).
    Generated make(const QString &kind, const QString &fileName, const QStringList &options = {});

    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace DceUpgrade::Wizard::Test
