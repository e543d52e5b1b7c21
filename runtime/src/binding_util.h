// Small helpers shared by the binding files, so each stays thin.
#pragma once

#include <v8.h>

#include <string>

#include "environment.h"

namespace vigil::runtime {

inline v8::Local<v8::String> OneByteString(v8::Isolate* isolate, const char* s) {
  return v8::String::NewFromUtf8(isolate, s, v8::NewStringType::kInternalized).ToLocalChecked();
}

inline v8::Local<v8::String> Utf8String(v8::Isolate* isolate, const std::string& s) {
  return v8::String::NewFromUtf8(isolate, s.data(), v8::NewStringType::kNormal,
                                 static_cast<int>(s.size()))
      .ToLocalChecked();
}

inline std::string ToStdString(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value utf8(isolate, value);
  return *utf8 ? std::string(*utf8, utf8.length()) : std::string();
}

// Adds a native method to a binding object.
inline void SetMethod(v8::Local<v8::Context> context, v8::Local<v8::Object> target,
                      const char* name, v8::FunctionCallback callback,
                      v8::Local<v8::Value> data = v8::Local<v8::Value>()) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Function> fn = v8::FunctionTemplate::New(isolate, callback, data, v8::Local<v8::Signature>(),
                                                         0, v8::ConstructorBehavior::kThrow)
                                   ->GetFunction(context)
                                   .ToLocalChecked();
  v8::Local<v8::String> key = OneByteString(isolate, name);
  fn->SetName(key);
  target->Set(context, key, fn).Check();
}

inline void SetValue(v8::Local<v8::Context> context, v8::Local<v8::Object> target, const char* name,
                     v8::Local<v8::Value> value) {
  target->Set(context, OneByteString(context->GetIsolate(), name), value).Check();
}

inline void ThrowTypeError(v8::Isolate* isolate, const char* message) {
  isolate->ThrowException(v8::Exception::TypeError(OneByteString(isolate, message)));
}

}  // namespace vigil::runtime
