// The JavaScript library embedded at build time (see runtime/tools/embed_js.cc).
#pragma once
#include <cstddef>

namespace vigil::runtime {

struct JsSource {
  const char* id;    // "fs", "internal/errors", ...
  const char* data;  // UTF-8 source text
  size_t size;
  bool ascii;  // pure ASCII: V8 can use the bytes in place (external string)
};

extern const JsSource kJsSources[];
extern const size_t kJsSourceCount;

}  // namespace vigil::runtime
