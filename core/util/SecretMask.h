#pragma once

#include <QLatin1StringView>
#include <QString>

namespace DceUpgrade {

// Hides secret-looking values in text shown to people (the plan quoted in the report): the value
// of every key named like a password, token, secret or auth ("password: x", "REGISTRY_TOKEN=x",
// "\"auth\": \"x\""), and the password in a URL's user info ("https://user:pass@host"). The plan
// format never holds a secret; this is the second lock, so a hand-edited plan with a password in
// it does not carry that password into a report that is printed and filed.
// Masks too much rather than too little: an unquoted value outside a flow collection ({...})
// is hidden up to the end of its line.
struct SecretMask
{
    static constexpr QLatin1StringView Masked {"******"};

    static QString apply(const QString &text);
};

} // namespace DceUpgrade
