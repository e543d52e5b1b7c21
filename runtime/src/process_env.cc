// process.env as node has it: an ordinary object (Object.prototype below it)
// whose string-named properties are intercepted and kept in the
// Environment's own table, so each script of the daemon has its own, values
// are always strings, and the V8 serializer (structuredClone) sees a plain
// object rather than a Proxy.
#include <stdlib.h>
#include <time.h>

#include <map>
#include <string>
#include <string_view>

#include "binding_util.h"

namespace vigil::runtime {

using v8::Array;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Global;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Name;
using v8::Object;
using v8::ObjectTemplate;
using v8::PropertyCallbackInfo;
using v8::PropertyDescriptor;
using v8::String;
using v8::Value;

namespace {

// A variable's text, and the JS string made from it the first time it is
// read (process.env.X is read often, in loops of npm packages).
struct EnvValue {
  std::string text;
  Global<String> js;
};

struct EnvStore : BindingData {
  explicit EnvStore(Environment& env) : owns_process(env.options().owns_process) {}
  // Only a script that has the OS process to itself may change what the
  // process's own libc and V8 read (the daemon runs many in one).
  bool owns_process;
  std::map<std::string, EnvValue, std::less<>> vars;
  // Called once for a value that is not a string, number or boolean (node's
  // DEP0104, which the JS side emits only under --pending-deprecation).
  Global<Function> on_non_string;
  bool warned = false;
};

// The table rides on the interceptors as their data: process.env is read on
// hot paths, and a lookup by binding name would cost a string per access.
template <typename T>
EnvStore* StoreOf(const PropertyCallbackInfo<T>& info) {
  return static_cast<EnvStore*>(info.Data().template As<v8::External>()->Value());
}

// Looks a name up without allocating for the usual short names.
template <typename Map>
auto Find(Isolate* isolate, Map& vars, Local<Name> property) {
  Local<String> name = property.As<String>();
  char buffer[256];
  if (name->Utf8Length(isolate) < static_cast<int>(sizeof buffer)) {
    int length = name->WriteUtf8(isolate, buffer, sizeof buffer, nullptr, String::NO_NULL_TERMINATION);
    return vars.find(std::string_view(buffer, static_cast<size_t>(length)));
  }
  return vars.find(ToStdString(isolate, property));
}

void ThrowDefineError(Isolate* isolate, const char* message) {
  Local<Context> context = isolate->GetCurrentContext();
  Local<Object> error = v8::Exception::TypeError(OneByteString(isolate, message)).As<Object>();
  error->Set(context, OneByteString(isolate, "code"), OneByteString(isolate, "ERR_INVALID_OBJECT_DEFINE_PROPERTY"))
      .Check();
  isolate->ThrowException(error);
}

// TZ is the variable the runtime itself reads: Date's local time zone. As
// in node, setting or deleting it changes the zone at once (the C library's
// and ICU's, which V8 re-detects).
void MaybeTimeZoneChanged(Isolate* isolate, EnvStore* store, const std::string& name, const std::string* value) {
  if (name != "TZ" || !store->owns_process) return;
  if (value != nullptr) setenv("TZ", value->c_str(), 1);
  else unsetenv("TZ");
  tzset();
  isolate->DateTimeConfigurationChangeNotification(Isolate::TimeZoneDetection::kRedetect);
}

// Stores `value` as a string; false when converting it threw. Names the
// system would refuse (empty, or holding '=') are dropped, as setenv(3)
// drops them under node.
bool Store(Isolate* isolate, EnvStore* store, Local<Name> property, Local<Value> value) {
  std::string name = ToStdString(isolate, property);
  if (!store->warned && !value->IsString() && !value->IsNumber() && !value->IsBoolean() &&
      !store->on_non_string.IsEmpty()) {
    store->warned = true;
    Local<Function> warn = store->on_non_string.Get(isolate);
    if (warn->Call(isolate->GetCurrentContext(), v8::Undefined(isolate), 0, nullptr).IsEmpty()) return false;
  }
  Local<String> text;
  if (!value->ToString(isolate->GetCurrentContext()).ToLocal(&text)) return false;
  if (!name.empty() && name.find('=') == std::string::npos) {
    EnvValue& entry = store->vars[name];
    entry.text = ToStdString(isolate, text);
    entry.js.Reset();
    MaybeTimeZoneChanged(isolate, store, name, &entry.text);
  }
  return true;
}

void Getter(Local<Name> property, const PropertyCallbackInfo<Value>& info) {
  if (!property->IsString()) return;
  Isolate* isolate = info.GetIsolate();
  EnvStore* store = StoreOf(info);
  auto it = Find(isolate, store->vars, property);
  if (it == store->vars.end()) return;
  if (it->second.js.IsEmpty()) it->second.js.Reset(isolate, Utf8String(isolate, it->second.text));
  info.GetReturnValue().Set(it->second.js.Get(isolate));
}

void Setter(Local<Name> property, Local<Value> value, const PropertyCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  if (!property->IsString()) {
    isolate->ThrowException(v8::Exception::TypeError(OneByteString(isolate, "Cannot convert a Symbol value to a string")));
    return;
  }
  if (value->IsSymbol()) {
    isolate->ThrowException(v8::Exception::TypeError(OneByteString(isolate, "Cannot convert a Symbol value to a string")));
    return;
  }
  if (Store(isolate, StoreOf(info), property, value)) info.GetReturnValue().Set(value);
}

void Query(Local<Name> property, const PropertyCallbackInfo<Integer>& info) {
  if (!property->IsString()) return;
  Isolate* isolate = info.GetIsolate();
  EnvStore* store = StoreOf(info);
  if (Find(isolate, store->vars, property) != store->vars.end()) {
    info.GetReturnValue().Set(Integer::New(isolate, v8::None));
  }
}

void Deleter(Local<Name> property, const PropertyCallbackInfo<v8::Boolean>& info) {
  if (!property->IsString()) return;
  Isolate* isolate = info.GetIsolate();
  std::string name = ToStdString(isolate, property);
  EnvStore* store = StoreOf(info);
  if (store->vars.erase(name) > 0) MaybeTimeZoneChanged(isolate, store, name, nullptr);
  // As node: deleting always succeeds, even a name that is not there.
  info.GetReturnValue().Set(true);
}

void Enumerator(const PropertyCallbackInfo<Array>& info) {
  Isolate* isolate = info.GetIsolate();
  EnvStore* store = StoreOf(info);
  Local<Array> names = Array::New(isolate, static_cast<int>(store->vars.size()));
  uint32_t i = 0;
  Local<Context> context = isolate->GetCurrentContext();
  for (const auto& entry : store->vars) names->Set(context, i++, Utf8String(isolate, entry.first)).Check();
  info.GetReturnValue().Set(names);
}

void Definer(Local<Name> property, const PropertyDescriptor& desc, const PropertyCallbackInfo<Value>& info) {
  if (!property->IsString()) return;
  Isolate* isolate = info.GetIsolate();
  if (desc.has_get() || desc.has_set()) {
    return ThrowDefineError(isolate, "'process.env' does not accept an accessor(getter/setter) descriptor");
  }
  bool plain = desc.has_configurable() && desc.configurable() && desc.has_writable() && desc.writable() &&
               desc.has_enumerable() && desc.enumerable();
  if (!plain) {
    return ThrowDefineError(isolate, "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
  }
  if (Store(isolate, StoreOf(info), property, desc.has_value() ? desc.value() : v8::Undefined(isolate).As<Value>())) {
    info.GetReturnValue().Set(true);
  }
}

// makeEnv(initial, onNonString): the process.env object of this Environment.
void MakeEnv(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment& env = *Environment::From(isolate);
  EnvStore* store = env.binding_data<EnvStore>("process.env");
  store->vars.clear();
  for (const auto& [key, value] : env.options().env) store->vars[key] = EnvValue{value, {}};
  if (args[0]->IsFunction()) store->on_non_string.Reset(isolate, args[0].As<Function>());
  Local<ObjectTemplate> tmpl = ObjectTemplate::New(isolate);
  tmpl->SetHandler(v8::NamedPropertyHandlerConfiguration(Getter, Setter, Query, Deleter, Enumerator, Definer,
                                                         nullptr, v8::External::New(isolate, store),
                                                         v8::PropertyHandlerFlags::kHasNoSideEffect));
  Local<Object> object;
  if (!tmpl->NewInstance(env.context()).ToLocal(&object)) return;
  // Straight on Object.prototype, as node's (a template's instance would get
  // an anonymous constructor's prototype in between).
  if (object->SetPrototype(env.context(), Object::New(isolate)->GetPrototype()).IsNothing()) return;
  args.GetReturnValue().Set(object);
}

}  // namespace

void InitializeProcessEnv(Local<Context> context, Local<Object> target) { SetMethod(context, target, "makeEnv", MakeEnv); }

}  // namespace vigil::runtime
