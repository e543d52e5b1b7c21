// The native half of the module loaders: CommonJS wrappers are compiled with
// ScriptCompiler::CompileFunction, ES modules are v8::Modules kept in a
// per-environment table and linked from the JavaScript loader
// (runtime/lib/internal/modules/).
#pragma once

#include <v8.h>

namespace vigil::runtime {

// Installs the isolate callbacks for import(), import.meta.
void ConfigureModuleCallbacks(v8::Isolate* isolate);

}  // namespace vigil::runtime
