#include "buffer_allocator.h"

#include <cstdlib>

namespace vigil::runtime {

namespace {

// With the switch off, Buffer.allocUnsafe is a plain `new Uint8Array(size)`
// whose memory V8 allocates and accounts for itself, so the young
// generation is collected once enough such buffers have died; a backing
// store made outside V8 (malloc and a custom deleter) only counts towards
// the much later full GC, and a stream of 64 KiB chunks then faults in tens
// of megabytes of fresh pages.
class BufferAllocator : public v8::ArrayBuffer::Allocator {
 public:
  void* Allocate(size_t length) override { return zero_fill_ != 0 ? std::calloc(length, 1) : std::malloc(length); }
  void* AllocateUninitialized(size_t length) override { return std::malloc(length); }
  void Free(void* data, size_t) override { std::free(data); }
  uint32_t* zero_fill_toggle() { return &zero_fill_; }

 private:
  uint32_t zero_fill_ = 1;
};

}  // namespace

std::unique_ptr<v8::ArrayBuffer::Allocator> NewBufferAllocator(uint32_t** zero_fill_toggle) {
  auto allocator = std::make_unique<BufferAllocator>();
  *zero_fill_toggle = allocator->zero_fill_toggle();
  return allocator;
}

}  // namespace vigil::runtime
