// V8's process-wide initialization. V8 itself is global per process; every
// other piece of state belongs to an Environment.
#pragma once

#include <libplatform/libplatform.h>
#include <v8.h>

#include <memory>

namespace vigil::runtime {

class Platform {
 public:
  // Initializes V8 once; argv may carry V8 flags (--max-old-space-size...).
  static Platform& Get();
  v8::Platform* v8_platform() { return platform_.get(); }
  // Runs V8's pending foreground tasks for an isolate without blocking.
  void PumpTasks(v8::Isolate* isolate);
  static void SetFlags(const std::string& flags);

 private:
  Platform();
  std::unique_ptr<v8::Platform> platform_;
};

}  // namespace vigil::runtime
