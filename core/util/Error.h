#pragma once

#include <QString>

#include <exception>

namespace DceUpgrade {

// The one error type the engine reports to people. `code` is stable and never translated
// (tests, events and scripts match on it); `message` says what happened and `hint` what to do,
// both already translated into the user's language when the error is raised.
class Error final : public std::exception
{
public:
    Error(QString code, QString message, QString hint = {});

    const QString &code() const noexcept { return m_code; }
    const QString &message() const noexcept { return m_message; }
    const QString &hint() const noexcept { return m_hint; }

    // Message and hint on one line each, for a terminal or a log.
    QString describe() const;

    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_code;
    QString m_message;
    QString m_hint;
    QByteArray m_utf8;
};

} // namespace DceUpgrade
