#include "spawn_options.h"

#include "binding_util.h"

namespace vigil::runtime {

using v8::Array;
using v8::Context;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

Local<Value> Get(Local<Context> context, Local<Object> object, const char* key) {
  return object->Get(context, OneByteString(context->GetIsolate(), key)).ToLocalChecked();
}

std::vector<std::string> StringList(Isolate* isolate, Local<Context> context, Local<Value> value) {
  std::vector<std::string> out;
  if (!value->IsArray()) return out;
  Local<Array> array = value.As<Array>();
  for (uint32_t i = 0; i < array->Length(); i++) {
    out.push_back(ToStdString(isolate, array->Get(context, i).ToLocalChecked()));
  }
  return out;
}

}  // namespace

bool SpawnOptions::Parse(Isolate* isolate, Local<Context> context, Local<Object> js) {
  file = ToStdString(isolate, Get(context, js, "file"));
  args = StringList(isolate, context, Get(context, js, "args"));
  Local<Value> cwd_value = Get(context, js, "cwd");
  if (cwd_value->IsString()) cwd = ToStdString(isolate, cwd_value);
  Local<Value> env_value = Get(context, js, "envPairs");
  bool has_env = env_value->IsArray();
  env = StringList(isolate, context, env_value);
  if (Get(context, js, "detached")->IsTrue()) options.flags |= UV_PROCESS_DETACHED;
  if (Get(context, js, "windowsHide")->IsTrue()) options.flags |= UV_PROCESS_WINDOWS_HIDE;
  Local<Value> uid = Get(context, js, "uid");
  if (uid->IsInt32()) {
    options.flags |= UV_PROCESS_SETUID;
    options.uid = static_cast<uv_uid_t>(uid.As<v8::Int32>()->Value());
  }
  Local<Value> gid = Get(context, js, "gid");
  if (gid->IsInt32()) {
    options.flags |= UV_PROCESS_SETGID;
    options.gid = static_cast<uv_gid_t>(gid.As<v8::Int32>()->Value());
  }
  Local<Value> stdio_value = Get(context, js, "stdio");
  if (stdio_value->IsArray()) {
    Local<Array> list = stdio_value.As<Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      Local<Value> item = list->Get(context, i).ToLocalChecked();
      uv_stdio_container_t container{};
      std::string type = "ignore";
      if (item->IsObject()) {
        type = ToStdString(isolate, Get(context, item.As<Object>(), "type"));
        if (type == "fd" || type == "inherit") {
          Local<Value> fd = Get(context, item.As<Object>(), "fd");
          container.flags = UV_INHERIT_FD;
          container.data.fd = fd->IsInt32() ? fd.As<v8::Int32>()->Value() : static_cast<int>(i);
        } else if (type != "pipe") {
          container.flags = UV_IGNORE;
        }
      } else {
        container.flags = UV_IGNORE;
      }
      stdio.push_back(container);
      stdio_types.push_back(type);
    }
  }
  (void)has_env;
  return !file.empty();
}

void SpawnOptions::Finish() {
  argv.clear();
  for (auto& arg : args) argv.push_back(arg.data());
  if (argv.empty()) argv.push_back(file.data());
  argv.push_back(nullptr);
  envp.clear();
  for (auto& e : env) envp.push_back(e.data());
  envp.push_back(nullptr);
  options.file = file.c_str();
  options.args = argv.data();
  options.env = envp.data();
  options.cwd = cwd.empty() ? nullptr : cwd.c_str();
  options.stdio = stdio.data();
  options.stdio_count = static_cast<int>(stdio.size());
}

}  // namespace vigil::runtime
