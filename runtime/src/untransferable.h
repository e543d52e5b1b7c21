// ArrayBuffers that must never be transferred (detached) by postMessage or
// structuredClone, such as Buffer's shared allocation pool: detaching it
// would empty every Buffer carved out of it. Such buffers are copied
// instead, as in node. The mark is a private symbol, so scripts cannot
// see or forge it.
#pragma once

#include <v8.h>

namespace vigil::runtime {

inline v8::Local<v8::Private> UntransferableKey(v8::Isolate* isolate) {
  return v8::Private::ForApi(
      isolate, v8::String::NewFromUtf8Literal(isolate, "vigil:untransferable"));
}

inline void MarkUntransferable(v8::Local<v8::Context> context, v8::Local<v8::Object> buffer) {
  buffer->SetPrivate(context, UntransferableKey(context->GetIsolate()), v8::True(context->GetIsolate()))
      .Check();
}

inline bool IsUntransferable(v8::Local<v8::Context> context, v8::Local<v8::Object> buffer) {
  return buffer->HasPrivate(context, UntransferableKey(context->GetIsolate())).FromMaybe(false);
}

}  // namespace vigil::runtime
