#include "DataSize.h"

namespace DceUpgrade {

QString dataSize(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace DceUpgrade
