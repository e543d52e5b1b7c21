#include "inspector/profilers.h"

#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <chrono>
#include <cstdio>

#include "binding_util.h"
#include "diagnostic_filename.h"
#include "environment.h"
#include "inspector/agent.h"

namespace vigil::inspector {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Object;
using v8::String;
using v8::Value;

namespace {

std::string Join(const std::string& directory, const std::string& name) {
  if (!name.empty() && name[0] == '/') return name;
  if (directory.empty()) return name;
  return directory.back() == '/' ? directory + name : directory + "/" + name;
}

// mkdir -p, as node creates the profile directories.
bool EnsureDirectory(const std::string& directory, const char* kind) {
  std::string path;
  size_t at = 0;
  while (at != std::string::npos) {
    at = directory.find('/', at + 1);
    path = directory.substr(0, at);
    if (path.empty()) continue;
    if (mkdir(path.c_str(), 0777) != 0 && errno != EEXIST) {
      std::fprintf(stderr, "%s: Failed to create %s profile directory %s\n", uv_err_name(-errno), kind,
                   directory.c_str());
      return false;
    }
  }
  return true;
}

void WriteFile(const std::string& path, const std::string& text, const char* kind) {
  std::FILE* file = std::fopen(path.c_str(), "w");
  if (file == nullptr || std::fwrite(text.data(), 1, text.size(), file) != text.size()) {
    std::fprintf(stderr, "%s: Failed to write %s profile to %s\n", uv_err_name(-errno), kind, path.c_str());
  }
  if (file != nullptr) std::fclose(file);
}

}  // namespace

Profilers::Profilers(Agent& agent, ProfilerOptions options) : agent_(agent), options_(std::move(options)) {
  // Relative directories are the environment's cwd at start-up, which in
  // the daemon is not the process's.
  const std::string& cwd = env().cwd();
  auto resolve = [&](std::string* dir) {
    if (dir->empty()) *dir = options_.diagnostic_dir;
    if (dir->empty()) *dir = cwd;
    if ((*dir)[0] != '/') *dir = Join(cwd, *dir);
  };
  if (options_.cpu_prof) {
    resolve(&options_.cpu_prof_dir);
    if (options_.cpu_prof_name.empty()) options_.cpu_prof_name = runtime::DiagnosticFilename("CPU", "cpuprofile", env().options().thread_id);
  }
  if (options_.heap_prof) {
    resolve(&options_.heap_prof_dir);
    if (options_.heap_prof_name.empty()) options_.heap_prof_name = runtime::DiagnosticFilename("Heap", "heapprofile", env().options().thread_id);
  }
}

Profilers::~Profilers() = default;

runtime::Environment& Profilers::env() { return agent_.env(); }

bool Profilers::Connect(Connection* connection) {
  if (connection->id != 0) return true;
  connection->id = agent_.ConnectLocal([connection](const std::string& message) { connection->response = message; });
  return connection->id != 0;
}

MaybeLocal<Object> Profilers::Call(Connection* connection, const char* method, const char* params) {
  static int next_id = 1;
  Isolate* isolate = env().isolate();
  std::string message = "{\"id\":" + std::to_string(next_id++) + ",\"method\":\"" + method + "\"";
  if (params != nullptr) message += std::string(",\"params\":") + params;
  message += "}";
  connection->response.clear();
  agent_.DispatchLocal(connection->id, message);
  Local<Context> context = env().context();
  Local<Value> parsed;
  Local<Value> result;
  if (connection->response.empty() ||
      !v8::JSON::Parse(context, runtime::Utf8String(isolate, connection->response)).ToLocal(&parsed) ||
      !parsed->IsObject() ||
      !parsed.As<Object>()->Get(context, runtime::OneByteString(isolate, "result")).ToLocal(&result) ||
      !result->IsObject()) {
    std::fprintf(stderr, "vigil: %s failed: %s\n", method, connection->response.c_str());
    return {};
  }
  return result.As<Object>();
}

void Profilers::Start() {
  Isolate* isolate = env().isolate();
  HandleScope scope(isolate);
  Context::Scope context_scope(env().context());
  for (const auto& [name, value] : env().options().env) {
    if (name == "NODE_V8_COVERAGE" && !value.empty() && Connect(&coverage_)) {
      Call(&coverage_, "Profiler.enable");
      Call(&coverage_, "Profiler.startPreciseCoverage", R"({"callCount":true,"detailed":true})");
    }
  }
  if (options_.cpu_prof && Connect(&cpu_)) {
    Call(&cpu_, "Profiler.enable");
    std::string interval = "{\"interval\":" + std::to_string(options_.cpu_prof_interval) + "}";
    Call(&cpu_, "Profiler.setSamplingInterval", interval.c_str());
    Call(&cpu_, "Profiler.start");
  }
  if (options_.heap_prof && Connect(&heap_)) {
    Call(&heap_, "HeapProfiler.enable");
    std::string interval = "{\"samplingInterval\":" + std::to_string(options_.heap_prof_interval) + "}";
    Call(&heap_, "HeapProfiler.startSampling", interval.c_str());
  }
}

void Profilers::End() {
  if (ended_) return;
  ended_ = true;
  Isolate* isolate = env().isolate();
  HandleScope scope(isolate);
  Context::Scope context_scope(env().context());
  if (coverage_.id != 0) WriteCoverage();
  if (cpu_.id != 0) EndProfile(&cpu_, "Profiler.stop", options_.cpu_prof_dir, options_.cpu_prof_name, "CPU");
  if (heap_.id != 0) {
    EndProfile(&heap_, "HeapProfiler.stopSampling", options_.heap_prof_dir, options_.heap_prof_name, "heap");
  }
}

void Profilers::Dispose() {
  ended_ = true;
  source_map_cache_getter_.Reset();
  coverage_.id = cpu_.id = heap_.id = 0;
}

void Profilers::SetSourceMapCacheGetter(Local<v8::Function> getter) {
  source_map_cache_getter_.Reset(env().isolate(), getter);
}

void Profilers::TakeCoverage() {
  if (coverage_.id == 0 || ended_) return;
  WriteCoverage();
}

void Profilers::StopCoverage() {
  if (coverage_.id == 0 || ended_) return;
  Isolate* isolate = env().isolate();
  HandleScope scope(isolate);
  Call(&coverage_, "Profiler.stopPreciseCoverage");
}

// coverage-PID-MILLISECONDS-THREAD.json: takePreciseCoverage's result (which
// also resets the counters, so successive files add up), plus the source
// maps the program loaded, as node writes them for c8.
void Profilers::WriteCoverage() {
  // Without a directory (the bootstrap never got to set it) there is
  // nowhere to write: node drops the coverage then too.
  if (coverage_directory_.empty()) return;
  Isolate* isolate = env().isolate();
  Local<Context> context = env().context();
  Local<Object> result;
  if (!Call(&coverage_, "Profiler.takePreciseCoverage").ToLocal(&result)) return;
  if (!source_map_cache_getter_.IsEmpty()) {
    v8::TryCatch try_catch(isolate);
    Local<Value> cache;
    if (source_map_cache_getter_.Get(isolate)->Call(context, v8::Undefined(isolate), 0, nullptr).ToLocal(&cache) &&
        !cache->IsUndefined()) {
      result->Set(context, runtime::OneByteString(isolate, "source-map-cache"), cache).Check();
    }
  }
  Local<String> text;
  if (!v8::JSON::Stringify(context, result).ToLocal(&text)) return;
  if (!EnsureDirectory(coverage_directory_, "coverage")) return;
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::system_clock::now().time_since_epoch()).count();
  std::string name = "coverage-" + std::to_string(uv_os_getpid()) + "-" + std::to_string(ms) + "-" +
                     std::to_string(env().options().thread_id) + ".json";
  WriteFile(Join(coverage_directory_, name), runtime::ToStdString(isolate, text), "coverage");
}

// Stops a profiler whose answer carries a "profile" object, and writes
// that object: the CPU profile and the sampling heap profile alike.
void Profilers::EndProfile(Connection* connection, const char* method, const std::string& dir,
                           const std::string& name, const char* kind) {
  Isolate* isolate = env().isolate();
  Local<Context> context = env().context();
  Local<Object> result;
  Local<Value> profile;
  Local<String> text;
  if (!Call(connection, method).ToLocal(&result) ||
      !result->Get(context, runtime::OneByteString(isolate, "profile")).ToLocal(&profile) || !profile->IsObject() ||
      !v8::JSON::Stringify(context, profile).ToLocal(&text)) {
    return;
  }
  if (!EnsureDirectory(dir, kind)) return;
  WriteFile(Join(dir, name), runtime::ToStdString(isolate, text), kind);
}

// --- internalBinding('profiler') ----------------------------------------------

namespace {

Profilers* ProfilersOf(const FunctionCallbackInfo<Value>& args) {
  runtime::Environment* env = runtime::Environment::From(args.GetIsolate()->GetCurrentContext());
  Agent* agent = env != nullptr ? Agent::From(*env) : nullptr;
  return agent != nullptr ? agent->profilers() : nullptr;
}

void SetCoverageDirectory(const FunctionCallbackInfo<Value>& args) {
  if (Profilers* p = ProfilersOf(args)) p->SetCoverageDirectory(runtime::ToStdString(args.GetIsolate(), args[0]));
}

void SetSourceMapCacheGetter(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsFunction()) return;
  if (Profilers* p = ProfilersOf(args)) p->SetSourceMapCacheGetter(args[0].As<v8::Function>());
}

void TakeCoverage(const FunctionCallbackInfo<Value>& args) {
  if (Profilers* p = ProfilersOf(args)) p->TakeCoverage();
}

void StopCoverage(const FunctionCallbackInfo<Value>& args) {
  if (Profilers* p = ProfilersOf(args)) p->StopCoverage();
}

// Before the process sends itself a signal that nothing handles: the files
// must be written now, as node's at-exit hooks are.
void EndProfilers(const FunctionCallbackInfo<Value>& args) {
  if (Profilers* p = ProfilersOf(args)) p->End();
}

}  // namespace

void InitializeProfilerBinding(runtime::Environment& env, Local<Object> target) {
  Local<Context> context = env.context();
  runtime::SetMethod(context, target, "setCoverageDirectory", SetCoverageDirectory);
  runtime::SetMethod(context, target, "setSourceMapCacheGetter", SetSourceMapCacheGetter);
  runtime::SetMethod(context, target, "takeCoverage", TakeCoverage);
  runtime::SetMethod(context, target, "stopCoverage", StopCoverage);
  runtime::SetMethod(context, target, "endProfilers", EndProfilers);
}

}  // namespace vigil::inspector
