// internalBinding('util') and internalBinding('types'): what util.inspect and
// util.types need to see inside V8 objects.
#include <vector>

#include "binding_util.h"
#include "bindings.h"

namespace vigil::runtime {

using v8::Array;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Integer;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

void GetPromiseState(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsPromise()) return;
  auto promise = args[0].As<v8::Promise>();
  int state = promise->State() == v8::Promise::kPending ? 0 : promise->State() == v8::Promise::kFulfilled ? 1 : 2;
  Local<Value> values[] = {Integer::New(args.GetIsolate(), state),
                           state == 0 ? v8::Undefined(args.GetIsolate()).As<Value>() : promise->Result()};
  args.GetReturnValue().Set(Array::New(args.GetIsolate(), values, 2));
}

void GetProxyDetails(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsProxy()) return;
  auto proxy = args[0].As<v8::Proxy>();
  if (args.Length() > 1 && !args[1]->BooleanValue(args.GetIsolate())) {
    args.GetReturnValue().Set(proxy->GetTarget());
    return;
  }
  Local<Value> values[] = {proxy->GetTarget(), proxy->GetHandler()};
  args.GetReturnValue().Set(Array::New(args.GetIsolate(), values, 2));
}

void PreviewEntries(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsObject()) return;
  bool is_key_value = false;
  Local<Array> entries;
  if (!args[0].As<Object>()->PreviewEntries(&is_key_value).ToLocal(&entries)) return;
  if (args.Length() < 2 || !args[1]->IsTrue()) {
    args.GetReturnValue().Set(entries);
    return;
  }
  Local<Value> values[] = {entries, v8::Boolean::New(args.GetIsolate(), is_key_value)};
  args.GetReturnValue().Set(Array::New(args.GetIsolate(), values, 2));
}

void GetOwnNonIndexProperties(const FunctionCallbackInfo<Value>& args) {
  Local<Context> context = args.GetIsolate()->GetCurrentContext();
  if (!args[0]->IsObject()) return;
  auto filter = static_cast<v8::PropertyFilter>(args[1]->Uint32Value(context).FromMaybe(0));
  Local<Array> props;
  if (args[0].As<Object>()
          ->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly, filter, v8::IndexFilter::kSkipIndices)
          .ToLocal(&props)) {
    args.GetReturnValue().Set(props);
  }
}

void GetConstructorName(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsObject()) return;
  args.GetReturnValue().Set(args[0].As<Object>()->GetConstructorName());
}

void GetExternalValue(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsExternal()) return;
  auto address = reinterpret_cast<uintptr_t>(args[0].As<v8::External>()->Value());
  args.GetReturnValue().Set(v8::BigInt::NewFromUnsigned(args.GetIsolate(), address));
}

void GetCallerFileName(const FunctionCallbackInfo<Value>& args) {
  // The script of the frame `depth` levels above the caller.
  int depth = args[0]->IsInt32() ? args[0].As<Integer>()->Value() : 1;
  Local<v8::StackTrace> trace = v8::StackTrace::CurrentStackTrace(args.GetIsolate(), depth + 1);
  if (trace->GetFrameCount() <= depth) return;
  args.GetReturnValue().Set(trace->GetFrame(args.GetIsolate(), depth)->GetScriptName());
}

// consoleCall(v8Method, ourMethod, ...args): the global console's methods are
// this function bound to V8's method and ours. Being native, it adds no
// JavaScript frame, so V8's console reports the user's own line as the
// message's location (DevTools links console messages to it).
void ConsoleCall(const FunctionCallbackInfo<Value>& args) {
  if (args.Length() < 2 || !args[1]->IsFunction()) return;
  Local<Context> context = args.GetIsolate()->GetCurrentContext();
  std::vector<Local<Value>> rest;
  for (int i = 2; i < args.Length(); i++) rest.push_back(args[i]);
  if (args[0]->IsFunction()) {
    if (args[0].As<v8::Function>()->Call(context, args.This(), static_cast<int>(rest.size()), rest.data()).IsEmpty()) {
      return;
    }
  }
  Local<Value> result;
  if (args[1].As<v8::Function>()->Call(context, args.This(), static_cast<int>(rest.size()), rest.data()).ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

// arrayBufferViewHasBuffer(view): false while a small typed array still
// keeps its bytes on the V8 heap (no ArrayBuffer made yet), as node's.
void ArrayBufferViewHasBuffer(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsArrayBufferView()) return;
  args.GetReturnValue().Set(args[0].As<v8::ArrayBufferView>()->HasBuffer());
}

}  // namespace

void Init_util_Binding(Environment& env, Local<Object> target) {
  Local<Context> context = env.context();
  SetMethod(context, target, "getPromiseState", GetPromiseState);
  SetMethod(context, target, "getProxyDetails", GetProxyDetails);
  SetMethod(context, target, "previewEntries", PreviewEntries);
  SetMethod(context, target, "getOwnNonIndexProperties", GetOwnNonIndexProperties);
  SetMethod(context, target, "getConstructorName", GetConstructorName);
  SetMethod(context, target, "getExternalValue", GetExternalValue);
  SetMethod(context, target, "getCallerFileName", GetCallerFileName);
  SetMethod(context, target, "consoleCall", ConsoleCall);
  SetMethod(context, target, "arrayBufferViewHasBuffer", ArrayBufferViewHasBuffer);
  SetValue(context, target, "ALL_PROPERTIES", Integer::New(env.isolate(), v8::ALL_PROPERTIES));
  SetValue(context, target, "ONLY_ENUMERABLE", Integer::New(env.isolate(), v8::ONLY_ENUMERABLE));
}

// Each isXxx(value) of util.types asks V8 directly.
#define VIGIL_TYPE_CHECKS(V)                                                                          \
  V(External) V(Date) V(ArgumentsObject) V(BigIntObject) V(BooleanObject) V(NumberObject)            \
  V(StringObject) V(SymbolObject) V(NativeError) V(RegExp) V(AsyncFunction) V(GeneratorFunction)    \
  V(GeneratorObject) V(Promise) V(Map) V(Set) V(MapIterator) V(SetIterator) V(WeakMap) V(WeakSet)   \
  V(ArrayBuffer) V(DataView) V(SharedArrayBuffer) V(Proxy) V(ModuleNamespaceObject)                 \
  V(ArrayBufferView) V(TypedArray) V(Uint8Array) V(Uint8ClampedArray) V(Uint16Array) V(Uint32Array) \
  V(Int8Array) V(Int16Array) V(Int32Array) V(Float32Array) V(Float64Array) V(BigInt64Array)         \
  V(BigUint64Array)

void Init_types_Binding(Environment& env, Local<Object> target) {
  Local<Context> context = env.context();
#define VIGIL_TYPE_CHECK(T)                                                       \
  SetMethod(context, target, "is" #T, [](const FunctionCallbackInfo<Value>& args) { \
    args.GetReturnValue().Set(args[0]->Is##T());                                   \
  });
  VIGIL_TYPE_CHECKS(VIGIL_TYPE_CHECK)
#undef VIGIL_TYPE_CHECK
  SetMethod(context, target, "isAnyArrayBuffer", [](const FunctionCallbackInfo<Value>& args) {
    args.GetReturnValue().Set(args[0]->IsArrayBuffer() || args[0]->IsSharedArrayBuffer());
  });
  SetMethod(context, target, "isBoxedPrimitive", [](const FunctionCallbackInfo<Value>& args) {
    Local<Value> v = args[0];
    args.GetReturnValue().Set(v->IsNumberObject() || v->IsStringObject() || v->IsBooleanObject() ||
                              v->IsBigIntObject() || v->IsSymbolObject());
  });
}

}  // namespace vigil::runtime
