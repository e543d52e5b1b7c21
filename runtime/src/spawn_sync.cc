// internalBinding('spawn_sync'): child_process.spawnSync. The child runs on
// a private uv loop, so the Environment's own loop and timers do not move
// while the caller waits, exactly as node behaves.
#include <uv.h>

#include <csignal>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "binding_util.h"
#include "bindings.h"
#include "spawn_options.h"

namespace vigil::runtime {

using v8::Array;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

struct SyncRunner;

struct SyncPipe {
  SyncRunner* runner = nullptr;
  uv_pipe_t pipe;
  bool readable = false;  // the child writes, we read
  bool writable = false;  // we write the input, the child reads
  std::string input;
  std::string output;
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
  bool closed = false;
};

struct SyncRunner {
  uv_loop_t loop;
  uv_process_t process;
  uv_timer_t timer;
  std::vector<std::unique_ptr<SyncPipe>> pipes;  // index = stdio slot, null if not a pipe
  int64_t exit_status = -1;
  int term_signal = 0;
  bool exited = false;
  int kill_signal = SIGTERM;
  double max_buffer = 0;
  size_t total_output = 0;
  int error = 0;  // a libuv error: spawn failure, ETIMEDOUT or ENOBUFS

  void Kill() {
    if (!exited && uv_is_active(reinterpret_cast<uv_handle_t*>(&process))) uv_process_kill(&process, kill_signal);
  }
  void ClosePipe(SyncPipe* p) {
    if (p->closed) return;
    p->closed = true;
    uv_close(reinterpret_cast<uv_handle_t*>(&p->pipe), nullptr);
  }
};

void OnAlloc(uv_handle_t*, size_t suggested, uv_buf_t* buf) {
  buf->base = new char[suggested];
  buf->len = suggested;
}

void OnRead(uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
  auto* p = static_cast<SyncPipe*>(stream->data);
  SyncRunner* runner = p->runner;
  if (nread > 0) {
    p->output.append(buf->base, static_cast<size_t>(nread));
    runner->total_output += static_cast<size_t>(nread);
    if (runner->max_buffer > 0 && static_cast<double>(p->output.size()) > runner->max_buffer) {
      runner->error = UV_ENOBUFS;
      runner->Kill();
    }
  } else if (nread < 0) {
    runner->ClosePipe(p);
  }
  delete[] buf->base;
}

void OnExit(uv_process_t* process, int64_t exit_status, int term_signal) {
  auto* runner = static_cast<SyncRunner*>(process->data);
  runner->exited = true;
  runner->exit_status = exit_status;
  runner->term_signal = term_signal;
  uv_close(reinterpret_cast<uv_handle_t*>(process), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&runner->timer), nullptr);
}

void Spawn(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<Object> js = args[0].As<Object>();
  SpawnOptions spawn;
  if (!spawn.Parse(isolate, context, js)) {
    ThrowTypeError(isolate, "spawnSync: file must be a non-empty string");
    return;
  }
  SyncRunner runner;
  uv_loop_init(&runner.loop);
  auto get = [&](const char* key) { return js->Get(context, OneByteString(isolate, key)).ToLocalChecked(); };
  Local<Value> kill_signal = get("killSignal");
  if (kill_signal->IsInt32()) runner.kill_signal = kill_signal.As<v8::Int32>()->Value();
  Local<Value> max_buffer = get("maxBuffer");
  if (max_buffer->IsNumber()) runner.max_buffer = max_buffer.As<v8::Number>()->Value();
  double timeout = 0;
  Local<Value> timeout_value = get("timeout");
  if (timeout_value->IsNumber()) timeout = timeout_value.As<v8::Number>()->Value();

  Local<Array> stdio = get("stdio").As<Array>();
  for (size_t i = 0; i < spawn.stdio.size(); i++) {
    runner.pipes.emplace_back();
    if (spawn.stdio_types[i] != "pipe") continue;
    auto p = std::make_unique<SyncPipe>();
    p->runner = &runner;
    Local<Object> item = stdio->Get(context, static_cast<uint32_t>(i)).ToLocalChecked().As<Object>();
    p->readable = item->Get(context, OneByteString(isolate, "readable")).ToLocalChecked()->IsTrue();
    p->writable = item->Get(context, OneByteString(isolate, "writable")).ToLocalChecked()->IsTrue();
    Local<Value> input = item->Get(context, OneByteString(isolate, "input")).ToLocalChecked();
    if (input->IsArrayBufferView()) {
      auto view = input.As<v8::ArrayBufferView>();
      p->input.resize(view->ByteLength());
      view->CopyContents(p->input.data(), p->input.size());
    }
    uv_pipe_init(&runner.loop, &p->pipe, 0);
    p->pipe.data = p.get();
    // From the child's side: it reads stdin (WRITABLE for us means it reads).
    spawn.stdio[i].flags = static_cast<uv_stdio_flags>(
        UV_CREATE_PIPE | (p->writable ? UV_READABLE_PIPE : 0) | (p->readable ? UV_WRITABLE_PIPE : 0));
    spawn.stdio[i].data.stream = reinterpret_cast<uv_stream_t*>(&p->pipe);
    runner.pipes.back() = std::move(p);
  }
  spawn.Finish();
  spawn.options.exit_cb = OnExit;
  runner.process.data = &runner;
  uv_timer_init(&runner.loop, &runner.timer);
  runner.timer.data = &runner;

  int err = uv_spawn(&runner.loop, &runner.process, &spawn.options);
  Local<Object> result = Object::New(isolate);
  if (err != 0) {
    runner.error = err;
    uv_close(reinterpret_cast<uv_handle_t*>(&runner.process), nullptr);
    uv_close(reinterpret_cast<uv_handle_t*>(&runner.timer), nullptr);
    for (auto& p : runner.pipes) {
      if (p) runner.ClosePipe(p.get());
    }
  } else {
    if (timeout > 0) {
      uv_timer_start(
          &runner.timer,
          [](uv_timer_t* timer) {
            auto* r = static_cast<SyncRunner*>(timer->data);
            r->error = UV_ETIMEDOUT;
            r->Kill();
          },
          static_cast<uint64_t>(timeout), 0);
    }
    for (auto& p : runner.pipes) {
      if (!p) continue;
      if (p->readable) uv_read_start(reinterpret_cast<uv_stream_t*>(&p->pipe), OnAlloc, OnRead);
      if (p->writable) {
        uv_buf_t buf = uv_buf_init(p->input.data(), static_cast<unsigned>(p->input.size()));
        p->write_req.data = p.get();
        auto shutdown = [](uv_write_t* req, int) {
          auto* pipe = static_cast<SyncPipe*>(req->data);
          pipe->shutdown_req.data = pipe;
          if (uv_shutdown(&pipe->shutdown_req, reinterpret_cast<uv_stream_t*>(&pipe->pipe),
                          [](uv_shutdown_t* s, int) {
                            auto* q = static_cast<SyncPipe*>(s->data);
                            if (!q->readable) q->runner->ClosePipe(q);
                          }) != 0 &&
              !pipe->readable) {
            pipe->runner->ClosePipe(pipe);
          }
        };
        if (p->input.empty()) {
          shutdown(&p->write_req, 0);
        } else {
          uv_write(&p->write_req, reinterpret_cast<uv_stream_t*>(&p->pipe), &buf, 1, shutdown);
        }
      }
      if (!p->readable && !p->writable) runner.ClosePipe(p.get());
    }
    uv_run(&runner.loop, UV_RUN_DEFAULT);
    SetValue(context, result, "pid", Integer::New(isolate, runner.process.pid));
  }
  uv_run(&runner.loop, UV_RUN_DEFAULT);
  uv_loop_close(&runner.loop);

  if (runner.error != 0) SetValue(context, result, "error", Integer::New(isolate, runner.error));
  if (runner.exited) {
    if (runner.term_signal > 0) {
      SetValue(context, result, "signal", Integer::New(isolate, runner.term_signal));
    } else {
      SetValue(context, result, "status", v8::Number::New(isolate, static_cast<double>(runner.exit_status)));
    }
  }
  std::vector<Local<Value>> output;
  for (auto& p : runner.pipes) {
    if (!p || !p->readable) {
      output.push_back(v8::Null(isolate));
      continue;
    }
    auto store = v8::ArrayBuffer::NewBackingStore(isolate, p->output.size());
    if (!p->output.empty()) std::memcpy(store->Data(), p->output.data(), p->output.size());
    Local<v8::ArrayBuffer> ab = v8::ArrayBuffer::New(isolate, std::move(store));
    output.push_back(v8::Uint8Array::New(ab, 0, p->output.size()));
  }
  SetValue(context, result, "output", Array::New(isolate, output.data(), output.size()));
  args.GetReturnValue().Set(result);
}

}  // namespace

void Init_spawn_sync_Binding(Environment& env, Local<Object> target) {
  SetMethod(env.context(), target, "spawn", Spawn);
}

}  // namespace vigil::runtime
