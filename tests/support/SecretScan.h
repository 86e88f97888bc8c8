#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace DceUpgrade::Test {

// Where a secret leaked to: every process whose argv or environment holds `needle` (pid, which
// file, its command line), read from /proc.
QStringList processesHolding(const QByteArray &needle);

// Files under `dir` (hidden ones and subdirectories included) whose bytes hold `needle`.
QStringList filesHolding(const QString &dir, const QByteArray &needle);

} // namespace DceUpgrade::Test
