// internalBinding('v8'): heap statistics, V8 flags and the serializer
// behind the `v8` module.
#include <cstring>

#include "binding_util.h"
#include "bindings.h"

namespace vigil::runtime {

using v8::Array;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Number;
using v8::Object;
using v8::Value;

namespace {

void HeapStatistics(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  v8::HeapStatistics s;
  isolate->GetHeapStatistics(&s);
  Local<Object> out = Object::New(isolate);
  auto set = [&](const char* key, double value) { SetValue(context, out, key, Number::New(isolate, value)); };
  set("total_heap_size", static_cast<double>(s.total_heap_size()));
  set("total_heap_size_executable", static_cast<double>(s.total_heap_size_executable()));
  set("total_physical_size", static_cast<double>(s.total_physical_size()));
  set("total_available_size", static_cast<double>(s.total_available_size()));
  set("used_heap_size", static_cast<double>(s.used_heap_size()));
  set("heap_size_limit", static_cast<double>(s.heap_size_limit()));
  set("malloced_memory", static_cast<double>(s.malloced_memory()));
  set("peak_malloced_memory", static_cast<double>(s.peak_malloced_memory()));
  set("does_zap_garbage", static_cast<double>(s.does_zap_garbage()));
  set("number_of_native_contexts", static_cast<double>(s.number_of_native_contexts()));
  set("number_of_detached_contexts", static_cast<double>(s.number_of_detached_contexts()));
  set("total_global_handles_size", static_cast<double>(s.total_global_handles_size()));
  set("used_global_handles_size", static_cast<double>(s.used_global_handles_size()));
  set("external_memory", static_cast<double>(s.external_memory()));
  args.GetReturnValue().Set(out);
}

void HeapSpaceStatistics(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  std::vector<Local<Value>> spaces;
  for (size_t i = 0; i < isolate->NumberOfHeapSpaces(); i++) {
    v8::HeapSpaceStatistics s;
    if (!isolate->GetHeapSpaceStatistics(&s, i)) continue;
    Local<Object> space = Object::New(isolate);
    SetValue(context, space, "space_name", OneByteString(isolate, s.space_name()));
    SetValue(context, space, "space_size", Number::New(isolate, static_cast<double>(s.space_size())));
    SetValue(context, space, "space_used_size", Number::New(isolate, static_cast<double>(s.space_used_size())));
    SetValue(context, space, "space_available_size",
             Number::New(isolate, static_cast<double>(s.space_available_size())));
    SetValue(context, space, "physical_space_size",
             Number::New(isolate, static_cast<double>(s.physical_space_size())));
    spaces.push_back(space);
  }
  args.GetReturnValue().Set(Array::New(isolate, spaces.data(), spaces.size()));
}

void SetFlags(const FunctionCallbackInfo<Value>& args) {
  std::string flags = ToStdString(args.GetIsolate(), args[0]);
  v8::V8::SetFlagsFromString(flags.c_str(), flags.size());
}

void CachedDataVersionTag(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(v8::ScriptCompiler::CachedDataVersionTag());
}

// serialize(value) -> Uint8Array in V8's wire format.
void Serialize(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  v8::ValueSerializer serializer(isolate);
  serializer.WriteHeader();
  bool ok = false;
  if (!serializer.WriteValue(isolate->GetCurrentContext(), args[0]).To(&ok) || !ok) return;
  std::pair<uint8_t*, size_t> data = serializer.Release();
  auto store = v8::ArrayBuffer::NewBackingStore(
      data.first, data.second, [](void* p, size_t, void*) { free(p); }, nullptr);
  args.GetReturnValue().Set(
      v8::Uint8Array::New(v8::ArrayBuffer::New(isolate, std::move(store)), 0, data.second));
}

void Deserialize(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsArrayBufferView()) return ThrowTypeError(isolate, "deserialize: not a buffer");
  auto view = args[0].As<v8::ArrayBufferView>();
  std::vector<uint8_t> bytes(view->ByteLength());
  view->CopyContents(bytes.data(), bytes.size());
  v8::ValueDeserializer deserializer(isolate, bytes.data(), bytes.size());
  Local<Context> context = isolate->GetCurrentContext();
  bool ok = false;
  if (!deserializer.ReadHeader(context).To(&ok) || !ok) return;
  Local<Value> value;
  if (deserializer.ReadValue(context).ToLocal(&value)) args.GetReturnValue().Set(value);
}

// setPromiseHooks(init, before, after, settled): V8 calls these JavaScript
// functions for every promise of the main context (v8.promiseHooks); any of
// them may be undefined, which removes that hook.
void SetPromiseHooks(const FunctionCallbackInfo<Value>& args) {
  Local<v8::Function> hooks[4];
  for (int i = 0; i < 4; i++) {
    if (args[i]->IsFunction()) hooks[i] = args[i].As<v8::Function>();
  }
  args.GetIsolate()->GetCurrentContext()->SetPromiseHooks(hooks[0], hooks[1], hooks[2], hooks[3]);
}

}  // namespace

void Init_v8_Binding(Environment& env, Local<Object> target) {
  Local<Context> context = env.context();
  SetMethod(context, target, "heapStatistics", HeapStatistics);
  SetMethod(context, target, "heapSpaceStatistics", HeapSpaceStatistics);
  SetMethod(context, target, "setFlagsFromString", SetFlags);
  SetMethod(context, target, "cachedDataVersionTag", CachedDataVersionTag);
  SetMethod(context, target, "serialize", Serialize);
  SetMethod(context, target, "deserialize", Deserialize);
  SetMethod(context, target, "setPromiseHooks", SetPromiseHooks);
}

}  // namespace vigil::runtime
