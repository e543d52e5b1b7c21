// internalBinding('process'): what `process` needs from the host. Everything
// here reads or changes the Environment, not the OS process, unless the
// environment owns the process (the plain `vigil app.js` case).
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include "binding_util.h"
#include "bindings.h"
#include "errors.h"
#include "handle_wrap.h"

namespace vigil::runtime {

using v8::Array;
using v8::BigInt;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::HeapStatistics;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Number;
using v8::Object;
using v8::String;
using v8::Value;

namespace {

Environment& Env(const FunctionCallbackInfo<Value>& args) { return *Environment::From(args.GetIsolate()); }

void Cwd(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(Utf8String(args.GetIsolate(), Env(args).cwd()));
}

// chdir(absolutePath): the library resolves the path and formats node's error.
void Chdir(const FunctionCallbackInfo<Value>& args) {
  Environment& env = Env(args);
  std::string dir = ToStdString(env.isolate(), args[0]);
  struct stat st;
  int err = ::stat(dir.c_str(), &st) != 0 ? -errno : (S_ISDIR(st.st_mode) ? 0 : UV_ENOTDIR);
  if (err == 0 && env.options().owns_process && ::chdir(dir.c_str()) != 0) err = -errno;
  if (err != 0) {
    args.GetReturnValue().Set(err);
    return;
  }
  env.cwd() = dir;
  args.GetReturnValue().Set(0);
}

void GetEnvPairs(const FunctionCallbackInfo<Value>& args) {
  Environment& env = Env(args);
  Local<Context> context = env.context();
  Local<Object> result = Object::New(env.isolate());
  for (const auto& [key, value] : env.options().env) {
    result->Set(context, Utf8String(env.isolate(), key), Utf8String(env.isolate(), value)).Check();
  }
  args.GetReturnValue().Set(result);
}

void Hrtime(const FunctionCallbackInfo<Value>& args) {
  uint64_t t = uv_hrtime();
  Local<Value> parts[] = {Number::New(args.GetIsolate(), static_cast<double>(t / 1000000000)),
                          Number::New(args.GetIsolate(), static_cast<double>(t % 1000000000))};
  args.GetReturnValue().Set(Array::New(args.GetIsolate(), parts, 2));
}

void HrtimeBigInt(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(BigInt::NewFromUnsigned(args.GetIsolate(), uv_hrtime()));
}

void MemoryUsage(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  HeapStatistics stats;
  isolate->GetHeapStatistics(&stats);
  Local<Value> values[] = {Number::New(isolate, static_cast<double>(rss)),
                           Number::New(isolate, static_cast<double>(stats.total_heap_size())),
                           Number::New(isolate, static_cast<double>(stats.used_heap_size())),
                           Number::New(isolate, static_cast<double>(stats.external_memory())),
                           Number::New(isolate, 0)};
  args.GetReturnValue().Set(Array::New(isolate, values, 5));
}

void Rss(const FunctionCallbackInfo<Value>& args) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  args.GetReturnValue().Set(Number::New(args.GetIsolate(), static_cast<double>(rss)));
}

void CpuUsage(const FunctionCallbackInfo<Value>& args) {
  uv_rusage_t ru;
  if (uv_getrusage(&ru) != 0) return;
  Local<Value> values[] = {
      Number::New(args.GetIsolate(), ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec),
      Number::New(args.GetIsolate(), ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec)};
  args.GetReturnValue().Set(Array::New(args.GetIsolate(), values, 2));
}

void ReallyExit(const FunctionCallbackInfo<Value>& args) {
  Env(args).Exit(args[0]->Int32Value(Env(args).context()).FromMaybe(0));
}

void WriteStdio(const FunctionCallbackInfo<Value>& args) {
  Environment& env = Env(args);
  int fd = args[0]->Int32Value(env.context()).FromMaybe(1);
  if (args[1]->IsString()) {
    String::Utf8Value text(env.isolate(), args[1]);
    env.WriteStdio(fd, *text, text.length());
  } else if (args[1]->IsArrayBufferView()) {
    auto view = args[1].As<v8::ArrayBufferView>();
    const char* base = static_cast<const char*>(view->Buffer()->Data());
    env.WriteStdio(fd, base + view->ByteOffset(), view->ByteLength());
  }
}

void GuessHandleType(const FunctionCallbackInfo<Value>& args) {
  int fd = args[0]->Int32Value(Env(args).context()).FromMaybe(-1);
  const char* type = "UNKNOWN";
  switch (fd < 0 ? UV_UNKNOWN_HANDLE : uv_guess_handle(fd)) {
    case UV_TTY: type = "TTY"; break;
    case UV_FILE: type = "FILE"; break;
    case UV_NAMED_PIPE: type = "PIPE"; break;
    case UV_TCP: type = "TCP"; break;
    case UV_UDP: type = "UDP"; break;
    default: break;
  }
  args.GetReturnValue().Set(OneByteString(args.GetIsolate(), type));
}

void GetWindowSize(const FunctionCallbackInfo<Value>& args) {
  int fd = args[0]->Int32Value(Env(args).context()).FromMaybe(-1);
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return;
  Local<Value> values[] = {Integer::New(args.GetIsolate(), ws.ws_col), Integer::New(args.GetIsolate(), ws.ws_row)};
  args.GetReturnValue().Set(Array::New(args.GetIsolate(), values, 2));
}

void Kill(const FunctionCallbackInfo<Value>& args) {
  Local<Context> context = Env(args).context();
  int pid = args[0]->Int32Value(context).FromMaybe(0);
  int sig = args[1]->Int32Value(context).FromMaybe(SIGTERM);
  args.GetReturnValue().Set(uv_kill(pid, sig));
}

void Umask(const FunctionCallbackInfo<Value>& args) {
  mode_t old;
  if (args[0]->IsUint32()) {
    old = umask(static_cast<mode_t>(args[0].As<v8::Uint32>()->Value()));
  } else {
    old = umask(0);
    umask(old);
  }
  args.GetReturnValue().Set(static_cast<uint32_t>(old));
}

void Ids(const FunctionCallbackInfo<Value>& args) {
  Local<Value> values[] = {Integer::New(args.GetIsolate(), getuid()), Integer::New(args.GetIsolate(), geteuid()),
                           Integer::New(args.GetIsolate(), getgid()), Integer::New(args.GetIsolate(), getegid())};
  args.GetReturnValue().Set(Array::New(args.GetIsolate(), values, 4));
}

// Reports an exception that reached the top of a callback or a promise.
void TriggerUncaught(const FunctionCallbackInfo<Value>& args) {
  Environment& env = Env(args);
  Local<v8::Message> message = v8::Exception::CreateMessage(env.isolate(), args[0]);
  env.TriggerUncaughtException(args[0], message, args[1]->IsTrue());
}

// The source arrow for an error, as node prints it above the stack.
void ErrorSource(const FunctionCallbackInfo<Value>& args) {
  Environment& env = Env(args);
  Local<v8::Message> message = v8::Exception::CreateMessage(env.isolate(), args[0]);
  args.GetReturnValue().Set(Utf8String(env.isolate(), GetErrorSource(env.isolate(), env.context(), message)));
}

// reportFatalException(err): the hooks hear of an exception that is about
// to end the program, before it is printed.
void ReportFatalException(const FunctionCallbackInfo<Value>& args) {
  Environment& env = Env(args);
  for (EnvironmentHooks* hooks : env.hooks()) hooks->OnFatalException(env, args[0]);
}

// callMain(fn, thisArg, ...args): the hooks run right before the main
// module's own code, so a debugger's first pause lands on its first line.
void CallMain(const FunctionCallbackInfo<Value>& args) {
  Environment& env = Env(args);
  for (EnvironmentHooks* hooks : env.hooks()) hooks->OnBeforeMainModule(env);
  if (env.is_stopping()) return;
  std::vector<Local<Value>> argv;
  for (int i = 2; i < args.Length(); i++) argv.push_back(args[i]);
  Local<Value> result;
  if (args[0].As<v8::Function>()
          ->Call(env.context(), args[1], static_cast<int>(argv.size()), argv.data())
          .ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

void EnqueueMicrotask(const FunctionCallbackInfo<Value>& args) {
  if (args[0]->IsFunction()) args.GetIsolate()->EnqueueMicrotask(args[0].As<v8::Function>());
}

void RunMicrotasks(const FunctionCallbackInfo<Value>& args) { args.GetIsolate()->PerformMicrotaskCheckpoint(); }

// The live, ref'd native handles, named as node names their wraps.
void ActiveHandles(const FunctionCallbackInfo<Value>& args) {
  Environment& env = Env(args);
  std::vector<Local<Value>> names;
  for (HandleWrap* wrap : env.handles()) {
    uv_handle_t* handle = wrap->handle();
    if (wrap->closing() || !uv_is_active(handle) || !uv_has_ref(handle)) continue;
    const char* name = "HandleWrap";
    switch (handle->type) {
      case UV_TCP: name = "TCPSocketWrap"; break;
      case UV_NAMED_PIPE: name = "PipeWrap"; break;
      case UV_TTY: name = "TTYWrap"; break;
      case UV_PROCESS: name = "ProcessWrap"; break;
      case UV_SIGNAL: name = "SignalWrap"; break;
      case UV_FS_EVENT: name = "FSEventWrap"; break;
      case UV_FS_POLL: name = "StatWatcher"; break;
      case UV_UDP: name = "UDPWrap"; break;
      default: break;
    }
    names.push_back(OneByteString(env.isolate(), name));
  }
  args.GetReturnValue().Set(Array::New(env.isolate(), names.data(), names.size()));
}

void SetShouldAbortOnUncaught(const FunctionCallbackInfo<Value>& args) {
  Env(args).set_should_abort_on_uncaught(args[0]->IsTrue());
}

void ConstrainedMemory(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(Number::New(args.GetIsolate(), static_cast<double>(uv_get_constrained_memory())));
}

void Info(const FunctionCallbackInfo<Value>& args) {
  Environment& env = Env(args);
  Isolate* isolate = env.isolate();
  Local<Context> context = env.context();
  const EnvironmentOptions& options = env.options();
  Local<Object> info = Object::New(isolate);
  auto strings = [&](const std::vector<std::string>& list) {
    std::vector<Local<Value>> values;
    for (const auto& s : list) values.push_back(Utf8String(isolate, s));
    return Array::New(isolate, values.data(), values.size());
  };
  SetValue(context, info, "execPath", Utf8String(isolate, options.exec_path));
  SetValue(context, info, "argv0", Utf8String(isolate, options.argv0));
  SetValue(context, info, "script", Utf8String(isolate, options.script));
  SetValue(context, info, "args", strings(options.args));
  SetValue(context, info, "execArgv", strings(options.exec_argv));
  SetValue(context, info, "evalSource", Utf8String(isolate, options.eval_source));
  SetValue(context, info, "evalName", Utf8String(isolate, options.eval_name));
  const char* mode = options.mode == EnvironmentOptions::Mode::kScript ? "script"
                     : options.mode == EnvironmentOptions::Mode::kEval ? "eval"
                                                                       : "print";
  SetValue(context, info, "mode", OneByteString(isolate, mode));
  SetValue(context, info, "pid", Integer::New(isolate, uv_os_getpid()));
  SetValue(context, info, "ppid", Integer::New(isolate, uv_os_getppid()));
  SetValue(context, info, "version", OneByteString(isolate, VIGIL_VERSION));
  SetValue(context, info, "v8", OneByteString(isolate, v8::V8::GetVersion()));
  SetValue(context, info, "uv", OneByteString(isolate, uv_version_string()));
  uv_utsname_t uts;
  if (uv_os_uname(&uts) == 0) SetValue(context, info, "machine", OneByteString(isolate, uts.machine));
  args.GetReturnValue().Set(info);
}

}  // namespace

void InitializeProcessCredentials(Local<Context> context, Local<Object> target);
void InitializeProcessEnv(Local<Context> context, Local<Object> target);

void Init_process_Binding(Environment& env, Local<Object> target) {
  Local<Context> context = env.context();
  InitializeProcessCredentials(context, target);
  InitializeProcessEnv(context, target);
  SetMethod(context, target, "cwd", Cwd);
  SetMethod(context, target, "chdir", Chdir);
  SetMethod(context, target, "getEnv", GetEnvPairs);
  SetMethod(context, target, "hrtime", Hrtime);
  SetMethod(context, target, "hrtimeBigInt", HrtimeBigInt);
  SetMethod(context, target, "memoryUsage", MemoryUsage);
  SetMethod(context, target, "rss", Rss);
  SetMethod(context, target, "cpuUsage", CpuUsage);
  SetMethod(context, target, "reallyExit", ReallyExit);
  SetMethod(context, target, "writeStdio", WriteStdio);
  SetMethod(context, target, "guessHandleType", GuessHandleType);
  SetMethod(context, target, "getWindowSize", GetWindowSize);
  SetMethod(context, target, "kill", Kill);
  SetMethod(context, target, "umask", Umask);
  SetMethod(context, target, "ids", Ids);
  SetMethod(context, target, "triggerUncaughtException", TriggerUncaught);
  SetMethod(context, target, "errorSource", ErrorSource);
  SetMethod(context, target, "callMain", CallMain);
  SetMethod(context, target, "reportFatalException", ReportFatalException);
  SetMethod(context, target, "runMicrotasks", RunMicrotasks);
  SetMethod(context, target, "enqueueMicrotask", EnqueueMicrotask);
  SetMethod(context, target, "info", Info);
  SetMethod(context, target, "activeHandles", ActiveHandles);
  SetMethod(context, target, "constrainedMemory", ConstrainedMemory);
  SetMethod(context, target, "setShouldAbortOnUncaught", SetShouldAbortOnUncaught);
  // Signal numbers from the C headers, for process.kill and os.constants.
  Local<Object> signals = Object::New(env.isolate());
#define VIGIL_SIGNAL(name) SetValue(context, signals, #name, Integer::New(env.isolate(), name));
  VIGIL_SIGNAL(SIGHUP) VIGIL_SIGNAL(SIGINT) VIGIL_SIGNAL(SIGQUIT) VIGIL_SIGNAL(SIGILL) VIGIL_SIGNAL(SIGTRAP)
  VIGIL_SIGNAL(SIGABRT) VIGIL_SIGNAL(SIGIOT) VIGIL_SIGNAL(SIGBUS) VIGIL_SIGNAL(SIGFPE) VIGIL_SIGNAL(SIGKILL)
  VIGIL_SIGNAL(SIGUSR1) VIGIL_SIGNAL(SIGSEGV) VIGIL_SIGNAL(SIGUSR2) VIGIL_SIGNAL(SIGPIPE) VIGIL_SIGNAL(SIGALRM)
  VIGIL_SIGNAL(SIGTERM) VIGIL_SIGNAL(SIGCHLD) VIGIL_SIGNAL(SIGSTKFLT) VIGIL_SIGNAL(SIGCONT) VIGIL_SIGNAL(SIGSTOP)
  VIGIL_SIGNAL(SIGTSTP) VIGIL_SIGNAL(SIGTTIN) VIGIL_SIGNAL(SIGTTOU) VIGIL_SIGNAL(SIGURG) VIGIL_SIGNAL(SIGXCPU)
  VIGIL_SIGNAL(SIGXFSZ) VIGIL_SIGNAL(SIGVTALRM) VIGIL_SIGNAL(SIGPROF) VIGIL_SIGNAL(SIGWINCH) VIGIL_SIGNAL(SIGIO)
  VIGIL_SIGNAL(SIGPOLL) VIGIL_SIGNAL(SIGPWR) VIGIL_SIGNAL(SIGSYS)
#undef VIGIL_SIGNAL
  SetValue(context, target, "signals", signals);
  Local<v8::ArrayBuffer> tick_buffer =
      v8::ArrayBuffer::New(env.isolate(), v8::ArrayBuffer::NewBackingStore(
                                              env.tick_info(), sizeof(int32_t) * 2,
                                              v8::BackingStore::EmptyDeleter, nullptr));
  SetValue(context, target, "tickInfo", v8::Int32Array::New(tick_buffer, 0, 2));
}

}  // namespace vigil::runtime
