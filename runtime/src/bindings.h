// Every native binding of the runtime, listed once. A binding NAME is
// implemented in runtime/src/NAME.cc by `void InitNAMEBinding(Environment&,
// v8::Local<v8::Object>)` and reached from the library as
// internalBinding('NAME'). Adding a module touches this list only.
#pragma once

#include "environment.h"

#define VIGIL_BINDINGS(V) \
  V(async_context)       \
  V(buffer)              \
  V(builtins)            \
  V(contextify)          \
  V(crypto)              \
  V(errors)              \
  V(fs)                  \
  V(heap_utils)          \
  V(messaging)           \
  V(modules)             \
  V(os)                  \
  V(performance)         \
  V(pipe_wrap)           \
  V(process)             \
  V(process_wrap)        \
  V(signal_wrap)         \
  V(spawn_sync)          \
  V(timers)              \
  V(types)               \
  V(url)                 \
  V(util)                \
  V(uv)                  \
  V(v8)                  \
  V(worker)              \
  V(zlib)

namespace vigil::runtime {

#define VIGIL_DECLARE_BINDING(name) void Init_##name##_Binding(Environment& env, v8::Local<v8::Object> target);
VIGIL_BINDINGS(VIGIL_DECLARE_BINDING)
#undef VIGIL_DECLARE_BINDING

// Finds a binding initializer by name; nullptr if there is none.
BindingInitializer FindBinding(const std::string& name);

}  // namespace vigil::runtime
