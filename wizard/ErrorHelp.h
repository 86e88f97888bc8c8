#pragma once

#include "HelpTopic.h"

#include <QString>

#include <vector>

namespace DceUpgrade::Wizard {

// Which part of the help explains an error, by the error's stable code (DceUpgrade::Error::code,
// the engine's failed step, the ssh test's verdict). The one table of the wizard that ties
// error codes to help anchors: a page asks here, never keeps its own list.
class ErrorHelp final
{
public:
    // The topic for `code` ("registry.tls" -> registry#certificate): the longest entry that is
    // the code itself or a prefix of it ending in '.'; empty when no help covers the code.
    static HelpTopic topicFor(const QString &code);

    // Every topic the table names, for the test that each one exists in its page's help.
    static std::vector<HelpTopic> topics();
};

} // namespace DceUpgrade::Wizard
