// A libuv stream (pipe, and later tcp/tty) seen from JavaScript:
// readStart/readStop deliver chunks to `onread(nread, Uint8Array)`, writes
// and shutdowns complete through `req.oncomplete(status)`.
#pragma once

#include "handle_wrap.h"

namespace vigil::runtime {

class StreamWrap : public HandleWrap {
 public:
  StreamWrap(Environment& env, v8::Local<v8::Object> object, uv_stream_t* stream)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(stream)), stream_(stream) {}

  uv_stream_t* stream() const { return stream_; }
  static void AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl);

 private:
  uv_stream_t* stream_;
};

}  // namespace vigil::runtime
