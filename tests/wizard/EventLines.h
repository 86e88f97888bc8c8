#pragma once

#include <initializer_list>

namespace DceUpgrade::Wizard {
class RunModel;
} // namespace DceUpgrade::Wizard

namespace DceUpgrade::Wizard::Test {

// Feeds event lines (docs/events.md) to `model` as the worker writes them, through the real
// EventReader, dropping what EngineClient drops (lines it cannot read and unknown types).
void feedEventLines(RunModel &model, std::initializer_list<const char *> lines);

// Lines of a run whose images.import step fans out to two nodes of 2 GiB each, as the engine
// writes them: the first node ends ok, the second fails on its host key, the step fails with
// nodes.failed naming it.
namespace NodeLines {
extern const char *const RunStarted; // bundle.verify (10), images.import (60), helm.upgrade (30)
extern const char *const ImportRunning;
extern const char *const FirstRunning; // root@10.0.0.11:22, 0 of 2 GiB
extern const char *const SecondRunning; // root@10.0.0.12:22, 0 of 2 GiB
extern const char *const FirstHalfway; // 1 of 2 GiB
extern const char *const FirstOk;
extern const char *const SecondFailed; // node.host-key-unknown with message and hint
extern const char *const ImportFailed; // nodes.failed
extern const char *const RunFailed;
} // namespace NodeLines

} // namespace DceUpgrade::Wizard::Test
