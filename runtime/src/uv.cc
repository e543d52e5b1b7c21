// internalBinding('uv'): libuv's error names and messages, read from libuv at
// run time (never a hard-coded errno), and the one error constructor.
#include <uv.h>

#include "binding_util.h"
#include "bindings.h"
#include "errors.h"

namespace vigil::runtime {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Integer;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

void ErrName(const FunctionCallbackInfo<Value>& args) {
  int err = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
  args.GetReturnValue().Set(OneByteString(args.GetIsolate(), uv_err_name(err)));
}

void GetErrorMap(const FunctionCallbackInfo<Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<v8::Map> map = v8::Map::New(isolate);
#define VIGIL_ERR_ENTRY(name, _)                                                                       \
  {                                                                                                    \
    Local<Value> pair[] = {OneByteString(isolate, #name), OneByteString(isolate, uv_strerror(UV_##name))}; \
    map->Set(context, Integer::New(isolate, UV_##name), v8::Array::New(isolate, pair, 2)).ToLocalChecked(); \
  }
  UV_ERRNO_MAP(VIGIL_ERR_ENTRY)
#undef VIGIL_ERR_ENTRY
  args.GetReturnValue().Set(map);
}

// uvException(err, syscall, path, dest, message) -> Error
void MakeException(const FunctionCallbackInfo<Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  int err = args[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  std::string syscall = ToStdString(isolate, args[1]);
  std::string path, dest, message;
  if (args[2]->IsString()) path = ToStdString(isolate, args[2]);
  if (args[3]->IsString()) dest = ToStdString(isolate, args[3]);
  if (args[4]->IsString()) message = ToStdString(isolate, args[4]);
  args.GetReturnValue().Set(UVException(isolate, err, syscall.c_str(), args[2]->IsString() ? path.c_str() : nullptr,
                                        args[3]->IsString() ? dest.c_str() : nullptr,
                                        args[4]->IsString() ? message.c_str() : nullptr));
}

}  // namespace

void Init_uv_Binding(Environment& env, Local<Object> target) {
  Local<Context> context = env.context();
  SetMethod(context, target, "errname", ErrName);
  SetMethod(context, target, "getErrorMap", GetErrorMap);
  SetMethod(context, target, "uvException", MakeException);
  // Read-only, as node defines its constants: assigning one throws in
  // strict code.
#define VIGIL_ERR_CONST(name, _)                                                                    \
  target                                                                                           \
      ->DefineOwnProperty(context, OneByteString(env.isolate(), "UV_" #name),                     \
                          Integer::New(env.isolate(), UV_##name),                                  \
                          static_cast<v8::PropertyAttribute>(v8::ReadOnly | v8::DontDelete))       \
      .Check();
  UV_ERRNO_MAP(VIGIL_ERR_CONST)
#undef VIGIL_ERR_CONST
}

}  // namespace vigil::runtime
