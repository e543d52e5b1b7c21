#include "code_cache.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "binding_util.h"
#include "builtins.h"
#include "js_sources.h"

namespace vigil::runtime {

namespace {

// Layout: magic, u32 count, count x (u32 id length, id, u32 offset, u32
// length), then the data. The index comes first so that loading it touches
// only its own pages of the mapped file.
const char kMagic[] = "VIGILCC2";

// Filled once at start-up, before any Environment exists; read-only after.
// The entries point into the mapped file: only the pages of the builtins a
// run compiles are ever read.
std::unordered_map<std::string, std::string_view>& Cache() {
  static auto* cache = new std::unordered_map<std::string, std::string_view>();
  return *cache;
}

bool ReadU32(std::string_view data, size_t* pos, uint32_t* out) {
  if (*pos + 4 > data.size()) return false;
  std::memcpy(out, data.data() + *pos, 4);
  *pos += 4;
  return true;
}

void WriteU32(std::string* out, uint32_t value) { out->append(reinterpret_cast<const char*>(&value), 4); }

}  // namespace

std::string DefaultCodeCachePath(const std::string& exec_path) {
  size_t slash = exec_path.rfind('/');
  std::string dir = slash == std::string::npos ? "." : exec_path.substr(0, slash);
  return dir + "/../lib/vigil-code-cache.bin";
}

void LoadCodeCache(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  struct stat st;
  void* map = MAP_FAILED;
  if (fstat(fd, &st) == 0 && st.st_size > 0) {
    map = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  }
  close(fd);
  if (map == MAP_FAILED) return;
  // The mapping lives as long as the process: every Environment may use it.
  std::string_view data(static_cast<const char*>(map), static_cast<size_t>(st.st_size));
  if (data.compare(0, sizeof(kMagic) - 1, kMagic) != 0) return;
  size_t pos = sizeof(kMagic) - 1;
  uint32_t count = 0;
  if (!ReadU32(data, &pos, &count)) return;
  std::unordered_map<std::string, std::string_view> entries;
  for (uint32_t i = 0; i < count; i++) {
    uint32_t id_len = 0, offset = 0, length = 0;
    if (!ReadU32(data, &pos, &id_len) || pos + id_len > data.size()) return;
    std::string id(data.substr(pos, id_len));
    pos += id_len;
    if (!ReadU32(data, &pos, &offset) || !ReadU32(data, &pos, &length)) return;
    if (static_cast<size_t>(offset) + length > data.size()) return;
    entries[id] = data.substr(offset, length);
  }
  Cache() = std::move(entries);
}

const std::string_view* FindCodeCache(const std::string& id) {
  auto& cache = Cache();
  auto it = cache.find(id);
  return it == cache.end() ? nullptr : &it->second;
}

bool WriteCodeCache(Environment& env, const std::string& path) {
  v8::Isolate* isolate = env.isolate();
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = env.context();
  v8::Context::Scope context_scope(context);
  if (isolate->IsExecutionTerminating()) isolate->CancelTerminateExecution();
  // The modules in the order the warm-up loaded them (the builtin cache is
  // a Map, which keeps insertion order), then the ones it never loaded. The
  // warm-up loads what every script needs first, so a run reads one
  // contiguous run of pages of the file instead of pages all over it.
  std::vector<std::string> ids;
  std::unordered_set<std::string> seen;
  v8::Local<v8::Array> loaded = env.builtin_cache()->AsArray();
  for (uint32_t i = 0; i < loaded->Length(); i += 2) {
    v8::Local<v8::Value> key;
    if (!loaded->Get(context, i).ToLocal(&key)) continue;
    std::string id = ToStdString(isolate, key);
    if (seen.insert(id).second) ids.push_back(id);
  }
  for (size_t i = 0; i < kJsSourceCount; i++) {
    if (seen.insert(kJsSources[i].id).second) ids.push_back(kJsSources[i].id);
  }
  std::vector<std::pair<std::string, std::string>> blobs;
  for (const std::string& id : ids) {
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Function> fn;
    if (!CompiledBuiltin(env, id).ToLocal(&fn)) continue;
    std::unique_ptr<v8::ScriptCompiler::CachedData> cached(v8::ScriptCompiler::CreateCodeCacheForFunction(fn));
    if (!cached || cached->length <= 0) continue;
    blobs.emplace_back(id, std::string(reinterpret_cast<const char*>(cached->data),
                                       static_cast<size_t>(cached->length)));
  }
  size_t index_size = sizeof(kMagic) - 1 + 4;
  for (const auto& [id, blob] : blobs) index_size += 4 + id.size() + 8;
  std::string out(kMagic, sizeof(kMagic) - 1);
  WriteU32(&out, static_cast<uint32_t>(blobs.size()));
  size_t offset = index_size;
  for (const auto& [id, blob] : blobs) {
    WriteU32(&out, static_cast<uint32_t>(id.size()));
    out += id;
    WriteU32(&out, static_cast<uint32_t>(offset));
    WriteU32(&out, static_cast<uint32_t>(blob.size()));
    offset += blob.size();
  }
  for (const auto& [id, blob] : blobs) out += blob;
  size_t count = blobs.size();
  std::string tmp = path + ".tmp";
  std::ofstream file(tmp, std::ios::binary);
  file << out;
  file.close();
  if (!file || std::rename(tmp.c_str(), path.c_str()) != 0) return false;
  return count > 0;
}

}  // namespace vigil::runtime
