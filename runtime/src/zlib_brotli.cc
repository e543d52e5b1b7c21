// The brotli engines of internalBinding('zlib'): BrotliEncoder and
// BrotliDecoder handles over libbrotlienc/libbrotlidec, driven by the same
// CompressionHandle as the zlib modes. init(params, writeResult, callback)
// takes a Uint32Array indexed by BROTLI_PARAM_* (0xFFFFFFFF = unset) and
// returns whether every parameter was accepted.
#include <brotli/decode.h>
#include <brotli/encode.h>

#include "binding_util.h"
#include "zlib_handle.h"

namespace vigil::runtime {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

constexpr int kBrotliEncode = 9;
constexpr int kBrotliDecode = 8;
constexpr int kZBufError = -5;  // Z_BUF_ERROR, the errno node reports for a truncated stream.

// The error code names node reports ("ERR_" and the constant's name after
// BROTLI_DECODER); libbrotli's own strings differ between its versions.
const char* BrotliErrorCodeName(BrotliDecoderErrorCode code) {
  switch (code) {
    case BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: return "ERR__ERROR_FORMAT_EXUBERANT_NIBBLE";
    case BROTLI_DECODER_ERROR_FORMAT_RESERVED: return "ERR__ERROR_FORMAT_RESERVED";
    case BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: return "ERR__ERROR_FORMAT_EXUBERANT_META_NIBBLE";
    case BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: return "ERR__ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET";
    case BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: return "ERR__ERROR_FORMAT_SIMPLE_HUFFMAN_SAME";
    case BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: return "ERR__ERROR_FORMAT_CL_SPACE";
    case BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: return "ERR__ERROR_FORMAT_HUFFMAN_SPACE";
    case BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: return "ERR__ERROR_FORMAT_CONTEXT_MAP_REPEAT";
    case BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: return "ERR__ERROR_FORMAT_BLOCK_LENGTH_1";
    case BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: return "ERR__ERROR_FORMAT_BLOCK_LENGTH_2";
    case BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: return "ERR__ERROR_FORMAT_TRANSFORM";
    case BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: return "ERR__ERROR_FORMAT_DICTIONARY";
    case BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: return "ERR__ERROR_FORMAT_WINDOW_BITS";
    case BROTLI_DECODER_ERROR_FORMAT_PADDING_1: return "ERR__ERROR_FORMAT_PADDING_1";
    case BROTLI_DECODER_ERROR_FORMAT_PADDING_2: return "ERR__ERROR_FORMAT_PADDING_2";
    case BROTLI_DECODER_ERROR_FORMAT_DISTANCE: return "ERR__ERROR_FORMAT_DISTANCE";
    case BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: return "ERR__ERROR_DICTIONARY_NOT_SET";
    case BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: return "ERR__ERROR_INVALID_ARGUMENTS";
    case BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: return "ERR__ERROR_ALLOC_CONTEXT_MODES";
    case BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: return "ERR__ERROR_ALLOC_TREE_GROUPS";
    case BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: return "ERR__ERROR_ALLOC_CONTEXT_MAP";
    case BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: return "ERR__ERROR_ALLOC_RING_BUFFER_1";
    case BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: return "ERR__ERROR_ALLOC_RING_BUFFER_2";
    case BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: return "ERR__ERROR_ALLOC_BLOCK_TYPE_TREES";
    case BROTLI_DECODER_ERROR_UNREACHABLE: return "ERR__ERROR_UNREACHABLE";
    default: return "ERR_BROTLI_DECOMPRESSION_FAILED";
  }
}

class BrotliEngineBase : public CompressionEngine {
 public:
  void SetInput(const unsigned char* in, uint32_t in_len, unsigned char* out, uint32_t out_len) override {
    next_in_ = in;
    avail_in_ = in_len;
    next_out_ = out;
    avail_out_ = out_len;
  }
  uint32_t avail_in() const override { return static_cast<uint32_t>(avail_in_); }
  uint32_t avail_out() const override { return static_cast<uint32_t>(avail_out_); }
  int Params(int, int) override { return 0; }
  std::string InitErrorMessage(int) const override { return "Initialization failed"; }

 protected:
  const uint8_t* next_in_ = nullptr;
  size_t avail_in_ = 0;
  uint8_t* next_out_ = nullptr;
  size_t avail_out_ = 0;
  int flush_ = 0;
};

class BrotliEncoderEngine : public BrotliEngineBase {
 public:
  ~BrotliEncoderEngine() override { End(); }

  bool Init(const uint32_t* params, size_t count) {
    params_.assign(params, params + count);
    return Create();
  }

  void Work(int flush) override {
    flush_ = flush;
    if (state_ == nullptr) {
      last_result_ = false;
      return;
    }
    last_result_ = BrotliEncoderCompressStream(state_, static_cast<BrotliEncoderOperation>(flush), &avail_in_,
                                               &next_in_, &avail_out_, &next_out_, nullptr) == BROTLI_TRUE;
  }

  bool CheckError(std::string* message, int* errnum, std::string* code) override {
    if (last_result_) return true;
    *message = "Compression failed";
    *code = "ERR_BROTLI_COMPRESSION_FAILED";
    *errnum = -1;
    return false;
  }

  int Reset() override {
    End();
    return Create() ? 0 : -1;
  }

  void End() override {
    if (state_ != nullptr) BrotliEncoderDestroyInstance(state_);
    state_ = nullptr;
  }

 private:
  bool Create() {
    state_ = BrotliEncoderCreateInstance(nullptr, nullptr, nullptr);
    if (state_ == nullptr) return false;
    for (size_t i = 0; i < params_.size(); i++) {
      if (params_[i] == UINT32_MAX) continue;
      if (!BrotliEncoderSetParameter(state_, static_cast<BrotliEncoderParameter>(i), params_[i])) return false;
    }
    return true;
  }

  BrotliEncoderState* state_ = nullptr;
  std::vector<uint32_t> params_;
  bool last_result_ = true;
};

class BrotliDecoderEngine : public BrotliEngineBase {
 public:
  ~BrotliDecoderEngine() override { End(); }

  bool Init(const uint32_t* params, size_t count) {
    params_.assign(params, params + count);
    return Create();
  }

  void Work(int flush) override {
    flush_ = flush;
    if (state_ == nullptr) {
      last_result_ = BROTLI_DECODER_RESULT_ERROR;
      error_ = BROTLI_DECODER_ERROR_UNREACHABLE;
      return;
    }
    last_result_ = BrotliDecoderDecompressStream(state_, &avail_in_, &next_in_, &avail_out_, &next_out_, nullptr);
    if (last_result_ == BROTLI_DECODER_RESULT_ERROR) error_ = BrotliDecoderGetErrorCode(state_);
  }

  bool CheckError(std::string* message, int* errnum, std::string* code) override {
    if (last_result_ == BROTLI_DECODER_RESULT_ERROR) {
      *message = "Decompression failed";
      *code = BrotliErrorCodeName(error_);
      *errnum = static_cast<int>(error_);
      return false;
    }
    if (flush_ == BROTLI_OPERATION_FINISH && last_result_ == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
      *message = "unexpected end of file";
      *code = "Z_BUF_ERROR";
      *errnum = kZBufError;
      return false;
    }
    return true;
  }

  int Reset() override {
    End();
    return Create() ? 0 : -1;
  }

  void End() override {
    if (state_ != nullptr) BrotliDecoderDestroyInstance(state_);
    state_ = nullptr;
  }

 private:
  bool Create() {
    state_ = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    if (state_ == nullptr) return false;
    for (size_t i = 0; i < params_.size(); i++) {
      if (params_[i] == UINT32_MAX) continue;
      if (!BrotliDecoderSetParameter(state_, static_cast<BrotliDecoderParameter>(i), params_[i])) return false;
    }
    return true;
  }

  BrotliDecoderState* state_ = nullptr;
  std::vector<uint32_t> params_;
  BrotliDecoderResult last_result_ = BROTLI_DECODER_RESULT_SUCCESS;
  BrotliDecoderErrorCode error_ = BROTLI_DECODER_NO_ERROR;
};

void NewEncoder(const FunctionCallbackInfo<Value>& info) {
  Environment& env = *Environment::From(info.GetIsolate());
  new CompressionHandle(env, info.This(), std::make_unique<BrotliEncoderEngine>());
}

void NewDecoder(const FunctionCallbackInfo<Value>& info) {
  Environment& env = *Environment::From(info.GetIsolate());
  new CompressionHandle(env, info.This(), std::make_unique<BrotliDecoderEngine>());
}

template <typename Engine>
void BrotliInit(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  CompressionHandle* handle = CompressionHandle::Unwrap(info.This());
  if (handle == nullptr) return;
  if (!info[0]->IsUint32Array() || !handle->SetResultAndCallback(info[1], info[2])) {
    return ThrowTypeError(isolate, "Bad argument");
  }
  Local<v8::Uint32Array> params = info[0].As<v8::Uint32Array>();
  std::vector<uint32_t> values(params->Length());
  params->CopyContents(values.data(), values.size() * sizeof(uint32_t));
  bool ok = static_cast<Engine*>(handle->engine())->Init(values.data(), values.size());
  info.GetReturnValue().Set(v8::Boolean::New(isolate, ok));
}

}  // namespace

void AddBrotliClasses(Environment& env, Local<Object> target) {
  Isolate* isolate = env.isolate();
  Local<Context> context = env.context();
  struct Class {
    const char* name;
    v8::FunctionCallback ctor;
    v8::FunctionCallback init;
  };
  const Class classes[] = {{"BrotliEncoder", NewEncoder, BrotliInit<BrotliEncoderEngine>},
                           {"BrotliDecoder", NewDecoder, BrotliInit<BrotliDecoderEngine>}};
  for (const Class& c : classes) {
    Local<FunctionTemplate> tmpl = FunctionTemplate::New(isolate, c.ctor);
    tmpl->SetClassName(OneByteString(isolate, c.name));
    tmpl->InstanceTemplate()->SetInternalFieldCount(1);
    CompressionHandle::AddMethods(isolate, tmpl);
    tmpl->PrototypeTemplate()->Set(OneByteString(isolate, "init"), FunctionTemplate::New(isolate, c.init));
    SetValue(context, target, c.name, tmpl->GetFunction(context).ToLocalChecked());
  }
}

void AddBrotliConstants(Environment& env, Local<Object> constants) {
  Isolate* isolate = env.isolate();
  Local<Context> context = env.context();
  SetValue(context, constants, "BROTLI_DECODE", Integer::New(isolate, kBrotliDecode));
  SetValue(context, constants, "BROTLI_ENCODE", Integer::New(isolate, kBrotliEncode));
#define V(name) SetValue(context, constants, #name, Integer::New(isolate, static_cast<int>(name)));
  V(BROTLI_OPERATION_PROCESS) V(BROTLI_OPERATION_FLUSH) V(BROTLI_OPERATION_FINISH)
  V(BROTLI_OPERATION_EMIT_METADATA) V(BROTLI_PARAM_MODE) V(BROTLI_MODE_GENERIC) V(BROTLI_MODE_TEXT)
  V(BROTLI_MODE_FONT) V(BROTLI_DEFAULT_MODE) V(BROTLI_PARAM_QUALITY) V(BROTLI_MIN_QUALITY) V(BROTLI_MAX_QUALITY)
  V(BROTLI_DEFAULT_QUALITY) V(BROTLI_PARAM_LGWIN) V(BROTLI_MIN_WINDOW_BITS) V(BROTLI_MAX_WINDOW_BITS)
  V(BROTLI_LARGE_MAX_WINDOW_BITS) V(BROTLI_DEFAULT_WINDOW) V(BROTLI_PARAM_LGBLOCK) V(BROTLI_MIN_INPUT_BLOCK_BITS)
  V(BROTLI_MAX_INPUT_BLOCK_BITS) V(BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING) V(BROTLI_PARAM_SIZE_HINT)
  V(BROTLI_PARAM_LARGE_WINDOW) V(BROTLI_PARAM_NPOSTFIX) V(BROTLI_PARAM_NDIRECT)
  V(BROTLI_DECODER_RESULT_ERROR) V(BROTLI_DECODER_RESULT_SUCCESS) V(BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT)
  V(BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) V(BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION)
  V(BROTLI_DECODER_PARAM_LARGE_WINDOW) V(BROTLI_DECODER_NO_ERROR) V(BROTLI_DECODER_SUCCESS)
  V(BROTLI_DECODER_NEEDS_MORE_INPUT) V(BROTLI_DECODER_NEEDS_MORE_OUTPUT)
  V(BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE) V(BROTLI_DECODER_ERROR_FORMAT_RESERVED)
  V(BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE) V(BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET)
  V(BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME) V(BROTLI_DECODER_ERROR_FORMAT_CL_SPACE)
  V(BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE) V(BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT)
  V(BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1) V(BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2)
  V(BROTLI_DECODER_ERROR_FORMAT_TRANSFORM) V(BROTLI_DECODER_ERROR_FORMAT_DICTIONARY)
  V(BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS) V(BROTLI_DECODER_ERROR_FORMAT_PADDING_1)
  V(BROTLI_DECODER_ERROR_FORMAT_PADDING_2) V(BROTLI_DECODER_ERROR_FORMAT_DISTANCE)
  V(BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET) V(BROTLI_DECODER_ERROR_INVALID_ARGUMENTS)
  V(BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES) V(BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS)
  V(BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP) V(BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1)
  V(BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2) V(BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES)
  V(BROTLI_DECODER_ERROR_UNREACHABLE)
#undef V
}

}  // namespace vigil::runtime
