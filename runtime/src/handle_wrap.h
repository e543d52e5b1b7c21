// One lifetime model for native wrappers of libuv handles: the JS object keeps
// the wrapper, the wrapper keeps the JS object strongly while the handle is
// open; close() goes through uv_close and its callback before freeing, and
// environment teardown closes whatever is left.
#pragma once

#include <uv.h>
#include <v8.h>

#include "environment.h"

namespace vigil::runtime {

class HandleWrap {
 public:
  HandleWrap(Environment& env, v8::Local<v8::Object> object, uv_handle_t* handle);
  virtual ~HandleWrap();

  Environment& env() const { return env_; }
  v8::Local<v8::Object> object() const { return object_.Get(env_.isolate()); }
  uv_handle_t* handle() const { return handle_; }
  bool closing() const { return closing_; }

  // Closes the handle; `on_close` (may be empty) is called from the loop.
  void Close(v8::Local<v8::Value> on_close = v8::Local<v8::Value>());

  // Adds close/ref/unref/hasRef to a constructor template whose instances
  // carry the wrapper in internal field 0.
  static void AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl);
  template <typename T>
  static T* Unwrap(v8::Local<v8::Object> object) {
    return static_cast<T*>(static_cast<HandleWrap*>(object->GetAlignedPointerFromInternalField(0)));
  }

 protected:
  // Called from uv_close's callback, before the wrapper is deleted.
  virtual void OnClose() {}
  // A handle that libuv initializes late (uv_spawn) is not closed through
  // libuv until it was initialized.
  void set_initialized(bool initialized) { initialized_ = initialized; }

 private:
  static void OnCloseCallback(uv_handle_t* handle);
  Environment& env_;
  v8::Global<v8::Object> object_;
  uv_handle_t* handle_;
  bool closing_ = false;
  bool initialized_ = true;
};

}  // namespace vigil::runtime
