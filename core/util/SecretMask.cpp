#include "SecretMask.h"

#include <QRegularExpression>

#include <algorithm>

namespace DceUpgrade {

namespace {

// "scheme://user:password@": the user stays (who logged in is no secret), the password goes.
QString maskUrlPasswords(const QString &text)
{
    static const QRegularExpression userInfo(
        QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.-]*://[^/\s:@]*):([^/\s@]+)@)"));
    QString masked = text;
    masked.replace(userInfo, QStringLiteral("\\1:%1@").arg(SecretMask::Masked));
    return masked;
}

// Inside "{...}" or "[...]" on the same line, a plain value ends at the next , } or ].
bool insideFlowCollection(const QString &text, qsizetype lineStart, qsizetype position)
{
    int depth = 0;
    for (qsizetype i = lineStart; i < position; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            ++depth;
        } else if ((c == QLatin1Char('}') || c == QLatin1Char(']')) && depth > 0) {
            --depth;
        }
    }
    return depth > 0;
}

// Where the value that starts at `from` ends (exclusive), its quotes left outside.
struct ValueSpan
{
    qsizetype begin;
    qsizetype end;
};

ValueSpan valueAt(const QString &text, qsizetype from, qsizetype lineStart)
{
    qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), from);
    if (lineEnd < 0) {
        lineEnd = text.size();
    }
    if (from < lineEnd
        && (text.at(from) == QLatin1Char('"') || text.at(from) == QLatin1Char('\''))) {
        const QChar quote = text.at(from);
        qsizetype end = from + 1;
        while (end < text.size() && text.at(end) != quote) {
            end += text.at(end) == QLatin1Char('\\') && quote == QLatin1Char('"') ? 2 : 1;
        }
        return {from + 1, std::min(end, text.size())};
    }
    qsizetype end = lineEnd;
    if (insideFlowCollection(text, lineStart, from)) {
        for (qsizetype i = from; i < lineEnd; ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char(',') || c == QLatin1Char('}') || c == QLatin1Char(']')) {
                end = i;
                break;
            }
        }
    } else {
        // A YAML comment (" #") is not part of the value.
        const qsizetype comment = text.indexOf(QLatin1String(" #"), from);
        if (comment >= 0 && comment < end) {
            end = comment;
        }
    }
    while (end > from && text.at(end - 1).isSpace()) {
        --end;
    }
    return {from, end};
}

qsizetype indentOf(const QString &text, qsizetype lineStart)
{
    qsizetype i = lineStart;
    while (i < text.size() && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t'))) {
        ++i;
    }
    return i - lineStart;
}

// The lines of a YAML block scalar ("password: |" and the lines indented deeper below it) become
// one masked line; returns where the text after them starts.
qsizetype maskBlockScalar(QString &text, qsizetype keyLineStart, qsizetype indicatorEnd)
{
    const qsizetype keyIndent = indentOf(text, keyLineStart);
    const qsizetype blockStart = text.indexOf(QLatin1Char('\n'), indicatorEnd);
    if (blockStart < 0) {
        return text.size();
    }
    qsizetype blockEnd = blockStart + 1;
    while (blockEnd < text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), blockEnd);
        if (lineEnd < 0) {
            lineEnd = text.size();
        }
        const bool blank = text.mid(blockEnd, lineEnd - blockEnd).trimmed().isEmpty();
        if (!blank && indentOf(text, blockEnd) <= keyIndent) {
            break;
        }
        blockEnd = std::min(lineEnd + 1, text.size());
    }
    if (blockEnd == blockStart + 1) {
        return blockEnd;
    }
    const QString replacement = QLatin1Char('\n') + QString(keyIndent + 2, QLatin1Char(' '))
        + SecretMask::Masked + QLatin1Char('\n');
    const bool endsText = blockEnd == text.size() && !text.endsWith(QLatin1Char('\n'));
    text.replace(
        blockStart, blockEnd - blockStart, endsText ? replacement.chopped(1) : replacement);
    return blockStart + replacement.size();
}

} // namespace

QString SecretMask::apply(const QString &text)
{
    QString masked = maskUrlPasswords(text);
    // A key (plain, or quoted as in JSON) whose name holds one of the words, then ":" or "=".
    static const QRegularExpression secretKey(
        QStringLiteral(R"((?<![\w.-])(["']?)[\w.-]*(?:password|passwd|passphrase|token|secret|)"
                       R"(auth)[\w.-]*\1[ \t]*[:=][ \t]*)"),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype position = 0;
    while (true) {
        const QRegularExpressionMatch match = secretKey.match(masked, position);
        if (!match.hasMatch()) {
            break;
        }
        const qsizetype lineStart
            = masked.lastIndexOf(QLatin1Char('\n'), match.capturedStart()) + 1;
        const ValueSpan value = valueAt(masked, match.capturedEnd(), lineStart);
        static const QRegularExpression blockIndicator(QStringLiteral("^[|>][-+0-9]*$"));
        if (blockIndicator.match(masked.mid(value.begin, value.end - value.begin)).hasMatch()) {
            position = maskBlockScalar(masked, lineStart, value.end);
            continue;
        }
        if (value.end > value.begin && masked.mid(value.begin, value.end - value.begin) != Masked) {
            masked.replace(value.begin, value.end - value.begin, Masked);
            position = value.begin + Masked.size();
        } else {
            position = std::max(match.capturedEnd(), value.end);
        }
    }
    return masked;
}

} // namespace DceUpgrade
