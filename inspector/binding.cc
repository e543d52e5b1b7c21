// internalBinding('inspector'): what runtime/lib/inspector.js builds the
// public `inspector` module on. Thin: argument checking lives in the JS side.
//
//   new Connection(onMessage)  an in-process session; onMessage(json) gets
//     .dispatch(json)          answers and notifications synchronously
//     .disconnect()
//   open(port, host) -> bool   start serving this environment's target
//   close()                    stop serving it
//   url() -> string|undefined  the WebSocket URL while serving
//   isEnabled() -> bool
//   waitForDebugger() -> bool  false when not serving
//   consoleFromVM              V8's console (reports to the inspector only)
#include <memory>

#include "binding_util.h"
#include "inspector/agent.h"

namespace vigil::inspector {

using runtime::OneByteString;
using runtime::ToStdString;
using runtime::Utf8String;
using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Value;

namespace {

Agent* AgentOf(const FunctionCallbackInfo<Value>& args) {
  runtime::Environment* env = runtime::Environment::From(args.GetIsolate()->GetCurrentContext());
  return env != nullptr ? Agent::From(*env) : nullptr;
}

// The session id lives in the Connection object's internal field; 0 means
// disconnected.
int SessionIdOf(const FunctionCallbackInfo<Value>& args) {
  if (!args.This()->IsObject() || args.This()->InternalFieldCount() < 1) return 0;
  Local<Value> id = args.This()->GetInternalField(0);
  return id->IsInt32() ? id.As<v8::Int32>()->Value() : 0;
}

void NewConnection(const FunctionCallbackInfo<Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Agent* agent = AgentOf(args);
  if (!args.IsConstructCall() || agent == nullptr || !args[0]->IsFunction()) {
    return runtime::ThrowTypeError(isolate, "Connection needs new and a callback");
  }
  auto callback = std::make_shared<v8::Global<v8::Function>>(isolate, args[0].As<v8::Function>());
  runtime::Environment* env = runtime::Environment::From(isolate->GetCurrentContext());
  int id = agent->ConnectLocal([env, callback](const std::string& message) {
    v8::Isolate* isolate = env->isolate();
    v8::HandleScope scope(isolate);
    Local<v8::Context> context = env->context();
    Local<Value> argv[] = {Utf8String(isolate, message)};
    v8::TryCatch try_catch(isolate);
    if (callback->Get(isolate)->Call(context, v8::Undefined(isolate), 1, argv).IsEmpty() &&
        try_catch.HasCaught() && !try_catch.HasTerminated()) {
      // V8 is in the middle of a protocol call: the error cannot unwind
      // through it, so it is reported like any uncaught exception.
      env->TriggerUncaughtException(try_catch.Exception(), try_catch.Message());
    }
  });
  args.This()->SetInternalField(0, v8::Integer::New(isolate, id));
}

void Dispatch(const FunctionCallbackInfo<Value>& args) {
  Agent* agent = AgentOf(args);
  int id = SessionIdOf(args);
  if (agent == nullptr || id == 0) return;
  agent->DispatchLocal(id, ToStdString(args.GetIsolate(), args[0]));
}

void Disconnect(const FunctionCallbackInfo<Value>& args) {
  Agent* agent = AgentOf(args);
  int id = SessionIdOf(args);
  if (agent == nullptr || id == 0) return;
  agent->DisconnectLocal(id);
  args.This()->SetInternalField(0, v8::Integer::New(args.GetIsolate(), 0));
}

void Open(const FunctionCallbackInfo<Value>& args) {
  Agent* agent = AgentOf(args);
  if (agent == nullptr) return;
  // Without arguments, --inspect-port (or node's 127.0.0.1:9229) applies.
  int port = args[0]->IsInt32() ? args[0].As<v8::Int32>()->Value() : agent->default_port();
  std::string host = args[1]->IsString() ? ToStdString(args.GetIsolate(), args[1]) : agent->default_host();
  args.GetReturnValue().Set(agent->Open(host, port));
}

void Close(const FunctionCallbackInfo<Value>& args) {
  if (Agent* agent = AgentOf(args)) agent->Close();
}

void Url(const FunctionCallbackInfo<Value>& args) {
  Agent* agent = AgentOf(args);
  if (agent == nullptr || !agent->IsListening()) return;
  args.GetReturnValue().Set(Utf8String(args.GetIsolate(), agent->Url()));
}

void IsEnabled(const FunctionCallbackInfo<Value>& args) {
  Agent* agent = AgentOf(args);
  args.GetReturnValue().Set(agent != nullptr && agent->IsListening());
}

void WaitForDebugger(const FunctionCallbackInfo<Value>& args) {
  Agent* agent = AgentOf(args);
  if (agent == nullptr || !agent->IsListening()) return args.GetReturnValue().Set(false);
  agent->WaitForDebugger();
  args.GetReturnValue().Set(true);
}

}  // namespace

void InitializeInspectorBinding(runtime::Environment& env, Local<v8::Object> target) {
  v8::Isolate* isolate = env.isolate();
  Local<v8::Context> context = env.context();
  Local<v8::FunctionTemplate> connection = v8::FunctionTemplate::New(isolate, NewConnection);
  connection->SetClassName(OneByteString(isolate, "Connection"));
  connection->InstanceTemplate()->SetInternalFieldCount(1);
  Local<v8::ObjectTemplate> proto = connection->PrototypeTemplate();
  proto->Set(isolate, "dispatch", v8::FunctionTemplate::New(isolate, Dispatch));
  proto->Set(isolate, "disconnect", v8::FunctionTemplate::New(isolate, Disconnect));
  runtime::SetValue(context, target, "Connection", connection->GetFunction(context).ToLocalChecked());
  runtime::SetMethod(context, target, "open", Open);
  runtime::SetMethod(context, target, "close", Close);
  runtime::SetMethod(context, target, "url", Url);
  runtime::SetMethod(context, target, "isEnabled", IsEnabled);
  runtime::SetMethod(context, target, "waitForDebugger", WaitForDebugger);
  // inspector.console: V8's own console, which the bootstrap kept aside.
  Local<v8::Function> console_from_vm = env.js_function("consoleFromVM");
  Local<Value> console;
  if (!console_from_vm.IsEmpty() &&
      console_from_vm->Call(context, v8::Undefined(isolate), 0, nullptr).ToLocal(&console)) {
    runtime::SetValue(context, target, "consoleFromVM", console);
  }
}

}  // namespace vigil::inspector
