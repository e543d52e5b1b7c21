// internalBinding('contextify'): the native half of `vm`. A contextified
// sandbox is a plain object whose properties are the globals of a new V8
// context: the new context's global object forwards named property access
// to the sandbox through interceptors, as node's vm does.
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_set>
#include <vector>

#include "binding_util.h"
#include "bindings.h"
#include "errors.h"

namespace vigil::runtime {

using v8::Context;
using v8::External;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Name;
using v8::Object;
using v8::ObjectTemplate;
using v8::PropertyCallbackInfo;
using v8::ScriptCompiler;
using v8::String;
using v8::Value;

namespace {

struct Sandbox {
  v8::Global<Object> object;
  v8::Global<Context> context;
};

class SandboxRegistry;

// A compiled vm.Script; freed when its JS holder is collected, or at teardown.
struct CompiledScript {
  v8::Global<v8::UnboundScript> script;
  v8::Global<Object> holder;
  SandboxRegistry* registry = nullptr;
};

// Every sandbox of the environment: freed at teardown.
class SandboxRegistry : public BindingData {
 public:
  explicit SandboxRegistry(Environment&) {}
  Sandbox* Add() {
    sandboxes_.push_back(std::make_unique<Sandbox>());
    return sandboxes_.back().get();
  }
  CompiledScript* AddScript() {
    auto* script = new CompiledScript();
    script->registry = this;
    scripts_.insert(script);
    return script;
  }
  void RemoveScript(CompiledScript* script) {
    scripts_.erase(script);
    delete script;
  }
  void Close() override {
    sandboxes_.clear();
    for (CompiledScript* script : scripts_) delete script;
    scripts_.clear();
  }
  ~SandboxRegistry() override { Close(); }
  v8::Global<v8::Private> key;

 private:
  std::vector<std::unique_ptr<Sandbox>> sandboxes_;
  std::unordered_set<CompiledScript*> scripts_;
};

SandboxRegistry* Registry(Environment& env) { return env.binding_data<SandboxRegistry>("contextify"); }

Local<v8::Private> SandboxKey(Environment& env) {
  SandboxRegistry* registry = Registry(env);
  if (registry->key.IsEmpty()) {
    registry->key.Reset(env.isolate(), v8::Private::New(env.isolate(), OneByteString(env.isolate(), "vigil:sandbox")));
  }
  return registry->key.Get(env.isolate());
}

Sandbox* SandboxOf(const PropertyCallbackInfo<Value>& info) {
  return static_cast<Sandbox*>(info.Data().As<External>()->Value());
}
template <typename T>
Sandbox* SandboxOf(const PropertyCallbackInfo<T>& info) {
  return static_cast<Sandbox*>(info.Data().template As<External>()->Value());
}

void Getter(Local<Name> property, const PropertyCallbackInfo<Value>& info) {
  Sandbox* sandbox = SandboxOf(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = sandbox->context.Get(isolate);
  Local<Object> object = sandbox->object.Get(isolate);
  Local<Value> value;
  bool has = object->HasRealNamedProperty(context, property).FromMaybe(false) ||
             object->Has(context, property).FromMaybe(false);
  if (has && object->Get(context, property).ToLocal(&value)) info.GetReturnValue().Set(value);
}

void Setter(Local<Name> property, Local<Value> value, const PropertyCallbackInfo<Value>& info) {
  Sandbox* sandbox = SandboxOf(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = sandbox->context.Get(isolate);
  Local<Object> object = sandbox->object.Get(isolate);
  // Read-only globals of the new context stay read-only.
  v8::PropertyAttribute attributes = v8::None;
  if (context->Global()->GetRealNamedPropertyAttributes(context, property).To(&attributes) &&
      (attributes & v8::ReadOnly)) {
    return;
  }
  object->Set(context, property, value).FromMaybe(false);
}

void Query(Local<Name> property, const PropertyCallbackInfo<Integer>& info) {
  Sandbox* sandbox = SandboxOf(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = sandbox->context.Get(isolate);
  Local<Object> object = sandbox->object.Get(isolate);
  if (object->HasOwnProperty(context, property).FromMaybe(false)) {
    v8::PropertyAttribute attributes = v8::None;
    if (object->GetPropertyAttributes(context, property).To(&attributes)) {
      info.GetReturnValue().Set(static_cast<int32_t>(attributes));
    }
  }
}

void Deleter(Local<Name> property, const PropertyCallbackInfo<v8::Boolean>& info) {
  Sandbox* sandbox = SandboxOf(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = sandbox->context.Get(isolate);
  bool ok = sandbox->object.Get(isolate)->Delete(context, property).FromMaybe(false);
  if (!ok) info.GetReturnValue().Set(false);
}

void Enumerator(const PropertyCallbackInfo<v8::Array>& info) {
  Sandbox* sandbox = SandboxOf(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = sandbox->context.Get(isolate);
  Local<v8::Array> names;
  if (sandbox->object.Get(isolate)->GetOwnPropertyNames(context).ToLocal(&names)) info.GetReturnValue().Set(names);
}

void Definer(Local<Name> property, const v8::PropertyDescriptor& desc, const PropertyCallbackInfo<Value>& info) {
  Sandbox* sandbox = SandboxOf(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = sandbox->context.Get(isolate);
  Local<Object> object = sandbox->object.Get(isolate);
  if (desc.has_get() || desc.has_set()) {
    v8::PropertyDescriptor copy(desc.has_get() ? desc.get() : v8::Undefined(isolate).As<Value>(),
                                desc.has_set() ? desc.set() : v8::Undefined(isolate).As<Value>());
    if (desc.has_enumerable()) copy.set_enumerable(desc.enumerable());
    if (desc.has_configurable()) copy.set_configurable(desc.configurable());
    object->DefineProperty(context, property, copy).FromMaybe(false);
  } else {
    Local<Value> value = desc.has_value() ? desc.value() : v8::Undefined(isolate).As<Value>();
    if (desc.has_writable()) {
      v8::PropertyDescriptor copy(value, desc.writable());
      if (desc.has_enumerable()) copy.set_enumerable(desc.enumerable());
      if (desc.has_configurable()) copy.set_configurable(desc.configurable());
      object->DefineProperty(context, property, copy).FromMaybe(false);
    } else {
      v8::PropertyDescriptor copy(value);
      if (desc.has_enumerable()) copy.set_enumerable(desc.enumerable());
      if (desc.has_configurable()) copy.set_configurable(desc.configurable());
      object->DefineProperty(context, property, copy).FromMaybe(false);
    }
  }
}

void Descriptor(Local<Name> property, const PropertyCallbackInfo<Value>& info) {
  Sandbox* sandbox = SandboxOf(info);
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = sandbox->context.Get(isolate);
  Local<Object> object = sandbox->object.Get(isolate);
  if (object->HasOwnProperty(context, property).FromMaybe(false)) {
    Local<Value> desc;
    if (object->GetOwnPropertyDescriptor(context, property).ToLocal(&desc)) info.GetReturnValue().Set(desc);
  }
}

// makeContext(sandbox, name): contextifies sandbox.
void MakeContext(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  Isolate* isolate = env->isolate();
  Local<Object> object = args[0].As<Object>();
  Sandbox* sandbox = Registry(*env)->Add();
  sandbox->object.Reset(isolate, object);
  Local<ObjectTemplate> global = ObjectTemplate::New(isolate);
  v8::NamedPropertyHandlerConfiguration config(Getter, Setter, Query, Deleter, Enumerator, Definer, Descriptor,
                                               External::New(isolate, sandbox),
                                               v8::PropertyHandlerFlags::kHasNoSideEffect);
  global->SetHandler(config);
  Local<Context> context = Context::New(isolate, nullptr, global);
  if (context.IsEmpty()) return;
  context->SetSecurityToken(env->context()->GetSecurityToken());
  context->SetAlignedPointerInEmbedderData(kEnvironmentSlot, env);
  sandbox->context.Reset(isolate, context);
  object->SetPrivate(env->context(), SandboxKey(*env), External::New(isolate, sandbox)).Check();
}

Sandbox* FindSandbox(Environment& env, Local<Value> value) {
  if (!value->IsObject()) return nullptr;
  Local<Value> slot;
  if (!value.As<Object>()->GetPrivate(env.context(), SandboxKey(env)).ToLocal(&slot) || !slot->IsExternal()) {
    return nullptr;
  }
  return static_cast<Sandbox*>(slot.As<External>()->Value());
}

void IsContext(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(FindSandbox(*Environment::From(args.GetIsolate()), args[0]) != nullptr);
}

// compileScript(code, filename, lineOffset, columnOffset) -> an opaque script
// object (an UnboundScript kept by a holder object).
// As node's displayErrors: an error thrown from vm code gets where it was
// thrown (file:line, the source line, carets under it) put in front of its
// stack, once, however many vm calls it then passes through.
void DecorateErrorStack(Environment* env, const v8::TryCatch& try_catch) {
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<Value> exception = try_catch.Exception();
  if (exception.IsEmpty() || !exception->IsObject()) return;
  Local<Object> error = exception.As<Object>();
  Local<v8::Private> decorated = v8::Private::ForApi(isolate, OneByteString(isolate, "vigil:decorated"));
  if (error->HasPrivate(context, decorated).FromMaybe(true)) return;
  std::string arrow = GetErrorSource(isolate, context, try_catch.Message());
  Local<Value> stack;
  if (arrow.empty() || !error->Get(context, OneByteString(isolate, "stack")).ToLocal(&stack) || !stack->IsString()) {
    return;
  }
  Local<String> text = String::Concat(isolate, Utf8String(isolate, arrow + "\n"), stack.As<String>());
  if (error->Set(context, OneByteString(isolate, "stack"), text).FromMaybe(false)) {
    error->SetPrivate(context, decorated, v8::True(isolate)).Check();
  }
}

void CompileScript(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  int line = args[2]->Int32Value(context).FromMaybe(0);
  int column = args[3]->Int32Value(context).FromMaybe(0);
  v8::ScriptOrigin origin(isolate, args[1], line, column);
  ScriptCompiler::Source source(args[0].As<String>(), origin);
  Local<v8::UnboundScript> script;
  {
    // As node: a syntax error is the caller's to catch, so it never counts as
    // uncaught for --abort-on-uncaught-exception (the TryCatch here would
    // otherwise make V8 see it as caught only outside JavaScript).
    bool should_abort = env->should_abort_on_uncaught();
    env->set_should_abort_on_uncaught(false);
    v8::TryCatch try_catch(isolate);
    bool compiled_ok = ScriptCompiler::CompileUnboundScript(isolate, &source).ToLocal(&script);
    env->set_should_abort_on_uncaught(should_abort);
    if (!compiled_ok) {
      if (!try_catch.HasTerminated()) DecorateErrorStack(env, try_catch);
      try_catch.ReThrow();
      return;
    }
  }
  Local<ObjectTemplate> holder_template = ObjectTemplate::New(isolate);
  holder_template->SetInternalFieldCount(1);
  Local<Object> holder = holder_template->NewInstance(context).ToLocalChecked();
  CompiledScript* compiled = Registry(*env)->AddScript();
  compiled->script.Reset(isolate, script);
  compiled->holder.Reset(isolate, holder);
  compiled->holder.SetWeak(
      compiled,
      [](const v8::WeakCallbackInfo<CompiledScript>& info) {
        CompiledScript* self = info.GetParameter();
        self->registry->RemoveScript(self);
      },
      v8::WeakCallbackType::kParameter);
  holder->SetAlignedPointerInInternalField(0, compiled);
  // vm.Script#sourceMapURL: V8 keeps the script's `//# sourceMappingURL=`.
  Local<Value> map_url = script->GetSourceMappingURL();
  if (map_url->IsString()) holder->Set(context, OneByteString(isolate, "sourceMapURL"), map_url).Check();
  args.GetReturnValue().Set(holder);
}

// runScript(holder, sandboxOrNull) -> the completion value.
// Ends a script that runs past its timeout: a thread waits for the run to
// finish or for the time to pass, and then terminates execution in the
// isolate. The caller turns that termination into node's timeout error.
class Watchdog {
 public:
  Watchdog(Isolate* isolate, int64_t ms) : isolate_(isolate) {
    thread_ = std::thread([this, ms] {
      std::unique_lock<std::mutex> lock(mutex_);
      if (!done_cv_.wait_for(lock, std::chrono::milliseconds(ms), [this] { return done_; })) {
        timed_out_ = true;
        isolate_->TerminateExecution();
      }
    });
  }

  // Stops waiting; true when the timeout fired first.
  bool Stop() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
    }
    done_cv_.notify_one();
    thread_.join();
    return timed_out_;
  }

 private:
  Isolate* isolate_;
  std::mutex mutex_;
  std::condition_variable done_cv_;
  bool done_ = false;
  bool timed_out_ = false;
  std::thread thread_;
};

// runScript(script, sandboxOrNull, timeoutMs, timedOut): runs a compiled
// script; with a timeout above 0 a run that lasts longer is terminated and
// timedOut[0] is set, for the library to throw ERR_SCRIPT_EXECUTION_TIMEOUT.
void RunScript(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  Isolate* isolate = env->isolate();
  auto* compiled = static_cast<CompiledScript*>(args[0].As<Object>()->GetAlignedPointerFromInternalField(0));
  Local<v8::UnboundScript> unbound = compiled->script.Get(isolate);
  Local<Context> context = env->context();
  if (!args[1]->IsNullOrUndefined()) {
    Sandbox* sandbox = FindSandbox(*env, args[1]);
    if (sandbox == nullptr) {
      ThrowTypeError(isolate, "The \"contextifiedObject\" argument must be an vm.Context");
      return;
    }
    context = sandbox->context.Get(isolate);
  }
  Context::Scope scope(context);
  int64_t timeout = args[2]->IsNumber() ? static_cast<int64_t>(args[2].As<v8::Number>()->Value()) : 0;
  bool display_errors = !args[4]->IsFalse();
  v8::TryCatch try_catch(isolate);
  v8::MaybeLocal<Value> result;
  bool timed_out = false;
  if (timeout <= 0) {
    result = unbound->BindToCurrentContext()->Run(context);
  } else {
    Watchdog watchdog(isolate, timeout);
    result = unbound->BindToCurrentContext()->Run(context);
    timed_out = watchdog.Stop();
  }
  // An exception, or a termination that process.exit() asked for, goes on
  // to the caller.
  if (!timed_out || env->is_stopping()) {
    if (!result.IsEmpty()) {
      args.GetReturnValue().Set(result.ToLocalChecked());
    } else if (try_catch.HasCaught()) {
      if (display_errors && !try_catch.HasTerminated()) DecorateErrorStack(env, try_catch);
      try_catch.ReThrow();
    }
    return;
  }
  isolate->CancelTerminateExecution();
  if (result.IsEmpty() && args[3]->IsArray()) {
    args[3].As<v8::Array>()->Set(env->context(), 0, v8::True(isolate)).Check();
  } else if (!result.IsEmpty()) {
    args.GetReturnValue().Set(result.ToLocalChecked());
  }
}

// compileFunction(code, filename, params, sandboxOrNull, lineOffset, columnOffset)
void CompileFunctionIn(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  if (!args[3]->IsNullOrUndefined()) {
    Sandbox* sandbox = FindSandbox(*env, args[3]);
    if (sandbox != nullptr) context = sandbox->context.Get(isolate);
  }
  std::vector<Local<String>> params;
  if (args[2]->IsArray()) {
    Local<v8::Array> list = args[2].As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      params.push_back(list->Get(env->context(), i).ToLocalChecked().As<String>());
    }
  }
  v8::ScriptOrigin origin(isolate, args[1], args[4]->Int32Value(env->context()).FromMaybe(0),
                          args[5]->Int32Value(env->context()).FromMaybe(0));
  ScriptCompiler::Source source(args[0].As<String>(), origin);
  Local<v8::Function> fn;
  if (ScriptCompiler::CompileFunction(context, &source, params.size(), params.data(), 0, nullptr).ToLocal(&fn)) {
    args.GetReturnValue().Set(fn);
  }
}

}  // namespace

void Init_contextify_Binding(Environment& env, Local<Object> target) {
  Local<Context> context = env.context();
  SetMethod(context, target, "makeContext", MakeContext);
  SetMethod(context, target, "isContext", IsContext);
  SetMethod(context, target, "compileScript", CompileScript);
  SetMethod(context, target, "runScript", RunScript);
  SetMethod(context, target, "compileFunction", CompileFunctionIn);
}

}  // namespace vigil::runtime
