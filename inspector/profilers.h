// The profilers a program can ask for from outside, which write files when
// it ends, as node's do: NODE_V8_COVERAGE (precise coverage, also taken on
// demand by v8.takeCoverage()), --cpu-prof and --heap-prof. Each talks to V8
// through its own in-process inspector session of the environment's Agent,
// so a debugger attached at the same time keeps its own Profiler state.
// Files are named and laid out as node's, so that tools written for node
// (c8, DevTools, speedscope) read them unchanged.
#pragma once

#include <v8.h>

#include <cstdint>
#include <string>

namespace vigil::runtime {
class Environment;
}

namespace vigil::inspector {

class Agent;

struct ProfilerOptions {
  bool cpu_prof = false;
  std::string cpu_prof_dir;   // empty: --diagnostic-dir, else the cwd
  std::string cpu_prof_name;  // empty: CPU.<date>.<time>.<pid>.<tid>.<seq>.cpuprofile
  uint64_t cpu_prof_interval = 1000;  // microseconds
  bool heap_prof = false;
  std::string heap_prof_dir;
  std::string heap_prof_name;
  uint64_t heap_prof_interval = 512 * 1024;  // bytes
  std::string diagnostic_dir;
};

class Profilers {
 public:
  Profilers(Agent& agent, ProfilerOptions options);
  ~Profilers();

  // Before any user code is compiled (block coverage only counts functions
  // compiled after it started).
  void Start();
  // Writes what the profilers gathered; once. Called when the environment
  // exits, and before the process sends itself a signal nobody handles.
  void End();
  // The context is going away: nothing may be written or kept any more.
  void Dispose();

  // The coverage side of internalBinding('profiler').
  void SetCoverageDirectory(std::string directory) { coverage_directory_ = std::move(directory); }
  void SetSourceMapCacheGetter(v8::Local<v8::Function> getter);
  void TakeCoverage();
  void StopCoverage();

 private:
  struct Connection {
    int id = 0;
    std::string response;  // the last answer (local sessions answer at once)
  };
  bool Connect(Connection* connection);
  // Sends one method and returns its answer's "result", parsed; empty on
  // an error answer.
  v8::MaybeLocal<v8::Object> Call(Connection* connection, const char* method, const char* params = nullptr);
  void WriteCoverage();
  void EndProfile(Connection* connection, const char* method, const std::string& dir, const std::string& name,
                  const char* kind);
  runtime::Environment& env();

  Agent& agent_;
  ProfilerOptions options_;
  Connection coverage_;
  Connection cpu_;
  Connection heap_;
  std::string coverage_directory_;
  v8::Global<v8::Function> source_map_cache_getter_;
  bool ended_ = false;
};

// internalBinding('profiler').
void InitializeProfilerBinding(runtime::Environment& env, v8::Local<v8::Object> target);

}  // namespace vigil::inspector
