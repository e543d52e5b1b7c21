// internalBinding('buffer'): the hot paths of Buffer, working directly on
// ArrayBuffer backing stores. Every function trusts its argument types
// (runtime/lib/buffer.js checks them and throws node's errors) but clamps
// every index, so a bad call can return a wrong answer, never touch memory
// outside a buffer.
#include <string.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>

#include "bindings.h"
#include "buffer_codecs.h"
#include "buffer_strings.h"
#include "environment.h"
#include "untransferable.h"
#include "v8.h"

namespace vigil::runtime {
namespace {

namespace codecs = vigil::runtime::codecs;
using namespace vigil::runtime::buffer;  // NOLINT: the encoders and ids.

using v8::ArrayBuffer;
using v8::ArrayBufferView;
using v8::BackingStore;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::NewStringType;
using v8::Number;
using v8::Object;
using v8::String;
using v8::Value;

// The bytes of an ArrayBufferView, ArrayBuffer or SharedArrayBuffer.
struct Bytes {
  uint8_t* data = nullptr;
  size_t length = 0;
};

Bytes GetBytes(Local<Value> value) {
  Bytes bytes;
  void* data = nullptr;
  // ArrayBuffer::Data() avoids GetBackingStore(), which takes a global lock
  // to register the store and would dominate small operations.
  if (value->IsArrayBufferView()) {
    Local<ArrayBufferView> view = value.As<ArrayBufferView>();
    bytes.length = view->ByteLength();
    if (bytes.length == 0) return bytes;
    data = static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
  } else if (value->IsArrayBuffer()) {
    Local<ArrayBuffer> ab = value.As<ArrayBuffer>();
    bytes.length = ab->ByteLength();
    data = ab->Data();
  } else if (value->IsSharedArrayBuffer()) {
    Local<v8::SharedArrayBuffer> sab = value.As<v8::SharedArrayBuffer>();
    bytes.length = sab->ByteLength();
    data = sab->Data();
  }
  if (data == nullptr) {
    bytes.length = 0;
    return bytes;
  }
  bytes.data = static_cast<uint8_t*>(data);
  return bytes;
}

// Reads an integer argument; fractions truncate, anything else is 0.
int64_t IntArg(const FunctionCallbackInfo<Value>& args, int i) {
  if (!args[i]->IsNumber()) return 0;
  const double d = args[i].As<Number>()->Value();
  if (std::isnan(d)) return 0;
  if (d >= 9.0e18) return INT64_MAX / 2;
  if (d <= -9.0e18) return INT64_MIN / 2;
  return static_cast<int64_t>(d);
}

size_t Clamp(int64_t v, size_t max) {
  if (v < 0) return 0;
  return static_cast<size_t>(v) > max ? max : static_cast<size_t>(v);
}

// ---- The binding functions. ----

// xxxSlice(buffer, start, end) -> string, or undefined when too long.
template <int kEncoding>
void SliceMethod(const FunctionCallbackInfo<Value>& args) {
  Bytes bytes = GetBytes(args[0]);
  const size_t end = Clamp(IntArg(args, 2), bytes.length);
  const size_t start = std::min(Clamp(IntArg(args, 1), bytes.length), end);
  Local<String> result;
  if (Slice(args.GetIsolate(), kEncoding, bytes.data + start, end - start)
          .ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

// xxxWrite(buffer, string, offset, maxLength) -> bytes written.
template <int kEncoding>
void WriteMethod(const FunctionCallbackInfo<Value>& args) {
  if (!args[1]->IsString()) return args.GetReturnValue().Set(0);
  Bytes bytes = GetBytes(args[0]);
  const size_t offset = Clamp(IntArg(args, 2), bytes.length);
  const size_t capacity =
      std::min(Clamp(IntArg(args, 3), SIZE_MAX / 2), bytes.length - offset);
  const size_t n = WriteString(args.GetIsolate(), args[1].As<String>(),
                               kEncoding, bytes.data + offset, capacity);
  args.GetReturnValue().Set(static_cast<double>(n));
}

void ByteLengthUtf8(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsString()) return args.GetReturnValue().Set(0);
  args.GetReturnValue().Set(args[0].As<String>()->Utf8Length(args.GetIsolate()));
}

// An ArrayBuffer whose memory is not zeroed (Buffer.allocUnsafe).
MaybeLocal<ArrayBuffer> NewUninitialized(Isolate* isolate, size_t size,
                                         void** data_out) {
  void* data = size == 0 ? nullptr : malloc(size);
  if (size != 0 && data == nullptr) return MaybeLocal<ArrayBuffer>();
  std::unique_ptr<BackingStore> store = ArrayBuffer::NewBackingStore(
      data, size, [](void* d, size_t, void*) { free(d); }, nullptr);
  *data_out = data;
  return ArrayBuffer::New(isolate, std::move(store));
}

void ThrowAllocationFailed(Isolate* isolate) {
  isolate->ThrowException(v8::Exception::RangeError(
      String::NewFromUtf8Literal(isolate, "Array buffer allocation failed")));
}

void CreateUnsafeArrayBuffer(const FunctionCallbackInfo<Value>& args) {
  const size_t size = Clamp(IntArg(args, 0), size_t{1} << 32);
  void* data;
  Local<ArrayBuffer> ab;
  if (!NewUninitialized(args.GetIsolate(), size, &data).ToLocal(&ab))
    return ThrowAllocationFailed(args.GetIsolate());
  args.GetReturnValue().Set(ab);
}

// createFromString(string, encoding) -> ArrayBuffer holding exactly the
// encoded bytes (used by Buffer.from for strings too big for the pool).
void CreateFromString(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString()) return;
  Local<String> str = args[0].As<String>();
  const int encoding = static_cast<int>(IntArg(args, 1));
  if (encoding == kUtf8) {
    uint8_t* data;
    size_t n;
    if (!Utf8FromString(isolate, str, &data, &n))
      return ThrowAllocationFailed(isolate);
    std::unique_ptr<BackingStore> store = ArrayBuffer::NewBackingStore(
        data, n, [](void* d, size_t, void*) { free(d); }, nullptr);
    args.GetReturnValue().Set(ArrayBuffer::New(isolate, std::move(store)));
    return;
  }
  // Memory from the isolate's allocator (rather than malloc with a custom
  // deleter) is zeroed first, yet measurably cheaper overall: V8 gives it
  // back sooner, so fewer fresh pages are faulted in per call.
  const size_t size = EncodedSize(isolate, str, encoding);
  std::unique_ptr<BackingStore> store =
      ArrayBuffer::NewBackingStore(isolate, size);
  if (size != 0 && store->Data() == nullptr)
    return ThrowAllocationFailed(isolate);
  const size_t n = WriteString(isolate, str, encoding,
                               static_cast<uint8_t*>(store->Data()), size);
  if (n < size) {
    // Invalid hex or lenient base64 decoded to less than estimated.
    std::unique_ptr<BackingStore> exact =
        ArrayBuffer::NewBackingStore(isolate, n);
    if (n != 0) memcpy(exact->Data(), store->Data(), n);
    store = std::move(exact);
  }
  args.GetReturnValue().Set(ArrayBuffer::New(isolate, std::move(store)));
}

int NormalizeCompare(int cmp, size_t a_len, size_t b_len) {
  if (cmp == 0) return a_len > b_len ? 1 : (a_len < b_len ? -1 : 0);
  return cmp > 0 ? 1 : -1;
}

void Compare(const FunctionCallbackInfo<Value>& args) {
  Bytes a = GetBytes(args[0]);
  Bytes b = GetBytes(args[1]);
  const size_t n = std::min(a.length, b.length);
  const int cmp = n == 0 ? 0 : memcmp(a.data, b.data, n);
  args.GetReturnValue().Set(NormalizeCompare(cmp, a.length, b.length));
}

// compareOffset(source, target, targetStart, sourceStart, targetEnd,
// sourceEnd) compares source[sourceStart, sourceEnd) with
// target[targetStart, targetEnd).
void CompareOffset(const FunctionCallbackInfo<Value>& args) {
  Bytes source = GetBytes(args[0]);
  Bytes target = GetBytes(args[1]);
  const size_t target_end = Clamp(IntArg(args, 4), target.length);
  const size_t source_end = Clamp(IntArg(args, 5), source.length);
  const size_t target_start = std::min(Clamp(IntArg(args, 2), target.length),
                                       target_end);
  const size_t source_start = std::min(Clamp(IntArg(args, 3), source.length),
                                       source_end);
  const size_t source_len = source_end - source_start;
  const size_t target_len = target_end - target_start;
  const size_t n = std::min(source_len, target_len);
  const int cmp = n == 0 ? 0
                         : memcmp(source.data + source_start,
                                  target.data + target_start, n);
  args.GetReturnValue().Set(NormalizeCompare(cmp, source_len, target_len));
}

// ---- Searching. ----

// Where a search starts, following node's rules for negative offsets and
// offsets past the end; -1 means there can be no match.
int64_t SearchStart(size_t length, int64_t offset, size_t needle_length,
                    bool forward) {
  const int64_t len = static_cast<int64_t>(length);
  if (offset < 0) {
    if (offset + len >= 0) return len + offset;
    if (forward || needle_length == 0) return 0;
    return -1;
  }
  if (offset + static_cast<int64_t>(needle_length) <= len) return offset;
  if (needle_length == 0) return len;
  if (forward) return -1;
  return len - 1;
}

// The common tail of indexOfString and indexOfBuffer.
int64_t IndexOfBytes(Bytes haystack, const uint8_t* needle,
                     size_t needle_length, int64_t offset, bool forward,
                     bool ucs2) {
  const int64_t start =
      SearchStart(haystack.length, offset, needle_length, forward);
  if (needle_length == 0) return start;  // Like String#indexOf('').
  if (haystack.length == 0 || start <= -1) return -1;
  const size_t pos = static_cast<size_t>(start);
  if ((forward && needle_length + pos > haystack.length) ||
      needle_length > haystack.length)
    return -1;
  if (ucs2) {
    if (haystack.length < 2 || needle_length < 2) return -1;
    return codecs::SearchBytes(haystack.data, haystack.length & ~size_t{1},
                               needle, needle_length & ~size_t{1}, pos,
                               forward, 2);
  }
  return codecs::SearchBytes(haystack.data, haystack.length, needle,
                             needle_length, pos, forward, 1);
}

// indexOfString(buffer, string, byteOffset, encoding, forward)
void IndexOfString(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Bytes haystack = GetBytes(args[0]);
  if (!args[1]->IsString()) return args.GetReturnValue().Set(-1);
  Local<String> needle = args[1].As<String>();
  const int encoding = static_cast<int>(IntArg(args, 3));
  const bool forward = args[4]->IsTrue();
  const size_t needle_length = EncodedSize(isolate, needle, encoding);
  // A needle longer than the haystack cannot match; skip encoding it.
  if (needle_length > haystack.length && needle_length != 0)
    return args.GetReturnValue().Set(-1);
  Scratch bytes(needle_length);
  const size_t written =
      WriteString(isolate, needle, encoding, bytes.data(), needle_length);
  const int64_t result = IndexOfBytes(haystack, bytes.data(), written,
                                      IntArg(args, 2), forward,
                                      encoding == kUcs2);
  args.GetReturnValue().Set(static_cast<double>(result));
}

// indexOfBuffer(buffer, needle, byteOffset, encoding, forward)
void IndexOfBuffer(const FunctionCallbackInfo<Value>& args) {
  Bytes haystack = GetBytes(args[0]);
  Bytes needle = GetBytes(args[1]);
  const int encoding = static_cast<int>(IntArg(args, 3));
  const int64_t result =
      IndexOfBytes(haystack, needle.data, needle.length, IntArg(args, 2),
                   args[4]->IsTrue(), encoding == kUcs2);
  args.GetReturnValue().Set(static_cast<double>(result));
}

// indexOfNumber(buffer, uint32, byteOffset, forward); only the low byte of
// the number is searched for.
void IndexOfNumber(const FunctionCallbackInfo<Value>& args) {
  Bytes haystack = GetBytes(args[0]);
  const uint8_t needle =
      static_cast<uint8_t>(args[1]->IsUint32() ? args[1].As<v8::Uint32>()->Value()
                                               : static_cast<uint32_t>(IntArg(args, 1)));
  const bool forward = args[3]->IsTrue();
  const int64_t start =
      SearchStart(haystack.length, IntArg(args, 2), 1, forward);
  if (start <= -1 || haystack.length == 0)
    return args.GetReturnValue().Set(-1);
  const size_t pos = static_cast<size_t>(start);
  const void* hit =
      forward ? memchr(haystack.data + pos, needle, haystack.length - pos)
              : memrchr(haystack.data, needle, pos + 1);
  if (hit == nullptr) return args.GetReturnValue().Set(-1);
  args.GetReturnValue().Set(static_cast<double>(
      static_cast<const uint8_t*>(hit) - haystack.data));
}

// ---- Filling and byte swapping. ----

// fill(buffer, value, start, end, encoding) -> undefined on success, -1
// when the value encodes to no bytes, -2 when the range is out of bounds.
// Numbers are filled by the JS side with TypedArray#fill.
void Fill(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Bytes bytes = GetBytes(args[0]);
  const int64_t start = IntArg(args, 2);
  const int64_t end = IntArg(args, 3);
  // A negative index is a caller bug (the JS side validates); node's binding
  // reports it as a RangeError rather than touching memory.
  if (start < 0 || end < 0) {
    Local<Value> error = v8::Exception::RangeError(
        String::NewFromUtf8Literal(isolate, "Index out of range"));
    error.As<Object>()
        ->Set(isolate->GetCurrentContext(), String::NewFromUtf8Literal(isolate, "code"),
              String::NewFromUtf8Literal(isolate, "ERR_OUT_OF_RANGE"))
        .Check();
    isolate->ThrowException(error);
    return;
  }
  if (start > end ||
      static_cast<size_t>(end) > bytes.length)
    return args.GetReturnValue().Set(-2);
  uint8_t* dst = bytes.data + start;
  const size_t fill_length = static_cast<size_t>(end - start);
  if (fill_length == 0) return;
  size_t pattern = 0;
  if (args[1]->IsArrayBufferView()) {
    Bytes src = GetBytes(args[1]);
    pattern = std::min(src.length, fill_length);
    if (pattern != 0) memmove(dst, src.data, pattern);
  } else if (args[1]->IsString()) {
    Local<String> str = args[1].As<String>();
    const int encoding = static_cast<int>(IntArg(args, 4));
    if (encoding == kUtf8) {
      // The whole UTF-8 form is the pattern, even if the fill cuts it.
      const size_t size = static_cast<size_t>(str->Utf8Length(isolate));
      if (size <= fill_length) {
        pattern = WriteUtf8(isolate, str, dst, size);
      } else {
        Scratch tmp(size);
        WriteUtf8(isolate, str, tmp.data(), size);
        memcpy(dst, tmp.data(), fill_length);
        pattern = fill_length;
      }
    } else if (encoding == kUcs2) {
      const size_t size = static_cast<size_t>(str->Length()) * 2;
      Scratch tmp(size);
      WriteUcs2(isolate, str, tmp.data(), size);
      pattern = std::min(size, fill_length);
      memcpy(dst, tmp.data(), pattern);
    } else {
      pattern = WriteString(isolate, str, encoding, dst, fill_length);
    }
  } else {
    uint32_t value;
    if (!args[1]->Uint32Value(isolate->GetCurrentContext()).To(&value)) return;
    memset(dst, static_cast<int>(value & 255), fill_length);
    return;
  }
  if (pattern >= fill_length) return;
  if (pattern == 0) return args.GetReturnValue().Set(-1);
  // Double the filled prefix until the range is full.
  size_t done = pattern;
  while (done < fill_length) {
    const size_t n = std::min(done, fill_length - done);
    memcpy(dst + done, dst, n);
    done += n;
  }
}

template <int kWidth>
void Swap(const FunctionCallbackInfo<Value>& args) {
  Bytes bytes = GetBytes(args[0]);
  uint8_t* p = bytes.data;
  const size_t n = bytes.length / kWidth * kWidth;
  for (size_t i = 0; i < n; i += kWidth) {
    if (kWidth == 2) {
      uint16_t v;
      memcpy(&v, p + i, 2);
      v = __builtin_bswap16(v);
      memcpy(p + i, &v, 2);
    } else if (kWidth == 4) {
      uint32_t v;
      memcpy(&v, p + i, 4);
      v = __builtin_bswap32(v);
      memcpy(p + i, &v, 4);
    } else {
      uint64_t v;
      memcpy(&v, p + i, 8);
      v = __builtin_bswap64(v);
      memcpy(p + i, &v, 8);
    }
  }
  args.GetReturnValue().Set(args[0]);
}

// ---- Validation and reflection. ----

// isUtf8 / isAscii of a TypedArray, DataView or (Shared)ArrayBuffer.
template <bool kUtf8Check>
void Validate(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  bool detached = false;
  if (args[0]->IsArrayBufferView())
    detached = args[0].As<ArrayBufferView>()->Buffer()->WasDetached();
  else if (args[0]->IsArrayBuffer())
    detached = args[0].As<ArrayBuffer>()->WasDetached();
  if (detached) {
    Local<Value> error = v8::Exception::Error(String::NewFromUtf8Literal(
        isolate, "Cannot validate on a detached buffer"));
    error.As<Object>()
        ->Set(isolate->GetCurrentContext(),
              String::NewFromUtf8Literal(isolate, "code"),
              String::NewFromUtf8Literal(isolate, "ERR_INVALID_STATE"))
        .Check();
    isolate->ThrowException(error);
    return;
  }
  Bytes bytes = GetBytes(args[0]);
  const bool ok = kUtf8Check
                      ? codecs::IsValidUtf8(bytes.data, bytes.length)
                      : codecs::FirstNonAscii(bytes.data, bytes.length) ==
                            bytes.length;
  args.GetReturnValue().Set(ok);
}

// markAsUntransferable(arrayBuffer): postMessage and structuredClone copy
// it instead of detaching it (used for the allocation pool).
void MarkAsUntransferable(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsArrayBuffer()) return;
  MarkUntransferable(args.GetIsolate()->GetCurrentContext(),
                     args[0].As<Object>());
}

// getOwnNonIndexProperties(object, onlyEnumerable): the own keys (symbols
// included) that are not array indices, for inspecting Buffers without
// listing every byte.
void GetOwnNonIndexProperties(const FunctionCallbackInfo<Value>& args) {
  if (!args[0]->IsObject()) return;
  Local<Context> context = args.GetIsolate()->GetCurrentContext();
  const auto filter =
      args[1]->IsTrue() ? v8::ONLY_ENUMERABLE : v8::ALL_PROPERTIES;
  Local<v8::Array> keys;
  if (args[0]
          .As<Object>()
          ->GetPropertyNames(context, v8::KeyCollectionMode::kOwnOnly, filter,
                             v8::IndexFilter::kSkipIndices)
          .ToLocal(&keys))
    args.GetReturnValue().Set(keys);
}

void SetBufferMethod(Isolate* isolate, Local<Context> context,
                     Local<Object> target, const char* name, v8::FunctionCallback callback,
               bool pure = false) {
  Local<FunctionTemplate> tmpl = FunctionTemplate::New(
      isolate, callback, Local<Value>(), Local<v8::Signature>(), 0,
      v8::ConstructorBehavior::kThrow,
      pure ? v8::SideEffectType::kHasNoSideEffect
           : v8::SideEffectType::kHasSideEffect);
  Local<String> key = String::NewFromUtf8(isolate, name).ToLocalChecked();
  tmpl->SetClassName(key);
  target->Set(context, key, tmpl->GetFunction(context).ToLocalChecked())
      .Check();
}

}  // namespace

void Init_buffer_Binding(Environment& env, Local<Object> target) {
  Isolate* isolate = env.isolate();
  Local<Context> context = env.context();
  // The allocator's zero-fill switch, for Buffer.allocUnsafe (buffer.js).
  Local<ArrayBuffer> zero_fill = ArrayBuffer::New(
      isolate, ArrayBuffer::NewBackingStore(env.zero_fill_toggle(), sizeof(uint32_t), v8::BackingStore::EmptyDeleter,
                                            nullptr));
  target->Set(context, String::NewFromUtf8Literal(isolate, "zeroFill"), v8::Uint32Array::New(zero_fill, 0, 1))
      .Check();
  // Slices and searches have no side effects, which lets the inspector
  // evaluate them eagerly (e.g. previews of buf.toString()).
  SetBufferMethod(isolate, context, target, "utf8Slice", SliceMethod<kUtf8>, true);
  SetBufferMethod(isolate, context, target, "ucs2Slice", SliceMethod<kUcs2>, true);
  SetBufferMethod(isolate, context, target, "latin1Slice", SliceMethod<kLatin1>,
            true);
  SetBufferMethod(isolate, context, target, "asciiSlice", SliceMethod<kAscii>, true);
  SetBufferMethod(isolate, context, target, "hexSlice", SliceMethod<kHex>, true);
  SetBufferMethod(isolate, context, target, "base64Slice", SliceMethod<kBase64>,
            true);
  SetBufferMethod(isolate, context, target, "base64urlSlice",
            SliceMethod<kBase64Url>, true);
  SetBufferMethod(isolate, context, target, "utf8Write", WriteMethod<kUtf8>);
  SetBufferMethod(isolate, context, target, "ucs2Write", WriteMethod<kUcs2>);
  SetBufferMethod(isolate, context, target, "latin1Write", WriteMethod<kLatin1>);
  SetBufferMethod(isolate, context, target, "asciiWrite", WriteMethod<kAscii>);
  SetBufferMethod(isolate, context, target, "hexWrite", WriteMethod<kHex>);
  SetBufferMethod(isolate, context, target, "base64Write", WriteMethod<kBase64>);
  SetBufferMethod(isolate, context, target, "base64urlWrite",
            WriteMethod<kBase64Url>);
  SetBufferMethod(isolate, context, target, "byteLengthUtf8", ByteLengthUtf8, true);
  SetBufferMethod(isolate, context, target, "createFromString", CreateFromString);
  SetBufferMethod(isolate, context, target, "createUnsafeArrayBuffer",
            CreateUnsafeArrayBuffer);
  SetBufferMethod(isolate, context, target, "compare", Compare, true);
  SetBufferMethod(isolate, context, target, "compareOffset", CompareOffset, true);
  SetBufferMethod(isolate, context, target, "indexOfString", IndexOfString, true);
  SetBufferMethod(isolate, context, target, "indexOfBuffer", IndexOfBuffer, true);
  SetBufferMethod(isolate, context, target, "indexOfNumber", IndexOfNumber, true);
  SetBufferMethod(isolate, context, target, "fill", Fill);
  SetBufferMethod(isolate, context, target, "swap16", Swap<2>);
  SetBufferMethod(isolate, context, target, "swap32", Swap<4>);
  SetBufferMethod(isolate, context, target, "swap64", Swap<8>);
  SetBufferMethod(isolate, context, target, "isUtf8", Validate<true>, true);
  SetBufferMethod(isolate, context, target, "isAscii", Validate<false>, true);
  SetBufferMethod(isolate, context, target, "markAsUntransferable",
                  MarkAsUntransferable);
  SetBufferMethod(isolate, context, target, "getOwnNonIndexProperties",
            GetOwnNonIndexProperties, true);

  Local<Object> encodings = Object::New(isolate);
  const std::pair<const char*, int> ids[] = {
      {"utf8", kUtf8},     {"ucs2", kUcs2},           {"latin1", kLatin1},
      {"ascii", kAscii},   {"base64", kBase64},       {"base64url", kBase64Url},
      {"hex", kHex},
  };
  for (const auto& [name, id] : ids) {
    encodings
        ->Set(context, String::NewFromUtf8(isolate, name).ToLocalChecked(),
              Integer::New(isolate, id))
        .Check();
  }
  target->Set(context, String::NewFromUtf8Literal(isolate, "encodings"),
              encodings)
      .Check();
}

}  // namespace vigil::runtime
