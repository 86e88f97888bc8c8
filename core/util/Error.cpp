#include "Error.h"

namespace DceUpgrade {

Error::Error(QString code, QString message, QString hint)
    : m_code(std::move(code))
    , m_message(std::move(message))
    , m_hint(std::move(hint))
    , m_utf8((m_code + QStringLiteral(": ") + m_message).toUtf8())
{ }

QString Error::describe() const
{
    if (m_hint.isEmpty()) {
        return m_message;
    }
    return m_message + QLatin1Char('\n') + m_hint;
}

} // namespace DceUpgrade
