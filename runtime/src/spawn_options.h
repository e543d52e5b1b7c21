// Turns the options object the child_process library builds into
// uv_process_options_t, owning every string libuv points into. Shared by the
// asynchronous Process handle and spawnSync.
#pragma once

#include <uv.h>
#include <v8.h>

#include <memory>
#include <string>
#include <vector>

namespace vigil::runtime {

struct SpawnOptions {
  uv_process_options_t options{};
  std::string file;
  std::string cwd;
  std::vector<std::string> args;
  std::vector<std::string> env;
  std::vector<char*> argv;
  std::vector<char*> envp;
  std::vector<uv_stdio_container_t> stdio;
  // Per stdio slot: the JS description ({type, ...}) for the caller to finish.
  std::vector<std::string> stdio_types;

  // Reads {file, args, cwd, envPairs, detached, uid, gid, windowsHide,
  // stdio: [{type: 'pipe'|'ignore'|'fd'|'inherit', fd}]}. Pipes are left
  // for the caller to fill in (UV_CREATE_PIPE with its own uv_pipe_t).
  bool Parse(v8::Isolate* isolate, v8::Local<v8::Context> context, v8::Local<v8::Object> js);
  void Finish();
};

}  // namespace vigil::runtime
