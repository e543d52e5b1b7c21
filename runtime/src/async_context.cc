// The async context frame behind AsyncLocalStorage: one value per context
// that V8 stores on every promise reaction when it is created and restores
// while the reaction runs (Context::SetContinuationPreservedEmbedderData),
// so `await` and `.then` keep it by themselves. Everything else that calls
// back later (timers, ticks, libuv handles) keeps it in JavaScript or in
// Environment::MakeCallback (see internal/async_context.js).
#include "binding_util.h"
#include "bindings.h"

namespace vigil::runtime {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

// V8 10.2 keeps the frame per context, and a promise reaction takes it from
// the context it is made in. A vm context's code that awaits must therefore
// find the frame in its own context: the frame is read from the context
// whose code is running (entered, or the microtask's), and written to that
// one and to the context of the library function doing the writing.
Local<Context> RunningContext(v8::Isolate* isolate) {
  Local<Context> context = isolate->GetEnteredOrMicrotaskContext();
  return context.IsEmpty() ? isolate->GetCurrentContext() : context;
}

void GetFrame(const FunctionCallbackInfo<Value>& args) {
  Local<Value> frame = RunningContext(args.GetIsolate())->GetContinuationPreservedEmbedderData();
  if (!frame.IsEmpty()) args.GetReturnValue().Set(frame);
}

void SetFrame(const FunctionCallbackInfo<Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  Local<Context> current = isolate->GetCurrentContext();
  Local<Context> running = RunningContext(isolate);
  current->SetContinuationPreservedEmbedderData(args[0]);
  if (running != current) running->SetContinuationPreservedEmbedderData(args[0]);
}

// From now on native callbacks run in the frame their handle was made in.
void TrackHandles(const FunctionCallbackInfo<Value>& args) { Environment::From(args.GetIsolate())->TrackAsyncFrames(); }

}  // namespace

void Init_async_context_Binding(Environment& env, Local<Object> target) {
  Local<Context> context = env.context();
  SetMethod(context, target, "getFrame", GetFrame);
  SetMethod(context, target, "setFrame", SetFrame);
  SetMethod(context, target, "trackHandles", TrackHandles);
}

}  // namespace vigil::runtime
