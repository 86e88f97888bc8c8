#pragma once

#include <QLocale>
#include <QString>

namespace DceUpgrade {

// A byte count as people read it, in the one unit system the whole program shows: IEC units
// (bytes, KiB, MiB, GiB, 1024 apart) with one decimal, "1.5 MiB". The units are the same in
// every language; the number follows `locale` (its decimal separator). Pass the locale of the
// sentence the size goes into: QLocale() (the language chosen with --lang or in the wizard) for
// translated text.
QString dataSize(qint64 bytes, const QLocale &locale = QLocale());

} // namespace DceUpgrade
