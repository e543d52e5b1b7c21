#include "builtins.h"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <unordered_map>

#include "binding_util.h"
#include "bindings.h"
#include "code_cache.h"
#include "js_sources.h"

namespace vigil::runtime {

using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Object;
using v8::ScriptCompiler;
using v8::String;
using v8::Value;

namespace {

const JsSource* FindSource(const std::string& id) {
  // The table is small and static: a lazily built index avoids a linear scan.
  static const auto* index = [] {
    auto* map = new std::unordered_map<std::string, const JsSource*>();
    for (size_t i = 0; i < kJsSourceCount; i++) (*map)[kJsSources[i].id] = &kJsSources[i];
    return map;
  }();
  auto it = index->find(id);
  return it == index->end() ? nullptr : it->second;
}

std::string StripPrefix(std::string id) {
  if (id.compare(0, 5, "node:") == 0) id = id.substr(5);
  return id;
}

// VIGIL_LIB_DIR lets a developer run the library from the source tree without
// rebuilding; the embedded copy is the default.
bool ReadFromLibDir(const std::string& id, std::string* out) {
  const char* dir = std::getenv("VIGIL_LIB_DIR");
  if (dir == nullptr || *dir == '\0') return false;
  std::ifstream in(std::string(dir) + "/" + id + ".js", std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

// An ASCII builtin's text, used by V8 in place from the binary's read-only
// data instead of being copied onto every isolate's heap.
class StaticSource : public String::ExternalOneByteStringResource {
 public:
  explicit StaticSource(const JsSource* js) : js_(js) {}
  const char* data() const override { return js_->data; }
  size_t length() const override { return js_->size; }
  // The bytes belong to the binary: nothing to free.
  void Dispose() override { delete this; }

 private:
  const JsSource* js_;
};

MaybeLocal<Function> CompileBuiltin(Environment& env, const std::string& id) {
  Isolate* isolate = env.isolate();
  Local<Context> context = env.context();
  std::string text;
  Local<String> source;
  if (ReadFromLibDir(id, &text)) {
    source = Utf8String(isolate, text);
  } else {
    const JsSource* js = FindSource(id);
    if (js == nullptr) return MaybeLocal<Function>();
    MaybeLocal<String> maybe_source =
        js->ascii ? String::NewExternalOneByte(isolate, new StaticSource(js))
                  : String::NewFromUtf8(isolate, js->data, v8::NewStringType::kNormal, static_cast<int>(js->size));
    if (!maybe_source.ToLocal(&source)) return MaybeLocal<Function>();
  }
  v8::ScriptOrigin origin(isolate, Utf8String(isolate, "node:" + id));
  // The build-time code cache, unless the library comes from VIGIL_LIB_DIR.
  const std::string_view* cache = text.empty() ? FindCodeCache(id) : nullptr;
  ScriptCompiler::CachedData* cached_data =
      cache ? new ScriptCompiler::CachedData(reinterpret_cast<const uint8_t*>(cache->data()),
                                             static_cast<int>(cache->size()))
            : nullptr;
  ScriptCompiler::Source script_source(source, origin, cached_data);  // owns cached_data
  Local<String> params[] = {env.Str("exports"), env.Str("require"), env.Str("module"), env.Str("process"),
                            env.Str("internalBinding")};
  return ScriptCompiler::CompileFunction(context, &script_source, 5, params, 0, nullptr,
                                         cached_data ? ScriptCompiler::kConsumeCodeCache
                                                     : ScriptCompiler::kNoCompileOptions);
}

void RequireCallback(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  std::string id = StripPrefix(ToStdString(args.GetIsolate(), args[0]));
  Local<Value> result;
  if (RequireBuiltin(*env, id).ToLocal(&result)) args.GetReturnValue().Set(result);
}

void InternalBindingCallback(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  std::string name = ToStdString(args.GetIsolate(), args[0]);
  Local<Object> binding = env->GetBinding(name);
  if (binding.IsEmpty()) {
    args.GetIsolate()->ThrowException(v8::Exception::Error(
        Utf8String(args.GetIsolate(), "No such binding: " + name)));
    return;
  }
  args.GetReturnValue().Set(binding);
}

Local<v8::Private> CompiledKey(Isolate* isolate) {
  return v8::Private::ForApi(isolate, OneByteString(isolate, "vigil:compiled"));
}

}  // namespace

MaybeLocal<Function> CompiledBuiltin(Environment& env, const std::string& id) {
  Local<Value> module;
  if (env.builtin_cache()->Get(env.context(), Utf8String(env.isolate(), id)).ToLocal(&module) &&
      module->IsObject()) {
    Local<Value> fn;
    if (module.As<Object>()->GetPrivate(env.context(), CompiledKey(env.isolate())).ToLocal(&fn) &&
        fn->IsFunction()) {
      return fn.As<Function>();
    }
  }
  return CompileBuiltin(env, id);
}

bool BuiltinExists(const std::string& id) { return FindSource(StripPrefix(id)) != nullptr; }

MaybeLocal<Value> RequireBuiltin(Environment& env, const std::string& id) {
  Isolate* isolate = env.isolate();
  Local<Context> context = env.context();
  Local<v8::Map> cache = env.builtin_cache();
  Local<String> key = Utf8String(isolate, id);
  Local<Value> cached;
  if (cache->Get(context, key).ToLocal(&cached) && cached->IsObject()) {
    return cached.As<Object>()->Get(context, env.Str("exports"));
  }
  if (FindSource(id) == nullptr) {
    isolate->ThrowException(v8::Exception::Error(Utf8String(isolate, "No such built-in module: " + id)));
    return MaybeLocal<Value>();
  }
  Local<Function> fn;
  if (!CompileBuiltin(env, id).ToLocal(&fn)) return MaybeLocal<Value>();
  // Any step may fail once the Environment is being stopped (a Worker's
  // terminate() lands in the middle of a require): nothing here may assume
  // it succeeds.
  Local<Object> module = Object::New(isolate);
  Local<Object> exports = Object::New(isolate);
  Local<Function> require;
  Local<Function> internal_binding;
  if (module->Set(context, env.Str("exports"), exports).IsNothing() ||
      module->Set(context, env.Str("id"), key).IsNothing() ||
      // Kept for the code cache writer (runtime/src/code_cache.cc).
      module->SetPrivate(context, CompiledKey(isolate), fn).IsNothing() || cache->Set(context, key, module).IsEmpty() ||
      !Function::New(context, RequireCallback).ToLocal(&require) ||
      !Function::New(context, InternalBindingCallback).ToLocal(&internal_binding)) {
    return MaybeLocal<Value>();
  }
  Local<Value> argv[] = {exports, require, module, env.process_object(), internal_binding};
  if (fn->Call(context, exports, 5, argv).IsEmpty()) {
    (void)cache->Delete(context, key);
    return MaybeLocal<Value>();
  }
  return module->Get(context, env.Str("exports"));
}

// internalBinding('builtins'): what the module loader needs to know about the
// library.
void Init_builtins_Binding(Environment& env, Local<Object> target) {
  Isolate* isolate = env.isolate();
  Local<Context> context = env.context();
  std::vector<Local<Value>> ids;
  std::vector<Local<Value>> all_ids;
  for (size_t i = 0; i < kJsSourceCount; i++) {
    std::string id = kJsSources[i].id;
    all_ids.push_back(Utf8String(isolate, id));
    if (id.compare(0, 9, "internal/") != 0) ids.push_back(Utf8String(isolate, id));
  }
  SetValue(context, target, "publicIds", v8::Array::New(isolate, ids.data(), ids.size()));
  // Every library id, internal ones included: util.inspect greys out stack
  // frames of the runtime's own modules and needs to recognise them.
  SetValue(context, target, "allIds", v8::Array::New(isolate, all_ids.data(), all_ids.size()));
  SetMethod(context, target, "require", RequireCallback);
}

BindingInitializer FindBinding(const std::string& name) {
#define VIGIL_FIND_BINDING(n) \
  if (name == #n) return Init_##n##_Binding;
  VIGIL_BINDINGS(VIGIL_FIND_BINDING)
#undef VIGIL_FIND_BINDING
  return nullptr;
}

}  // namespace vigil::runtime
