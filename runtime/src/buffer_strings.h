// Strings in and out of Buffer memory for internalBinding('buffer'): the
// encoders that write a JS string into bytes and the decoders that make a
// JS string from bytes, in every encoding node supports. buffer.cc holds
// the binding functions built on them.
#ifndef VIGIL_RUNTIME_BUFFER_STRINGS_H_
#define VIGIL_RUNTIME_BUFFER_STRINGS_H_

#include <v8.h>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace vigil::runtime::buffer {

// The ids shared with runtime/lib/internal/buffer_encodings.js, which reads
// them from the binding's `encodings` object.
enum Encoding : int {
  kUtf8 = 1,
  kUcs2,
  kLatin1,
  kAscii,
  kBase64,
  kBase64Url,
  kHex,
};

constexpr size_t kStackBytes = 1024;

// Scratch memory that lives on the stack for small sizes.
class Scratch {
 public:
  explicit Scratch(size_t bytes) {
    data_ = bytes <= kStackBytes ? stack_ : (heap_.reset(new uint8_t[bytes]),
                                             heap_.get());
  }
  uint8_t* data() { return data_; }

 private:
  alignas(8) uint8_t stack_[kStackBytes];
  std::unique_ptr<uint8_t[]> heap_;
  uint8_t* data_;
};

// Encodes `str` into dst (at most `capacity` bytes, never splitting a
// character) and returns the bytes written. ASCII keeps the low byte of
// each unit, like latin1; hex and base64 decode as node does.
size_t WriteString(v8::Isolate* isolate, v8::Local<v8::String> str,
                   int encoding, uint8_t* dst, size_t capacity);
size_t WriteUtf8(v8::Isolate* isolate, v8::Local<v8::String> str, uint8_t* dst,
                 size_t capacity);
size_t WriteUcs2(v8::Isolate* isolate, v8::Local<v8::String> str, uint8_t* dst,
                 size_t capacity);

// The number of bytes WriteString needs for the whole string.
size_t EncodedSize(v8::Isolate* isolate, v8::Local<v8::String> str,
                   int encoding);

// The UTF-8 form of a whole string in malloc'd memory of exactly its size.
bool Utf8FromString(v8::Isolate* isolate, v8::Local<v8::String> str,
                    uint8_t** out, size_t* out_len);

// A string from `len` bytes in `encoding`; empty when V8 refuses a string
// that long.
v8::MaybeLocal<v8::String> Slice(v8::Isolate* isolate, int encoding,
                                 const uint8_t* data, size_t len);

}  // namespace vigil::runtime::buffer

#endif  // VIGIL_RUNTIME_BUFFER_STRINGS_H_
