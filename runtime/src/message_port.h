// The native half of an in-process MessagePort: a uv_async handle that wakes
// the loop to deliver queued messages and keeps it alive while the port is
// ref'd (as node's ports do while they have 'message' listeners).
#pragma once

#include <v8.h>

#include "environment.h"

namespace vigil::runtime {

// Adds the PortHandle constructor to internalBinding('messaging').
void InitMessagePort(Environment& env, v8::Local<v8::Object> target);

}  // namespace vigil::runtime
