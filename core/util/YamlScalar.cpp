#include "YamlScalar.h"

#include <QRegularExpression>

namespace DceUpgrade {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isBreak(char c)
{
    return c == '\n' || c == '\r';
}

bool isFlowIndicator(char c)
{
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

// True at the end of the text, or before a blank or a line break.
bool blankOrEnd(const QByteArray &text, qsizetype pos)
{
    return pos >= text.size() || isBlank(text[pos]) || isBreak(text[pos]);
}

// The position after the line break at `pos` ("\n", "\r\n" or "\r").
qsizetype skipBreak(const QByteArray &text, qsizetype pos)
{
    if (pos < text.size() && text[pos] == '\r') {
        ++pos;
    }
    if (pos < text.size() && text[pos] == '\n') {
        ++pos;
    }
    return pos;
}

qsizetype lineEnd(const QByteArray &text, qsizetype pos)
{
    while (pos < text.size() && !isBreak(text[pos])) {
        ++pos;
    }
    return pos;
}

// "---" or "..." at the start of a line, followed by a blank or the end of the line.
bool isDocumentMarker(const QByteArray &text, qsizetype lineStart)
{
    if (lineStart + 3 > text.size()) {
        return false;
    }
    const QByteArray head = text.mid(lineStart, 3);
    return (head == "---" || head == "...") && blankOrEnd(text, lineStart + 3);
}

YamlScalar::Span measurePlain(
    const QByteArray &text, qsizetype begin, int parentIndent, bool inFlow)
{
    qsizetype pos = begin;
    qsizetype end = begin;
    while (true) {
        // One line of the scalar.
        while (pos < text.size() && !isBreak(text[pos])) {
            const char c = text[pos];
            if (c == '#' && pos > begin && isBlank(text[pos - 1])) {
                return {begin, end, YamlScalar::Style::Plain}; // a comment ends it
            }
            if (c == ':'
                && (blankOrEnd(text, pos + 1)
                    || (inFlow && pos + 1 < text.size() && isFlowIndicator(text[pos + 1])))) {
                return {begin, end, YamlScalar::Style::Plain};
            }
            if (inFlow && isFlowIndicator(c)) {
                return {begin, end, YamlScalar::Style::Plain};
            }
            if (!isBlank(c)) {
                end = pos + 1;
            }
            ++pos;
        }
        if (pos >= text.size()) {
            return {begin, end, YamlScalar::Style::Plain};
        }
        // A continuation line must be more indented than the parent (block context), and is
        // neither a comment nor a document marker. Empty lines in between belong to it.
        qsizetype next = skipBreak(text, pos);
        while (true) {
            qsizetype first = next;
            while (first < text.size() && isBlank(text[first])) {
                ++first;
            }
            if (first >= text.size()) {
                return {begin, end, YamlScalar::Style::Plain};
            }
            if (isBreak(text[first])) {
                next = skipBreak(text, first);
                continue;
            }
            int indent = 0;
            for (qsizetype i = next; i < first && text[i] == ' '; ++i) {
                ++indent;
            }
            if ((!inFlow && indent <= parentIndent) || text[first] == '#'
                || isDocumentMarker(text, next)) {
                return {begin, end, YamlScalar::Style::Plain};
            }
            pos = first;
            break;
        }
    }
}

YamlScalar::Span measureQuoted(const QByteArray &text, qsizetype begin)
{
    const char quote = text[begin];
    for (qsizetype pos = begin + 1; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (quote == '"' && c == '\\') {
            ++pos; // the escaped character, whatever it is
        } else if (c == quote) {
            if (quote == '\'' && pos + 1 < text.size() && text[pos + 1] == '\'') {
                ++pos; // '' is an escaped quote
                continue;
            }
            return {begin, pos + 1,
                quote == '"' ? YamlScalar::Style::DoubleQuoted : YamlScalar::Style::SingleQuoted};
        }
    }
    return {}; // unterminated: not a document yaml-cpp accepted
}

YamlScalar::Span measureBlock(const QByteArray &text, qsizetype begin, int parentIndent)
{
    const YamlScalar::Style style
        = text[begin] == '|' ? YamlScalar::Style::Literal : YamlScalar::Style::Folded;
    qsizetype pos = begin + 1;
    int explicitIndent = 0;
    while (pos < text.size()
        && (text[pos] == '+' || text[pos] == '-' || (text[pos] >= '1' && text[pos] <= '9'))) {
        if (text[pos] >= '1' && text[pos] <= '9') {
            explicitIndent = text[pos] - '0';
        }
        ++pos;
    }
    qsizetype end = pos; // the header; a comment after it is not part of the token
    int contentIndent = explicitIndent > 0 ? std::max(parentIndent, 0) + explicitIndent : -1;
    qsizetype next = skipBreak(text, lineEnd(text, pos));
    while (next < text.size()) {
        qsizetype first = next;
        int indent = 0;
        while (first < text.size() && text[first] == ' ') {
            ++first;
            ++indent;
        }
        const qsizetype stop = lineEnd(text, first);
        bool hasContent = false;
        for (qsizetype i = first; i < stop; ++i) {
            hasContent = hasContent || !isBlank(text[i]);
        }
        if (!hasContent) {
            next = skipBreak(text, stop); // empty lines may sit inside the block
            continue;
        }
        if (contentIndent < 0) {
            if (indent <= parentIndent) {
                break; // no content at all
            }
            contentIndent = indent;
        }
        if (indent < contentIndent) {
            break;
        }
        end = stop;
        while (end > first && isBlank(text[end - 1])) {
            --end;
        }
        next = skipBreak(text, stop);
    }
    return {begin, end, style};
}

} // namespace

YamlScalar::Span YamlScalar::measure(
    const QByteArray &text, qsizetype begin, int parentIndent, bool inFlow)
{
    if (begin < 0 || begin >= text.size()) {
        return {};
    }
    const char c = text[begin];
    if (c == '\'' || c == '"') {
        return measureQuoted(text, begin);
    }
    if (c == '|' || c == '>') {
        return inFlow ? Span {} : measureBlock(text, begin, parentIndent);
    }
    if (isBreak(c) || isBlank(c) || c == '#' || c == '&' || c == '*' || c == '!' || c == '%'
        || c == '@' || c == '`' || (inFlow && isFlowIndicator(c)) || c == '{' || c == '[') {
        return {};
    }
    return measurePlain(text, begin, parentIndent, inFlow);
}

qsizetype YamlScalar::skipProperties(const QByteArray &text, qsizetype begin)
{
    qsizetype pos = begin;
    while (pos < text.size() && (text[pos] == '!' || text[pos] == '&')) {
        if (text[pos] == '!' && pos + 1 < text.size() && text[pos + 1] == '<') {
            while (pos < text.size() && text[pos] != '>') {
                ++pos;
            }
            ++pos;
        } else {
            while (pos < text.size() && !isBlank(text[pos]) && !isBreak(text[pos])) {
                ++pos;
            }
        }
        // Blanks, comments and line breaks may separate properties from the content.
        while (pos < text.size()) {
            if (isBlank(text[pos])) {
                ++pos;
            } else if (isBreak(text[pos])) {
                pos = skipBreak(text, pos);
            } else if (text[pos] == '#') {
                pos = lineEnd(text, pos);
            } else {
                break;
            }
        }
    }
    return pos;
}

namespace {

bool isOldBool(const QByteArray &s)
{
    static const QList<QByteArray> words {"y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "n", "N",
        "no", "No", "NO", "off", "Off", "OFF"};
    return words.contains(s);
}

bool isBase60Float(const QByteArray &s)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?$"));
    return pattern.match(QString::fromLatin1(s)).hasMatch();
}

// The printable characters of libyaml's emitter (IS_PRINTABLE): no tab, no control characters,
// no byte order mark.
bool isPrintable(char32_t c)
{
    return c == 0x0A || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || (c >= 0x10000 && c <= 0x10FFFF);
}

// libyaml's yaml_emitter_analyze_scalar, for a text without line breaks, in block context.
struct Analysis
{
    bool blockPlainAllowed = true;
    bool singleQuotedAllowed = true;
};

Analysis analyze(const QString &value)
{
    Analysis result;
    const QList<uint> chars = value.toUcs4();
    const auto at = [&chars](qsizetype i) -> char32_t {
        return i < chars.size() ? char32_t(chars[i]) : 0;
    };
    const auto blankOrNone = [&chars, &at](qsizetype i) {
        return i >= chars.size() || at(i) == ' ' || at(i) == '\t';
    };
    bool indicators = false;
    if (value.startsWith(QLatin1String("---")) || value.startsWith(QLatin1String("..."))) {
        indicators = true;
    }
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t c = at(i);
        if (i == 0) {
            if (QStringView(u"#,[]{}&*!|>'\"%@`").contains(QChar(c <= 0xFFFF ? c : 0))) {
                indicators = true;
            }
            if ((c == '?' || c == ':' || c == '-') && blankOrNone(1)) {
                indicators = true;
            }
        } else {
            if (c == ':' && blankOrNone(i + 1)) {
                indicators = true;
            }
            if (c == '#' && (at(i - 1) == ' ' || at(i - 1) == '\t')) {
                indicators = true;
            }
        }
        if (!isPrintable(c)) {
            result.blockPlainAllowed = false;
            result.singleQuotedAllowed = false;
        }
    }
    if (!chars.isEmpty() && (at(0) == ' ' || at(chars.size() - 1) == ' ')) {
        result.blockPlainAllowed = false;
    }
    if (indicators) {
        result.blockPlainAllowed = false;
    }
    return result;
}

QByteArray doubleQuoted(const QString &value)
{
    QByteArray out("\"");
    for (const uint code : value.toUcs4()) {
        const char32_t c = code;
        switch (c) {
        case 0x00:
            out += "\\0";
            continue;
        case 0x07:
            out += "\\a";
            continue;
        case 0x08:
            out += "\\b";
            continue;
        case 0x09:
            out += "\\t";
            continue;
        case 0x0A:
            out += "\\n";
            continue;
        case 0x0B:
            out += "\\v";
            continue;
        case 0x0C:
            out += "\\f";
            continue;
        case 0x0D:
            out += "\\r";
            continue;
        case 0x1B:
            out += "\\e";
            continue;
        case 0x22:
            out += "\\\"";
            continue;
        case 0x5C:
            out += "\\\\";
            continue;
        case 0x85:
            out += "\\N";
            continue;
        case 0xA0:
            out += "\\_";
            continue;
        case 0x2028:
            out += "\\L";
            continue;
        case 0x2029:
            out += "\\P";
            continue;
        default:
            break;
        }
        if (isPrintable(c) && c != 0xFEFF) {
            out += QString::fromUcs4(&c, 1).toUtf8();
        } else if (c <= 0xFF) {
            out += "\\x" + QByteArray::number(uint(c), 16).toUpper().rightJustified(2, '0');
        } else if (c <= 0xFFFF) {
            out += "\\u" + QByteArray::number(uint(c), 16).toUpper().rightJustified(4, '0');
        } else {
            out += "\\U" + QByteArray::number(uint(c), 16).toUpper().rightJustified(8, '0');
        }
    }
    out += '"';
    return out;
}

} // namespace

bool YamlScalar::plainIsString(const QByteArray &text)
{
    static const QList<QByteArray> special {"", "~", "null", "Null", "NULL", "true", "True", "TRUE",
        "false", "False", "FALSE", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf",
        "-.Inf", "-.INF", ".nan", ".NaN", ".NAN", "<<"};
    if (special.contains(text)) {
        return false;
    }
    const char first = text[0];
    if (!(first == '+' || first == '-' || first == '.' || (first >= '0' && first <= '9'))) {
        return true; // yaml.v3 tries numbers and timestamps only for these
    }
    static const QRegularExpression timestamp(QStringLiteral(
        "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{1,2}:"
        "[0-9]{1,2}(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$"));
    QString plain = QString::fromUtf8(text);
    if (timestamp.match(plain).hasMatch()) {
        return false;
    }
    plain.remove(QLatin1Char('_'));
    static const QRegularExpression integer(
        QStringLiteral("^[-+]?(?:[0-9]+|0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+)$"));
    static const QRegularExpression floating(
        QStringLiteral("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"));
    return !integer.match(plain).hasMatch() && !floating.match(plain).hasMatch();
}

QByteArray YamlScalar::encode(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        return doubleQuoted(value);
    }
    const bool canUsePlain = plainIsString(utf8) && !isBase60Float(utf8) && !isOldBool(utf8);
    if (!canUsePlain) {
        return doubleQuoted(value);
    }
    const Analysis analysis = analyze(value);
    if (analysis.blockPlainAllowed) {
        return utf8;
    }
    if (analysis.singleQuotedAllowed) {
        return '\'' + QByteArray(utf8).replace('\'', "''") + '\'';
    }
    return doubleQuoted(value);
}

} // namespace DceUpgrade
