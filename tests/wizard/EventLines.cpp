#include "EventLines.h"

#include "RunModel.h"

#include "engine/EventReader.h"

namespace DceUpgrade::Wizard::Test {

void feedEventLines(RunModel &model, std::initializer_list<const char *> lines)
{
    for (const char *line : lines) {
        if (const auto event = EventReader::parseLine(QByteArray(line));
            event && event->type != EngineEvent::Type::Unknown) {
            model.consume(*event);
        }
    }
}

namespace NodeLines {

const char *const RunStarted
    = R"({"v":1,"type":"run","state":"started","session":"/s/skoala-2","steps":[)"
      R"({"id":"bundle.verify","title":"Verify","weight":10},)"
      R"({"id":"images.import","title":"Import on every node","weight":60},)"
      R"({"id":"helm.upgrade","title":"Upgrade","weight":30}]})";
const char *const ImportRunning = R"({"v":1,"type":"step","id":"images.import","state":"running"})";
const char *const FirstRunning
    = R"({"v":1,"type":"unit","step":"images.import","unit":"root@10.0.0.11:22",)"
      R"("state":"running","done":0,"total":2147483648})";
const char *const SecondRunning
    = R"({"v":1,"type":"unit","step":"images.import","unit":"root@10.0.0.12:22",)"
      R"("state":"running","done":0,"total":2147483648})";
const char *const FirstHalfway
    = R"({"v":1,"type":"unit","step":"images.import","unit":"root@10.0.0.11:22",)"
      R"("state":"running","done":1073741824,"total":2147483648})";
const char *const FirstOk
    = R"({"v":1,"type":"unit","step":"images.import","unit":"root@10.0.0.11:22","state":"ok",)"
      R"("done":2147483648,"total":2147483648,"message":"Every image is on root@10.0.0.11:22."})";
const char *const SecondFailed
    = R"({"v":1,"type":"unit","step":"images.import","unit":"root@10.0.0.12:22",)"
      R"("state":"failed","done":0,"total":2147483648,"code":"node.host-key-unknown",)"
      R"("message":"The host key of root@10.0.0.12:22 is not known to this machine.",)"
      R"("hint":"Connect once from a terminal and answer yes."})";
const char *const ImportFailed
    = R"({"v":1,"type":"step","id":"images.import","state":"failed","durationMs":5000,)"
      R"("code":"nodes.failed","message":"The images could not be brought onto 1 of 2 )"
      R"(node(s). The host key of root@10.0.0.12:22 is not known to this machine.",)"
      R"("hint":"root@10.0.0.12:22: Connect once from a terminal and answer yes."})";
const char *const RunFailed
    = R"({"v":1,"type":"run","state":"finished","ok":false,"report":"/s/skoala-2/report.html"})";

} // namespace NodeLines

} // namespace DceUpgrade::Wizard::Test
