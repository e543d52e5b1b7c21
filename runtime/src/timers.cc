// internalBinding('timers'): one uv_timer per environment for every JS timer
// (the lists live in runtime/lib/internal/timers.js), and the check/idle pair
// that runs setImmediate callbacks in the check phase, as node does.
#include <uv.h>

#include <cmath>
#include <cstring>

#include "binding_util.h"
#include "bindings.h"

namespace vigil::runtime {

using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Number;
using v8::Object;
using v8::Value;

namespace {

// Calls a queue-processing function; when a callback in the queue throws, the
// exception is reported ('uncaughtException') and the queue goes on from
// where it stopped, as node does for timers and immediates.
v8::MaybeLocal<Value> CallUntilDone(Environment& env, Local<Function> fn, int argc, Local<Value>* argv) {
  v8::MaybeLocal<Value> ret;
  while (!env.is_stopping()) {
    v8::TryCatch try_catch(env.isolate());
    ret = fn->Call(env.context(), env.process_object(), argc, argv);
    if (!ret.IsEmpty()) break;
    if (try_catch.HasTerminated() || env.is_stopping()) return {};
    env.TriggerUncaughtException(try_catch.Exception(), try_catch.Message());
  }
  if (env.is_stopping()) return {};
  env.TickAfterCallback();
  if (env.is_stopping()) return {};
  return ret;
}

class TimerState : public BindingData {
 public:
  explicit TimerState(Environment& env) : env_(env) {
    uv_timer_init(env.loop(), &timer_);
    timer_.data = this;
    uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
    uv_check_init(env.loop(), &check_);
    check_.data = this;
    uv_unref(reinterpret_cast<uv_handle_t*>(&check_));
    uv_idle_init(env.loop(), &idle_);
    idle_.data = this;
    immediate_info_ = v8::ArrayBuffer::NewBackingStore(env.isolate(), sizeof(uint32_t) * 3);
    std::memset(immediate_info_->Data(), 0, sizeof(uint32_t) * 3);
  }
  void Close() override {
    uv_close(reinterpret_cast<uv_handle_t*>(&timer_), nullptr);
    uv_close(reinterpret_cast<uv_handle_t*>(&check_), nullptr);
    uv_close(reinterpret_cast<uv_handle_t*>(&idle_), nullptr);
    process_timers_.Reset();
    process_immediate_.Reset();
  }

  // [count, refCount, hasOutstanding] shared with JS.
  uint32_t* immediate_info() { return static_cast<uint32_t*>(immediate_info_->Data()); }

  static void OnTimer(uv_timer_t* handle) {
    auto* self = static_cast<TimerState*>(handle->data);
    Environment& env = self->env_;
    v8::HandleScope scope(env.isolate());
    Context::Scope context_scope(env.context());
    if (self->process_timers_.IsEmpty()) return;
    Local<Value> argv[] = {Number::New(env.isolate(), static_cast<double>(uv_now(env.loop())))};
    Local<Value> ret;
    // processTimers drains nextTicks and microtasks between timers itself.
    if (!CallUntilDone(env, self->process_timers_.Get(env.isolate()), 1, argv).ToLocal(&ret)) return;
    double next = ret->NumberValue(env.context()).FromMaybe(0);
    if (next == 0) return;
    double now = static_cast<double>(uv_now(env.loop()));
    double abs = next < 0 ? -next : next;
    // Never arm for 0 ms from inside the timer callback: libuv would run this
    // handle again in the same pass without updating its clock, forever.
    // Fractional expiries (setTimeout(f, 1.1)) round up for the same reason.
    double delay = std::ceil(abs - now);
    self->Schedule(delay >= 1 ? static_cast<uint64_t>(delay) : 1);
    if (next > 0) {
      uv_ref(reinterpret_cast<uv_handle_t*>(&self->timer_));
    } else {
      uv_unref(reinterpret_cast<uv_handle_t*>(&self->timer_));
    }
  }

  static void OnCheck(uv_check_t* handle) {
    auto* self = static_cast<TimerState*>(handle->data);
    Environment& env = self->env_;
    uint32_t* info = self->immediate_info();
    if (info[0] == 0 && info[2] == 0) return;
    v8::HandleScope scope(env.isolate());
    Context::Scope context_scope(env.context());
    if (self->process_immediate_.IsEmpty()) return;
    if (CallUntilDone(env, self->process_immediate_.Get(env.isolate()), 0, nullptr).IsEmpty()) return;
    if (info[1] == 0) uv_idle_stop(&self->idle_);
  }

  void Schedule(uint64_t ms) { uv_timer_start(&timer_, OnTimer, ms, 0); }

  Environment& env_;
  uv_timer_t timer_;
  uv_check_t check_;
  uv_idle_t idle_;
  std::shared_ptr<v8::BackingStore> immediate_info_;
  v8::Global<Function> process_timers_;
  v8::Global<Function> process_immediate_;
};

TimerState* State(const FunctionCallbackInfo<Value>& args) {
  return Environment::From(args.GetIsolate())->binding_data<TimerState>("timers");
}

void Setup(const FunctionCallbackInfo<Value>& args) {
  TimerState* state = State(args);
  state->process_immediate_.Reset(args.GetIsolate(), args[0].As<Function>());
  state->process_timers_.Reset(args.GetIsolate(), args[1].As<Function>());
  uv_check_start(&state->check_, TimerState::OnCheck);
}

void ScheduleTimer(const FunctionCallbackInfo<Value>& args) {
  double ms = args[0]->NumberValue(args.GetIsolate()->GetCurrentContext()).FromMaybe(1);
  State(args)->Schedule(ms < 1 ? 1 : static_cast<uint64_t>(ms));
}

void ToggleTimerRef(const FunctionCallbackInfo<Value>& args) {
  auto* handle = reinterpret_cast<uv_handle_t*>(&State(args)->timer_);
  if (args[0]->IsTrue()) {
    uv_ref(handle);
  } else {
    uv_unref(handle);
  }
}

void ToggleImmediateRef(const FunctionCallbackInfo<Value>& args) {
  TimerState* state = State(args);
  // A running idle handle keeps the loop alive and the poll phase from
  // blocking while ref'd immediates are queued.
  if (args[0]->IsTrue()) {
    uv_idle_start(&state->idle_, [](uv_idle_t*) {});
  } else {
    uv_idle_stop(&state->idle_);
  }
}

void GetLibuvNow(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  // The loop's cached time can be far behind (a long start-up, a busy
  // callback); a timer started from it would fire early. node refreshes it.
  uv_update_time(env->loop());
  args.GetReturnValue().Set(static_cast<double>(uv_now(env->loop())));
}

}  // namespace

void Init_timers_Binding(Environment& env, Local<Object> target) {
  Local<Context> context = env.context();
  SetMethod(context, target, "setupTimers", Setup);
  SetMethod(context, target, "scheduleTimer", ScheduleTimer);
  SetMethod(context, target, "toggleTimerRef", ToggleTimerRef);
  SetMethod(context, target, "toggleImmediateRef", ToggleImmediateRef);
  SetMethod(context, target, "getLibuvNow", GetLibuvNow);
  TimerState* state = env.binding_data<TimerState>("timers");
  Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(env.isolate(), state->immediate_info_);
  SetValue(context, target, "immediateInfo", v8::Uint32Array::New(buffer, 0, 3));
}

}  // namespace vigil::runtime
