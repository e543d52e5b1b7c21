#include "platform.h"

#include <string>

namespace vigil::runtime {

Platform::Platform() {
  // Import assertions (`import x from './x.json' assert { type: 'json' }`)
  // are on by default in node 20.
  static const char kDefaultFlags[] = "--harmony-import-assertions --no-verify-snapshot-checksum --no-scavenge-task";
  v8::V8::SetFlagsFromString(kDefaultFlags, sizeof(kDefaultFlags) - 1);
  v8::V8::InitializeICU();
  platform_ = v8::platform::NewDefaultPlatform(2, v8::platform::IdleTaskSupport::kDisabled,
                                               v8::platform::InProcessStackDumping::kDisabled);
  v8::V8::InitializePlatform(platform_.get());
  v8::V8::Initialize();
}

Platform& Platform::Get() {
  // V8 allows one platform per process; this is the only process-wide object.
  static Platform* platform = new Platform();
  return *platform;
}

void Platform::PumpTasks(v8::Isolate* isolate) {
  while (v8::platform::PumpMessageLoop(platform_.get(), isolate,
                                       v8::platform::MessageLoopBehavior::kDoNotWait)) {
  }
}

void Platform::SetFlags(const std::string& flags) {
  v8::V8::SetFlagsFromString(flags.c_str(), flags.size());
}

}  // namespace vigil::runtime
