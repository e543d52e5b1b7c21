// The ArrayBuffer allocator of every isolate.
#pragma once

#include <v8.h>

#include <cstdint>
#include <memory>

namespace vigil::runtime {

// V8's ArrayBuffer allocator, except that JavaScript may switch off the
// zero-filling of the next allocation, as node's allocator allows:
// `*zero_fill_toggle` is 1 normally and 0 while buffer.js allocates an
// unsafe Buffer.
std::unique_ptr<v8::ArrayBuffer::Allocator> NewBufferAllocator(uint32_t** zero_fill_toggle);

}  // namespace vigil::runtime
