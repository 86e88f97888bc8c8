#include "AuthChallenge.h"

namespace DceUpgrade {

namespace {

// A tiny cursor over the header bytes.
struct Cursor
{
    const QByteArray &text;
    qsizetype at = 0;

    bool atEnd() const { return at >= text.size(); }
    void skipSpaces()
    {
        while (!atEnd() && (text[at] == ' ' || text[at] == '\t')) {
            ++at;
        }
    }
    QByteArray token()
    {
        const qsizetype start = at;
        while (!atEnd() && text[at] != '=' && text[at] != ',' && text[at] != ' ') {
            ++at;
        }
        return text.mid(start, at - start);
    }
    QByteArray quoted()
    {
        QByteArray value;
        ++at; // opening quote
        while (!atEnd() && text[at] != '"') {
            if (text[at] == '\\' && at + 1 < text.size()) {
                ++at;
            }
            value.append(text[at++]);
        }
        ++at; // closing quote
        return value;
    }
};

} // namespace

std::optional<AuthChallenge> AuthChallenge::parse(const QByteArray &header)
{
    Cursor cursor {header};
    cursor.skipSpaces();
    const QByteArray scheme = cursor.token().toLower();
    AuthChallenge challenge;
    if (scheme == "basic") {
        challenge.scheme = Scheme::Basic;
    } else if (scheme == "bearer") {
        challenge.scheme = Scheme::Bearer;
    } else {
        return std::nullopt;
    }
    while (!cursor.atEnd()) {
        cursor.skipSpaces();
        const QByteArray name = cursor.token().toLower();
        cursor.skipSpaces();
        if (name.isEmpty() || cursor.atEnd() || header[cursor.at] != '=') {
            break; // the next challenge begins, or the header ends
        }
        ++cursor.at;
        cursor.skipSpaces();
        const QByteArray value
            = (!cursor.atEnd() && header[cursor.at] == '"') ? cursor.quoted() : cursor.token();
        challenge.parameters.insert(QString::fromLatin1(name), QString::fromUtf8(value));
        cursor.skipSpaces();
        if (!cursor.atEnd() && header[cursor.at] == ',') {
            ++cursor.at;
        }
    }
    return challenge;
}

} // namespace DceUpgrade
