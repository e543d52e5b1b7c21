#include "errors.h"

#include <uv.h>

#include <string>

#include "binding_util.h"

namespace vigil::runtime {

using v8::Context;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Message;
using v8::Object;
using v8::String;
using v8::Value;

Local<Value> UVException(Isolate* isolate, int err, const char* syscall, const char* path,
                         const char* dest, const char* message) {
  Local<Context> context = isolate->GetCurrentContext();
  const char* code = uv_err_name(err);
  std::string text = std::string(code) + ": " + (message ? message : uv_strerror(err)) + ", " + syscall;
  if (path) text += std::string(" '") + path + "'";
  if (dest) text += std::string(" -> '") + dest + "'";
  Local<Object> e = v8::Exception::Error(Utf8String(isolate, text)).As<Object>();
  e->Set(context, OneByteString(isolate, "errno"), Integer::New(isolate, err)).Check();
  e->Set(context, OneByteString(isolate, "code"), OneByteString(isolate, code)).Check();
  e->Set(context, OneByteString(isolate, "syscall"), OneByteString(isolate, syscall)).Check();
  if (path) e->Set(context, OneByteString(isolate, "path"), Utf8String(isolate, path)).Check();
  if (dest) e->Set(context, OneByteString(isolate, "dest"), Utf8String(isolate, dest)).Check();
  return e;
}

std::string GetErrorSource(Isolate* isolate, Local<Context> context, Local<Message> message) {
  if (message.IsEmpty()) return "";
  std::string filename = ToStdString(isolate, message->GetScriptResourceName());
  int line = message->GetLineNumber(context).FromMaybe(0);
  Local<String> source_line;
  if (filename.empty() || line <= 0 || !message->GetSourceLine(context).ToLocal(&source_line)) return "";
  std::string source = ToStdString(isolate, source_line);
  // Like node, a binary file's line stops at its first NUL byte.
  size_t nul = source.find('\0');
  if (nul != std::string::npos) source.resize(nul);
  int start = message->GetStartColumn(context).FromMaybe(0);
  int end = message->GetEndColumn(context).FromMaybe(start + 1);
  // Keep tabs so the carets line up under the source as printed.
  std::string underline;
  for (int i = 0; i < start && i < static_cast<int>(source.size()); i++) {
    underline += source[i] == '\t' ? '\t' : ' ';
  }
  for (int i = start; i < end || i == start; i++) underline += '^';
  return filename + ":" + std::to_string(line) + "\n" + source + "\n" + underline + "\n";
}

namespace {

// internalBinding('errors'): the stack formatter of source maps. V8 calls
// one callback per isolate to format `error.stack`; it is installed only
// while source maps are on (process.setSourceMapsEnabled, or
// --enable-source-maps), so that every other error keeps V8's own, faster
// formatting.
struct ErrorsState : BindingData {
  explicit ErrorsState(Environment&) {}
  v8::Global<v8::Function> prepare_stack_trace;
};

v8::MaybeLocal<Value> PrepareStackTrace(Local<Context> context, Local<Value> error, Local<v8::Array> trace) {
  Isolate* isolate = context->GetIsolate();
  Environment* env = Environment::From(context);
  if (env == nullptr) env = Environment::From(isolate);
  ErrorsState* state = env != nullptr ? env->binding_data<ErrorsState>("errors") : nullptr;
  if (state == nullptr || state->prepare_stack_trace.IsEmpty()) return error->ToString(context).FromMaybe(Local<String>());
  Local<Value> argv[] = {context->Global(), error, trace};
  return state->prepare_stack_trace.Get(isolate)->Call(context, v8::Undefined(isolate), 3, argv);
}

// setPrepareStackTraceCallback(fn | null)
void SetPrepareStackTraceCallback(const v8::FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  ErrorsState* state = env->binding_data<ErrorsState>("errors");
  if (args[0]->IsFunction()) {
    state->prepare_stack_trace.Reset(isolate, args[0].As<v8::Function>());
    isolate->SetPrepareStackTraceCallback(PrepareStackTrace);
  } else {
    state->prepare_stack_trace.Reset();
    isolate->SetPrepareStackTraceCallback(nullptr);
  }
}

}  // namespace

void Init_errors_Binding(Environment& env, Local<Object> target) {
  SetMethod(env.context(), target, "setPrepareStackTraceCallback", SetPrepareStackTraceCallback);
}

}  // namespace vigil::runtime
