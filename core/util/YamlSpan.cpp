#include "YamlSpan.h"

#include "Yaml.h"
#include "YamlScalar.h"

namespace DceUpgrade {

namespace {

bool isBlankOrBreak(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype collectionEnd(const QByteArray &text, const YAML::Node &node, bool inFlow);

} // namespace

YAML::Node YamlSpan::childOf(const YAML::Node &map, const QString &key, YAML::Node *keyNode)
{
    for (const auto &entry : map) {
        if (entry.first.IsScalar() && Yaml::toQString(entry.first) == key) {
            if (keyNode) {
                keyNode->reset(entry.first); // never operator=: it writes through
            }
            return entry.second;
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

qsizetype YamlSpan::valueStart(
    const QByteArray &text, const YAML::Node &key, int parentIndent, bool inFlow, qsizetype *colon)
{
    const YamlScalar::Span keySpan = YamlScalar::measure(
        text, YamlScalar::skipProperties(text, key.Mark().pos), parentIndent, inFlow);
    if (!keySpan.isValid()) {
        return -1;
    }
    qsizetype pos = keySpan.end;
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) {
        ++pos;
    }
    if (pos >= text.size() || text[pos] != ':') {
        return -1;
    }
    if (colon) {
        *colon = pos;
    }
    ++pos;
    while (pos < text.size()) {
        if (isBlankOrBreak(text[pos])) {
            ++pos;
        } else if (text[pos] == '#') {
            while (pos < text.size() && text[pos] != '\n') {
                ++pos;
            }
        } else {
            break;
        }
    }
    return pos;
}

qsizetype YamlSpan::nodeEnd(const QByteArray &text, const YAML::Node &key, const YAML::Node &value,
    int parentIndent, bool inFlow)
{
    qsizetype colon = -1;
    const qsizetype start = valueStart(text, key, parentIndent, inFlow, &colon);
    if (start < 0) {
        return -1;
    }
    if (start < text.size() && text[start] == '*') {
        qsizetype end = start; // an alias: its name is all its bytes
        while (end < text.size() && !isBlankOrBreak(text[end])
            && !(inFlow && (text[end] == ',' || text[end] == '}' || text[end] == ']'))) {
            ++end;
        }
        return end;
    }
    if (value.IsNull()) {
        // "key: ~" or "key: null" have bytes; "key:" alone ends at its colon. (yaml-cpp marks an
        // empty value at whatever token follows, so look at the line instead.)
        const bool sameLine = !text.mid(colon, start - colon).contains('\n');
        const YamlScalar::Span span = sameLine && start < text.size()
            ? YamlScalar::measure(
                text, YamlScalar::skipProperties(text, start), parentIndent, inFlow)
            : YamlScalar::Span {};
        return span.isValid() && span.length() > 0 ? span.end : colon + 1;
    }
    if (value.IsScalar()) {
        return YamlScalar::measure(
            text, YamlScalar::skipProperties(text, start), parentIndent, inFlow)
            .end;
    }
    return collectionEnd(text, value, inFlow);
}

bool YamlSpan::sameTree(const YAML::Node &a, const YAML::Node &b)
{
    if (a.Type() != b.Type()) {
        return false;
    }
    switch (a.Type()) {
    case YAML::NodeType::Scalar:
        return a.Scalar() == b.Scalar();
    case YAML::NodeType::Sequence:
    case YAML::NodeType::Map: {
        if (a.size() != b.size()) {
            return false;
        }
        auto left = a.begin();
        auto right = b.begin();
        for (; left != a.end(); ++left, ++right) {
            if (a.IsMap()) {
                if (!sameTree(left->first, right->first)
                    || !sameTree(left->second, right->second)) {
                    return false;
                }
            } else if (!sameTree(*left, *right)) {
                return false;
            }
        }
        return true;
    }
    default:
        return true;
    }
}

bool YamlSpan::isStringNode(const YAML::Node &node)
{
    if (!node.IsScalar()) {
        return false;
    }
    const std::string &tag = node.Tag();
    if (tag == "?") {
        return YamlScalar::plainIsString(QByteArray::fromStdString(node.Scalar()));
    }
    return tag == "!" || tag == "tag:yaml.org,2002:str";
}

namespace {

qsizetype collectionEnd(const QByteArray &text, const YAML::Node &node, bool inFlow)
{
    qsizetype end = -1;
    if (node.IsMap()) {
        if (node.size() == 0) {
            end = node.Mark().pos + 1; // "{"
        }
        for (const auto &entry : node) {
            end = YamlSpan::nodeEnd(text, entry.first, entry.second, YamlSpan::indentOf(node),
                inFlow || YamlSpan::isFlow(node));
        }
    } else {
        if (node.size() == 0) {
            end = node.Mark().pos + 1; // "["
        }
        for (const YAML::Node &item : node) {
            if (item.IsScalar()) {
                end = YamlScalar::measure(text, YamlScalar::skipProperties(text, item.Mark().pos),
                    YamlSpan::indentOf(node), inFlow || YamlSpan::isFlow(node))
                          .end;
            } else if (item.IsMap() || item.IsSequence()) {
                end = collectionEnd(text, item, inFlow || YamlSpan::isFlow(node));
            } else {
                end = -1; // an empty item: no bytes to point at
            }
        }
    }
    if (end < 0 || !YamlSpan::isFlow(node)) {
        return end;
    }
    const char close = node.IsMap() ? '}' : ']';
    while (end < text.size() && text[end] != close) {
        if (text[end] == '#') {
            while (end < text.size() && text[end] != '\n') {
                ++end;
            }
        } else {
            ++end;
        }
    }
    return end < text.size() ? end + 1 : -1;
}

} // namespace

} // namespace DceUpgrade
