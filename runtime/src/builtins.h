// Loads the embedded JavaScript library: each file is compiled as the body of
// function (exports, require, module, process, internalBinding) and cached.
#pragma once

#include <v8.h>

#include <string>

#include "environment.h"

namespace vigil::runtime {

// Returns module.exports of the builtin `id` ("fs", "internal/errors").
v8::MaybeLocal<v8::Value> RequireBuiltin(Environment& env, const std::string& id);
bool BuiltinExists(const std::string& id);

// The compiled wrapper of a builtin: the one this environment already ran,
// or a fresh compile. Used to write the code cache.
v8::MaybeLocal<v8::Function> CompiledBuiltin(Environment& env, const std::string& id);

}  // namespace vigil::runtime
