// Encoders and decoders between JS strings and Buffer memory. Short inputs
// go through V8's own string functions; long ones through the codecs in
// buffer_codecs.cc, which are faster than V8 10.2's and produce exactly the
// same results (tests/js/buffer/differential-*.js compare them with node).
#include "buffer_strings.h"

#include <string.h>

#include <algorithm>

#include "buffer_codecs.h"

namespace vigil::runtime::buffer {

using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::NewStringType;
using v8::String;

namespace codecs = vigil::runtime::codecs;

namespace {

// UTF-8 decoding uses our own codec for short results (decoded on the
// stack) and from this many bytes on, where it beats V8 10.2's; V8's own
// handles the sizes in between.
constexpr size_t kOwnUtf8Threshold = 1024;

// The characters of a string as one-byte or two-byte units, borrowed from
// an external string when possible and copied otherwise. Only the first
// `limit` characters are made available.
class StringChars {
 public:
  StringChars(Isolate* isolate, Local<String> str, size_t limit = SIZE_MAX) {
    length_ = std::min(static_cast<size_t>(str->Length()), limit);
    if (str->IsExternalOneByte()) {
      one_ = reinterpret_cast<const uint8_t*>(
          str->GetExternalOneByteStringResource()->data());
    } else if (str->IsOneByte()) {
      uint8_t* out = inline_;
      if (length_ > sizeof(inline_)) {
        buffer_.reset(new uint8_t[length_]);
        out = buffer_.get();
      }
      str->WriteOneByte(isolate, out, 0, static_cast<int>(length_),
                        String::NO_NULL_TERMINATION);
      one_ = out;
    } else {
      uint16_t* out = reinterpret_cast<uint16_t*>(inline_);
      if (length_ * 2 > sizeof(inline_)) {
        wide_.reset(new uint16_t[length_]);
        out = wide_.get();
      }
      str->Write(isolate, out, 0, static_cast<int>(length_),
                 String::NO_NULL_TERMINATION);
      two_ = out;
    }
  }

  const uint8_t* one_byte() const { return one_; }
  const uint16_t* two_byte() const { return two_; }
  size_t length() const { return length_; }

 private:
  // Short strings (the common case) are copied here instead of the heap.
  alignas(8) uint8_t inline_[512];
  std::unique_ptr<uint8_t[]> buffer_;
  std::unique_ptr<uint16_t[]> wide_;
  const uint8_t* one_ = nullptr;
  const uint16_t* two_ = nullptr;
  size_t length_ = 0;
};

}  // namespace

// UTF-8 of a string into dst. One-byte strings are copied straight into
// place and only their non-ASCII tail is expanded; V8 handles the rest.
size_t WriteUtf8(Isolate* isolate, Local<String> str, uint8_t* dst,
                 size_t capacity) {
  const size_t n = static_cast<size_t>(str->Length());
  if (!str->IsOneByte()) {
    // Two-byte strings: copy the UTF-16 units out in cache-sized chunks and
    // encode each; a surrogate pair is never split across two chunks.
    constexpr size_t kChunk = 8192;
    uint16_t units[kChunk];
    size_t pos = 0;
    size_t written = 0;
    while (pos < n && written < capacity) {
      size_t count = std::min(kChunk, n - pos);
      str->Write(isolate, units, static_cast<int>(pos), static_cast<int>(count),
                 String::NO_NULL_TERMINATION);
      if (pos + count < n && units[count - 1] >= 0xd800 &&
          units[count - 1] <= 0xdbff)
        count--;
      size_t consumed;
      written += codecs::Utf16ToUtf8(units, count, dst + written,
                                     capacity - written, &consumed);
      if (consumed < count) break;  // dst is full.
      pos += count;
    }
    return written;
  }
  if (n <= capacity && !str->IsExternalOneByte()) {
    str->WriteOneByte(isolate, dst, 0, static_cast<int>(n),
                      String::NO_NULL_TERMINATION);
    const size_t ascii = codecs::FirstNonAscii(dst, n);
    if (ascii == n) return n;
    Scratch tail(n - ascii);
    memcpy(tail.data(), dst + ascii, n - ascii);
    size_t consumed;
    return ascii + codecs::Latin1ToUtf8(tail.data(), n - ascii, dst + ascii,
                                        capacity - ascii, &consumed);
  }
  // Every character takes at least one byte, so `capacity` characters are
  // all that can fit.
  StringChars chars(isolate, str, capacity);
  size_t consumed;
  return codecs::Latin1ToUtf8(chars.one_byte(), chars.length(), dst, capacity,
                              &consumed);
}

size_t WriteUcs2(Isolate* isolate, Local<String> str, uint8_t* dst,
                 size_t capacity) {
  const size_t chars =
      std::min(static_cast<size_t>(str->Length()), capacity / 2);
  if (chars == 0) return 0;
  if (reinterpret_cast<uintptr_t>(dst) % alignof(uint16_t) == 0) {
    str->Write(isolate, reinterpret_cast<uint16_t*>(dst), 0,
               static_cast<int>(chars), String::NO_NULL_TERMINATION);
  } else {
    std::unique_ptr<uint16_t[]> tmp(new uint16_t[chars]);
    str->Write(isolate, tmp.get(), 0, static_cast<int>(chars),
               String::NO_NULL_TERMINATION);
    memcpy(dst, tmp.get(), chars * 2);
  }
  return chars * 2;
}

template <typename Fn>
size_t WithChars(const StringChars& chars, Fn fn) {
  return chars.one_byte() != nullptr ? fn(chars.one_byte())
                                     : fn(chars.two_byte());
}

// Encodes `str` into dst (at most `capacity` bytes) and returns the bytes
// written. ASCII writes, like latin1, keep the low byte of each unit.
size_t WriteString(Isolate* isolate, Local<String> str, int encoding,
                   uint8_t* dst, size_t capacity) {
  if (capacity == 0) return 0;
  switch (encoding) {
    case kUtf8:
      return WriteUtf8(isolate, str, dst, capacity);
    case kUcs2:
      return WriteUcs2(isolate, str, dst, capacity);
    case kLatin1:
    case kAscii: {
      const size_t n = std::min(static_cast<size_t>(str->Length()), capacity);
      str->WriteOneByte(isolate, dst, 0, static_cast<int>(n),
                        String::NO_NULL_TERMINATION);
      return n;
    }
    case kHex: {
      const size_t limit = capacity > SIZE_MAX / 2 ? SIZE_MAX : capacity * 2;
      StringChars chars(isolate, str, limit);
      return WithChars(chars, [&](auto* src) {
        return codecs::HexDecode(dst, capacity, src, chars.length());
      });
    }
    case kBase64:
    case kBase64Url: {
      StringChars chars(isolate, str);
      return WithChars(chars, [&](auto* src) {
        return codecs::Base64Decode(dst, capacity, src, chars.length());
      });
    }
    default:
      return 0;
  }
}

// The number of bytes WriteString needs for the whole string.
size_t EncodedSize(Isolate* isolate, Local<String> str, int encoding) {
  const size_t n = static_cast<size_t>(str->Length());
  switch (encoding) {
    case kUtf8:
      return static_cast<size_t>(str->Utf8Length(isolate));
    case kUcs2:
      return n * 2;
    case kHex:
      return n / 2;
    case kBase64:
    case kBase64Url: {
      // Only the last two characters matter for the estimate.
      if (n < 2) return 0;
      uint16_t tail[2];
      str->Write(isolate, tail, static_cast<int>(n - 2), 2,
                 String::NO_NULL_TERMINATION);
      size_t len = n;
      if (tail[1] == '=') {
        len--;
        if (tail[0] == '=') len--;
      }
      return len > 1 ? (len / 4) * 3 + (len % 4 + 1) / 2 : 0;
    }
    default:
      return n;
  }
}

namespace {

// ---- Strings from bytes. ----

// A one-byte string that owns malloc'd characters, so that large encoder
// output becomes a string without another copy.
class ExternalOneByte : public String::ExternalOneByteStringResource {
 public:
  ExternalOneByte(Isolate* isolate, char* data, size_t length)
      : isolate_(isolate), data_(data), length_(length) {
    isolate_->AdjustAmountOfExternalAllocatedMemory(
        static_cast<int64_t>(length_));
  }
  ~ExternalOneByte() override {
    isolate_->AdjustAmountOfExternalAllocatedMemory(
        -static_cast<int64_t>(length_));
    free(data_);
  }
  const char* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  Isolate* isolate_;
  char* data_;
  size_t length_;
};

class ExternalTwoByte : public String::ExternalStringResource {
 public:
  ExternalTwoByte(Isolate* isolate, uint16_t* data, size_t length)
      : isolate_(isolate), data_(data), length_(length) {
    isolate_->AdjustAmountOfExternalAllocatedMemory(
        static_cast<int64_t>(length_ * 2));
  }
  ~ExternalTwoByte() override {
    isolate_->AdjustAmountOfExternalAllocatedMemory(
        -static_cast<int64_t>(length_ * 2));
    free(data_);
  }
  const uint16_t* data() const override { return data_; }
  size_t length() const override { return length_; }

 private:
  Isolate* isolate_;
  uint16_t* data_;
  size_t length_;
};

// Below this size copying into a V8 string is cheaper than an external one.
constexpr size_t kExternalThreshold = 64 * 1024;

// Runs `encode(dst)` into a buffer of `size` characters and turns it into a
// string; empty when the string would exceed V8's maximum length.
template <typename Encode>
MaybeLocal<String> EncodeToString(Isolate* isolate, size_t size,
                                  Encode encode) {
  if (size > static_cast<size_t>(String::kMaxLength))
    return MaybeLocal<String>();
  if (size < kExternalThreshold) {
    Scratch out(size);
    const size_t n = encode(reinterpret_cast<char*>(out.data()));
    return String::NewFromOneByte(isolate, out.data(), NewStringType::kNormal,
                                  static_cast<int>(n));
  }
  char* data = static_cast<char*>(malloc(size));
  if (data == nullptr) return MaybeLocal<String>();
  const size_t n = encode(data);
  auto* resource = new ExternalOneByte(isolate, data, n);
  MaybeLocal<String> result = String::NewExternalOneByte(isolate, resource);
  if (result.IsEmpty()) delete resource;
  return result;
}

// Decodes long UTF-8 with one pass into UTF-16; the result becomes a
// one-byte string when every character allows it.
MaybeLocal<String> DecodeUtf8(Isolate* isolate, const uint8_t* data,
                              size_t len) {
  const size_t ascii = codecs::FirstNonAscii(data, len);
  if (ascii == len) {
    return String::NewFromOneByte(isolate, data, NewStringType::kNormal,
                                  static_cast<int>(len));
  }
  // Small results are decoded on the stack; large ones into memory that an
  // external string can adopt.
  alignas(8) uint16_t stack[256];
  const bool small = len <= 256;
  uint16_t* units =
      small ? stack : static_cast<uint16_t*>(malloc(len * 2));
  if (units == nullptr) return MaybeLocal<String>();
  for (size_t i = 0; i < ascii; i++) units[i] = data[i];
  uint16_t max;
  const size_t n =
      ascii + codecs::Utf8ToUtf16(data + ascii, len - ascii, units + ascii, &max);
  if (max <= 0xff) {
    // Latin-1 only: narrow in place and hand out a one-byte string.
    uint8_t* narrow = reinterpret_cast<uint8_t*>(units);
    for (size_t i = 0; i < n; i++) narrow[i] = static_cast<uint8_t>(units[i]);
    MaybeLocal<String> s = String::NewFromOneByte(
        isolate, narrow, NewStringType::kNormal, static_cast<int>(n));
    if (!small) free(units);
    return s;
  }
  if (n * 2 < kExternalThreshold) {
    MaybeLocal<String> s = String::NewFromTwoByte(
        isolate, units, NewStringType::kNormal, static_cast<int>(n));
    if (!small) free(units);
    return s;
  }
  auto* resource = new ExternalTwoByte(isolate, units, n);
  MaybeLocal<String> s = String::NewExternalTwoByte(isolate, resource);
  if (s.IsEmpty()) delete resource;
  return s;
}

}  // namespace

MaybeLocal<String> Slice(Isolate* isolate, int encoding, const uint8_t* data,
                         size_t len) {
  const size_t max = static_cast<size_t>(String::kMaxLength);
  switch (encoding) {
    case kUtf8: {
      if (len > INT32_MAX) return MaybeLocal<String>();
      if (len <= max) {
        // At most one character per byte: the result cannot be too long.
        if (len >= kOwnUtf8Threshold || len <= 256)
          return DecodeUtf8(isolate, data, len);
        return String::NewFromUtf8(isolate, reinterpret_cast<const char*>(data),
                                   NewStringType::kNormal,
                                   static_cast<int>(len));
      }
      v8::TryCatch try_catch(isolate);  // A too-long result throws.
      MaybeLocal<String> s =
          String::NewFromUtf8(isolate, reinterpret_cast<const char*>(data),
                              NewStringType::kNormal, static_cast<int>(len));
      if (try_catch.HasCaught()) return MaybeLocal<String>();
      return s;
    }
    case kLatin1:
      if (len > max) return MaybeLocal<String>();
      return String::NewFromOneByte(isolate, data, NewStringType::kNormal,
                                    static_cast<int>(len));
    case kAscii: {
      if (len > max) return MaybeLocal<String>();
      if (codecs::FirstNonAscii(data, len) == len) {
        return String::NewFromOneByte(isolate, data, NewStringType::kNormal,
                                      static_cast<int>(len));
      }
      return EncodeToString(isolate, len, [&](char* out) {
        for (size_t i = 0; i < len; i++) out[i] = static_cast<char>(data[i] & 0x7f);
        return len;
      });
    }
    case kUcs2: {
      const size_t chars = len / 2;
      if (chars > max) return MaybeLocal<String>();
      if (reinterpret_cast<uintptr_t>(data) % alignof(uint16_t) == 0) {
        return String::NewFromTwoByte(
            isolate, reinterpret_cast<const uint16_t*>(data),
            NewStringType::kNormal, static_cast<int>(chars));
      }
      std::unique_ptr<uint16_t[]> tmp(new uint16_t[chars]);
      memcpy(tmp.get(), data, chars * 2);
      return String::NewFromTwoByte(isolate, tmp.get(), NewStringType::kNormal,
                                    static_cast<int>(chars));
    }
    case kHex:
      return EncodeToString(isolate, len * 2, [&](char* out) {
        codecs::HexEncode(data, len, out);
        return len * 2;
      });
    case kBase64:
    case kBase64Url: {
      const bool url = encoding == kBase64Url;
      return EncodeToString(
          isolate, codecs::Base64EncodedSize(len, !url),
          [&](char* out) { return codecs::Base64Encode(data, len, out, url); });
    }
    default:
      return MaybeLocal<String>();
  }
}

// The UTF-8 form of a whole string in malloc'd memory of exactly its size.
// Over-allocating and shrinking would be simpler, but glibc then maps fresh
// pages for every large buffer, and faulting them in costs more than the
// encoding itself.
bool Utf8FromString(Isolate* isolate, Local<String> str, uint8_t** out,
                    size_t* out_len) {
  const size_t len = static_cast<size_t>(str->Length());
  if (str->IsOneByte()) {
    // Latin-1: copy as is, and if some characters need two bytes, grow and
    // expand them in place from the end.
    uint8_t* data = static_cast<uint8_t*>(malloc(len == 0 ? 1 : len));
    if (data == nullptr) return false;
    str->WriteOneByte(isolate, data, 0, static_cast<int>(len),
                      String::NO_NULL_TERMINATION);
    const size_t first = codecs::FirstNonAscii(data, len);
    size_t extra = 0;
    for (size_t i = first; i < len; i++) extra += data[i] >> 7;
    if (extra != 0) {
      uint8_t* grown = static_cast<uint8_t*>(realloc(data, len + extra));
      if (grown == nullptr) {
        free(data);
        return false;
      }
      data = grown;
      size_t k = len + extra;
      for (size_t i = len; i-- > first;) {
        const uint8_t c = data[i];
        if (c < 0x80) {
          data[--k] = c;
        } else {
          data[--k] = static_cast<uint8_t>(0x80 | (c & 0x3f));
          data[--k] = static_cast<uint8_t>(0xc0 | (c >> 6));
        }
      }
    }
    *out = data;
    *out_len = len + extra;
    return true;
  }
  // UTF-16: encode into a scratch area that is kept between calls, then
  // copy the result into memory of the right size.
  static thread_local std::unique_ptr<uint8_t[]> scratch;
  static thread_local size_t scratch_size = 0;
  const size_t worst = len * 3;
  uint8_t* tmp;
  std::unique_ptr<uint8_t[]> oversized;
  constexpr size_t kKeepLimit = 16 << 20;
  if (worst <= kKeepLimit) {
    if (scratch_size < worst) {
      scratch.reset(new uint8_t[worst]);
      scratch_size = worst;
    }
    tmp = scratch.get();
  } else {
    oversized.reset(new uint8_t[worst]);
    tmp = oversized.get();
  }
  const size_t n = WriteUtf8(isolate, str, tmp, worst);
  uint8_t* data = static_cast<uint8_t*>(malloc(n == 0 ? 1 : n));
  if (data == nullptr) return false;
  memcpy(data, tmp, n);
  *out = data;
  *out_len = n;
  return true;
}

}  // namespace vigil::runtime::buffer
