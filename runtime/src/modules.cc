// internalBinding('modules'): compile CommonJS wrappers, read files for the
// loader without going through fs, and drive V8's ES module records.
#include "modules.h"

#include <sys/stat.h>
#include <uv.h>

#include <fstream>
#include <iterator>
#include <unordered_map>
#include <vector>

#include "binding_util.h"
#include "bindings.h"
#include "environment.h"
#include "errors.h"

namespace vigil::runtime {

using v8::Context;
using v8::FixedArray;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Module;
using v8::Object;
using v8::ScriptCompiler;
using v8::String;
using v8::Value;

namespace {

// The ES module records of one environment, by the ids the JS loader uses.
struct EsmRecord {
  v8::Global<Module> module;
  std::string url;
  std::unordered_map<std::string, int> links;  // specifier -> id
  v8::Global<Function> synthetic_evaluate;     // for CommonJS/builtin facades
};

class ModuleTable : public BindingData {
 public:
  explicit ModuleTable(Environment&) {}
  int Add(Isolate* isolate, Local<Module> module, std::string url) {
    int id = static_cast<int>(records_.size());
    auto record = std::make_unique<EsmRecord>();
    record->module.Reset(isolate, module);
    record->url = std::move(url);
    by_hash_.emplace(module->GetIdentityHash(), id);
    records_.push_back(std::move(record));
    return id;
  }
  EsmRecord* Get(int id) {
    return id >= 0 && id < static_cast<int>(records_.size()) ? records_[id].get() : nullptr;
  }
  EsmRecord* Find(Isolate* isolate, Local<Module> module) {
    auto range = by_hash_.equal_range(module->GetIdentityHash());
    for (auto it = range.first; it != range.second; ++it) {
      EsmRecord* record = records_[it->second].get();
      if (record->module.Get(isolate) == module) return record;
    }
    return nullptr;
  }
  void Close() override { records_.clear(); }

 private:
  std::vector<std::unique_ptr<EsmRecord>> records_;
  std::unordered_multimap<int, int> by_hash_;
};

ModuleTable* Table(Environment& env) { return env.binding_data<ModuleTable>("modules"); }

// compileFunction(source, filename) -> function (exports, require, module, __filename, __dirname)
void CompileFunction(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  Isolate* isolate = env->isolate();
  v8::ScriptOrigin origin(isolate, args[1]);
  ScriptCompiler::Source source(args[0].As<String>(), origin);
  Local<String> params[] = {env->Str("exports"), env->Str("require"), env->Str("module"),
                            env->Str("__filename"), env->Str("__dirname")};
  Local<Function> fn;
  if (ScriptCompiler::CompileFunction(env->context(), &source, 5, params, 0, nullptr).ToLocal(&fn)) {
    args.GetReturnValue().Set(fn);
  }
}

// runScript(source, name) -> completion value, as a classic script (for -e).
void RunScript(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  v8::ScriptOrigin origin(env->isolate(), args[1]);
  ScriptCompiler::Source source(args[0].As<String>(), origin);
  Local<v8::Script> script;
  Local<Value> result;
  if (ScriptCompiler::Compile(env->context(), &source).ToLocal(&script) &&
      script->Run(env->context()).ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

// readFile(path) -> string, or undefined when the file cannot be read.
void ReadFileUtf8(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  std::string path = ToStdString(isolate, args[0]);
  std::ifstream in(path, std::ios::binary);
  if (!in) return;
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return;
  // A UTF-8 byte order mark is not part of the source, as in node.
  size_t skip = data.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  Local<String> text;
  if (String::NewFromUtf8(isolate, data.data() + skip, v8::NewStringType::kNormal,
                          static_cast<int>(data.size() - skip))
          .ToLocal(&text)) {
    args.GetReturnValue().Set(text);
  }
}

// stat(path) -> 0 for a file, 1 for a directory, a negative errno otherwise.
void Stat(const FunctionCallbackInfo<Value>& args) {
  std::string path = ToStdString(args.GetIsolate(), args[0]);
  struct stat st;
  int rc = ::stat(path.c_str(), &st);
  args.GetReturnValue().Set(rc != 0 ? -errno : S_ISDIR(st.st_mode) ? 1 : 0);
}

// realpath(path) -> string; throws node's ENOENT error.
void RealPath(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  std::string path = ToStdString(env->isolate(), args[0]);
  uv_fs_t req;
  int rc = uv_fs_realpath(nullptr, &req, path.c_str(), nullptr);
  if (rc < 0) {
    uv_fs_req_cleanup(&req);
    ThrowUVException(env->isolate(), rc, "realpath", path.c_str());
    return;
  }
  args.GetReturnValue().Set(Utf8String(env->isolate(), static_cast<const char*>(req.ptr)));
  uv_fs_req_cleanup(&req);
}

// The value of the `type` import assertion, or undefined. Assertions come as
// a flat list of (key, value[, source offset]) entries.
Local<Value> ImportType(Local<Context> context, Local<FixedArray> assertions, int stride) {
  for (int i = 0; i + 1 < assertions->Length(); i += stride) {
    Local<Value> key = assertions->Get(context, i).As<Value>();
    if (key->IsString() && key.As<String>()->StringEquals(OneByteString(context->GetIsolate(), "type"))) {
      return assertions->Get(context, i + 1).As<Value>();
    }
  }
  return v8::Undefined(context->GetIsolate());
}

// esmCompile(source, url) -> [id, [specifiers...], [assertion types...]]
void EsmCompile(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  v8::ScriptOrigin origin(isolate, args[1], 0, 0, false, -1, Local<Value>(), false, false, true);
  ScriptCompiler::Source source(args[0].As<String>(), origin);
  Local<Module> module;
  if (!ScriptCompiler::CompileModule(isolate, &source).ToLocal(&module)) return;
  int id = Table(*env)->Add(isolate, module, ToStdString(isolate, args[1]));
  Local<FixedArray> requests = module->GetModuleRequests();
  std::vector<Local<Value>> specifiers;
  std::vector<Local<Value>> types;
  for (int i = 0; i < requests->Length(); i++) {
    Local<v8::ModuleRequest> request = requests->Get(context, i).As<v8::ModuleRequest>();
    specifiers.push_back(request->GetSpecifier());
    types.push_back(ImportType(context, request->GetImportAssertions(), 3));
  }
  Local<Value> result[] = {Integer::New(isolate, id), v8::Array::New(isolate, specifiers.data(), specifiers.size()),
                           v8::Array::New(isolate, types.data(), types.size())};
  args.GetReturnValue().Set(v8::Array::New(isolate, result, 3));
}

MaybeLocal<Value> SyntheticEvaluate(Local<Context> context, Local<Module> module) {
  Environment* env = Environment::From(context);
  EsmRecord* record = Table(*env)->Find(env->isolate(), module);
  if (record == nullptr || record->synthetic_evaluate.IsEmpty()) return v8::Undefined(env->isolate());
  Local<Function> evaluate = record->synthetic_evaluate.Get(env->isolate());
  if (evaluate->Call(context, v8::Undefined(env->isolate()), 0, nullptr).IsEmpty()) return {};
  // V8 expects a promise from synthetic evaluation steps when TLA is on.
  Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return {};
  resolver->Resolve(context, v8::Undefined(env->isolate())).Check();
  return resolver->GetPromise();
}

// esmSynthetic(url, exportNames, evaluate) -> id. evaluate() runs when the
// module is evaluated and fills the exports with esmSetExport.
void EsmSynthetic(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  Isolate* isolate = env->isolate();
  Local<Context> context = env->context();
  Local<v8::Array> names = args[1].As<v8::Array>();
  std::vector<Local<String>> exports;
  for (uint32_t i = 0; i < names->Length(); i++) {
    exports.push_back(names->Get(context, i).ToLocalChecked().As<String>());
  }
  Local<Module> module =
      Module::CreateSyntheticModule(isolate, args[0].As<String>(), exports, SyntheticEvaluate);
  int id = Table(*env)->Add(isolate, module, ToStdString(isolate, args[0]));
  Table(*env)->Get(id)->synthetic_evaluate.Reset(isolate, args[2].As<Function>());
  args.GetReturnValue().Set(id);
}

// esmSetExport(id, name, value)
void EsmSetExport(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  EsmRecord* record = Table(*env)->Get(args[0].As<Integer>()->Value());
  if (record == nullptr) return;
  (void)record->module.Get(env->isolate())
      ->SetSyntheticModuleExport(env->isolate(), args[1].As<String>(), args[2])
      .FromMaybe(false);
}

// esmLink(id, specifiers, ids): the resolution of each request of module id.
void EsmLink(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  Local<Context> context = env->context();
  EsmRecord* record = Table(*env)->Get(args[0].As<Integer>()->Value());
  if (record == nullptr) return;
  Local<v8::Array> specifiers = args[1].As<v8::Array>();
  Local<v8::Array> ids = args[2].As<v8::Array>();
  for (uint32_t i = 0; i < specifiers->Length(); i++) {
    record->links[ToStdString(env->isolate(), specifiers->Get(context, i).ToLocalChecked())] =
        ids->Get(context, i).ToLocalChecked()->Int32Value(context).FromJust();
  }
}

MaybeLocal<Module> ResolveCallback(Local<Context> context, Local<String> specifier,
                                   Local<FixedArray> assertions, Local<Module> referrer) {
  Environment* env = Environment::From(context);
  Isolate* isolate = env->isolate();
  ModuleTable* table = Table(*env);
  EsmRecord* record = table->Find(isolate, referrer);
  std::string spec = ToStdString(isolate, specifier);
  if (record != nullptr) {
    auto it = record->links.find(spec);
    if (it != record->links.end()) {
      if (EsmRecord* target = table->Get(it->second)) return target->module.Get(isolate);
    }
  }
  isolate->ThrowException(v8::Exception::Error(Utf8String(isolate, "Cannot resolve module '" + spec + "'")));
  return {};
}

// esmInstantiate(id)
void EsmInstantiate(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  EsmRecord* record = Table(*env)->Get(args[0].As<Integer>()->Value());
  if (record == nullptr) return;
  bool ok = false;
  if (record->module.Get(env->isolate())->InstantiateModule(env->context(), ResolveCallback).To(&ok)) {
    args.GetReturnValue().Set(ok);
  }
}

// esmEvaluate(id) -> promise
void EsmEvaluate(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  EsmRecord* record = Table(*env)->Get(args[0].As<Integer>()->Value());
  if (record == nullptr) return;
  Local<Value> result;
  if (record->module.Get(env->isolate())->Evaluate(env->context()).ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

// esmNamespace(id) -> module namespace object
void EsmNamespace(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  EsmRecord* record = Table(*env)->Get(args[0].As<Integer>()->Value());
  if (record == nullptr) return;
  Local<Module> module = record->module.Get(env->isolate());
  if (module->GetStatus() < Module::kInstantiated) return;
  args.GetReturnValue().Set(module->GetModuleNamespace());
}

// esmStatus(id) -> [status, exception]
void EsmStatus(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  EsmRecord* record = Table(*env)->Get(args[0].As<Integer>()->Value());
  if (record == nullptr) return;
  Local<Module> module = record->module.Get(env->isolate());
  Local<Value> result[] = {Integer::New(env->isolate(), module->GetStatus()),
                           module->GetStatus() == Module::kErrored ? module->GetException()
                                                                   : v8::Undefined(env->isolate()).As<Value>()};
  args.GetReturnValue().Set(v8::Array::New(env->isolate(), result, 2));
}

MaybeLocal<v8::Promise> ImportDynamically(Local<Context> context, Local<v8::Data> host_defined_options,
                                          Local<Value> resource_name, Local<String> specifier,
                                          Local<FixedArray> import_assertions) {
  Environment* env = Environment::From(context);
  Local<Function> import = env->js_function("importModuleDynamically");
  Local<Value> argv[] = {specifier, resource_name, ImportType(context, import_assertions, 2)};
  Local<Value> result;
  if (import.IsEmpty() || !import->Call(context, v8::Undefined(env->isolate()), 3, argv).ToLocal(&result) ||
      !result->IsPromise()) {
    return {};
  }
  return result.As<v8::Promise>();
}

void InitializeImportMeta(Local<Context> context, Local<Module> module, Local<Object> meta) {
  Environment* env = Environment::From(context);
  EsmRecord* record = Table(*env)->Find(env->isolate(), module);
  Local<Function> init = env->js_function("initializeImportMeta");
  if (record == nullptr || init.IsEmpty()) return;
  Local<Value> argv[] = {meta, Utf8String(env->isolate(), record->url)};
  init->Call(context, v8::Undefined(env->isolate()), 2, argv).IsEmpty();
}

}  // namespace

void ConfigureModuleCallbacks(Isolate* isolate) {
  isolate->SetHostImportModuleDynamicallyCallback(ImportDynamically);
  isolate->SetHostInitializeImportMetaObjectCallback(InitializeImportMeta);
}

void Init_modules_Binding(Environment& env, Local<Object> target) {
  Local<Context> context = env.context();
  SetMethod(context, target, "compileFunction", CompileFunction);
  SetMethod(context, target, "readFile", ReadFileUtf8);
  SetMethod(context, target, "runScript", RunScript);
  SetMethod(context, target, "stat", Stat);
  SetMethod(context, target, "realpath", RealPath);
  SetMethod(context, target, "esmCompile", EsmCompile);
  SetMethod(context, target, "esmSynthetic", EsmSynthetic);
  SetMethod(context, target, "esmSetExport", EsmSetExport);
  SetMethod(context, target, "esmLink", EsmLink);
  SetMethod(context, target, "esmInstantiate", EsmInstantiate);
  SetMethod(context, target, "esmEvaluate", EsmEvaluate);
  SetMethod(context, target, "esmNamespace", EsmNamespace);
  SetMethod(context, target, "esmStatus", EsmStatus);
}

}  // namespace vigil::runtime
