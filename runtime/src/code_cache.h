// V8 code cache for the embedded library. The build runs vigil once with
// --build-code-cache to compile (and warm up) every builtin and writes the
// cache next to the binary's libnode copy; at start-up the cache is read once
// (read-only, shared by every Environment of the process) and each builtin
// is compiled from it instead of from source.
#pragma once

#include <string>
#include <string_view>

#include "environment.h"

namespace vigil::runtime {

// Reads the cache file; a missing or bad file just means no cache.
void LoadCodeCache(const std::string& path);

// The cached bytes of a builtin, or nullptr.
const std::string_view* FindCodeCache(const std::string& id);

// Writes the cache of every builtin, using the functions this environment
// already compiled (with their warmed-up inner functions) where it has them.
bool WriteCodeCache(Environment& env, const std::string& path);

// The default location: <dir of the executable>/../lib/vigil-code-cache.bin
std::string DefaultCodeCachePath(const std::string& exec_path);

}  // namespace vigil::runtime
