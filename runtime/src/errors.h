// The one way a libuv error becomes a JavaScript error: node's message format
// ("ENOENT: no such file or directory, open 'x.txt'") with code, errno,
// syscall, path and dest, names and texts from libuv at run time.
#pragma once

#include <v8.h>

namespace vigil::runtime {

v8::Local<v8::Value> UVException(v8::Isolate* isolate, int err, const char* syscall,
                                 const char* path = nullptr, const char* dest = nullptr,
                                 const char* message = nullptr);

inline void ThrowUVException(v8::Isolate* isolate, int err, const char* syscall,
                             const char* path = nullptr, const char* dest = nullptr) {
  isolate->ThrowException(UVException(isolate, err, syscall, path, dest));
}

// The text node prints above an uncaught exception: "file:line", the source
// line and carets under the failing range. Empty when there is no location.
std::string GetErrorSource(v8::Isolate* isolate, v8::Local<v8::Context> context,
                           v8::Local<v8::Message> message);

}  // namespace vigil::runtime
