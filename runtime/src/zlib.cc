// internalBinding('zlib'): a compression handle per stream (deflate, inflate,
// gzip, gunzip, raw and auto-detecting unzip over zlib; brotli over
// libbrotli, see zlib_brotli.cc). The handle only runs the codec on buffers
// the JS side owns; the stream logic, chunking and errors as node's live in
// runtime/lib/zlib.js.
//
// write(flush, in, inOff, inLen, out, outOff, outLen) runs on libuv's thread
// pool and then calls the JS callback given to init(); writeSync() runs the
// same step inline. After each step writeResult[0] is the output space left
// and writeResult[1] the input left. Codec failures call handle.onerror(
// message, errno) with zlib's own message, as node does.
#include "zlib_handle.h"

#include <zlib.h>

#include <cstring>

#include "binding_util.h"
#include "bindings.h"

namespace vigil::runtime {

using v8::ArrayBufferView;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

enum ZlibMode { kNone, kDeflate, kInflate, kGzip, kGunzip, kDeflateRaw, kInflateRaw, kUnzip };

class ZlibEngine : public CompressionEngine {
 public:
  explicit ZlibEngine(int mode) : mode_(mode) { std::memset(&strm_, 0, sizeof(strm_)); }
  ~ZlibEngine() override { End(); }

  // windowBits, level, memLevel, strategy, dictionary.
  int Init(int window_bits, int level, int mem_level, int strategy, std::vector<unsigned char> dictionary) {
    window_bits_ = window_bits;
    level_ = level;
    mem_level_ = mem_level;
    strategy_ = strategy;
    dictionary_ = std::move(dictionary);
    int err = Z_OK;
    switch (mode_) {
      case kDeflate:
      case kGzip:
      case kDeflateRaw: {
        // zlib refuses a raw window of 2^8; like the wrapped formats, use 2^9.
        if (mode_ == kDeflateRaw && window_bits == 8) window_bits = 9;
        int bits = mode_ == kGzip ? window_bits + 16 : mode_ == kDeflateRaw ? -window_bits : window_bits;
        err = deflateInit2(&strm_, level, Z_DEFLATED, bits, mem_level, strategy);
        break;
      }
      case kInflate:
      case kGunzip:
      case kInflateRaw:
      case kUnzip: {
        int bits = window_bits;
        if (mode_ == kGunzip) bits += 16;
        else if (mode_ == kUnzip) bits += 32;  // zlib detects the gzip or zlib header itself.
        else if (mode_ == kInflateRaw) bits = -bits;
        err = inflateInit2(&strm_, bits);
        break;
      }
      default:
        return Z_STREAM_ERROR;
    }
    if (err != Z_OK) return err;
    initialized_ = true;
    return SetDictionary();
  }

  void SetInput(const unsigned char* in, uint32_t in_len, unsigned char* out, uint32_t out_len) override {
    strm_.next_in = const_cast<Bytef*>(in);
    strm_.avail_in = in_len;
    strm_.next_out = out;
    strm_.avail_out = out_len;
  }
  uint32_t avail_in() const override { return strm_.avail_in; }
  uint32_t avail_out() const override { return strm_.avail_out; }

  void Work(int flush) override {
    flush_ = flush;
    if (!initialized_) {
      err_ = Z_STREAM_ERROR;
      return;
    }
    if (IsDeflate()) {
      err_ = deflate(&strm_, flush);
      return;
    }
    if (mode_ == kUnzip) NoteUnzipMagic();
    err_ = inflate(&strm_, flush);
    if (mode_ != kInflateRaw && err_ == Z_NEED_DICT && !dictionary_.empty()) {
      err_ = inflateSetDictionary(&strm_, dictionary_.data(), static_cast<uInt>(dictionary_.size()));
      if (err_ == Z_OK) err_ = inflate(&strm_, flush);
      else if (err_ == Z_DATA_ERROR) err_ = Z_NEED_DICT;  // Reported as "Bad dictionary".
    }
    // A gzip file may hold several members one after the other; decode them
    // all, ignoring trailing zero padding.
    while (strm_.avail_in > 0 && (mode_ == kGunzip || (mode_ == kUnzip && unzip_is_gzip_)) && err_ == Z_STREAM_END &&
           strm_.next_in[0] != 0x00) {
      Reset();
      err_ = inflate(&strm_, flush);
    }
  }

  bool CheckError(std::string* message, int* code, std::string*) override {
    switch (err_) {
      case Z_OK:
      case Z_BUF_ERROR:
        if (strm_.avail_out != 0 && flush_ == Z_FINISH) {
          *message = "unexpected end of file";
          *code = Z_BUF_ERROR;
          return false;
        }
        return true;
      case Z_STREAM_END:
        return true;
      case Z_NEED_DICT:
        *message = dictionary_.empty() ? "Missing dictionary" : "Bad dictionary";
        *code = Z_NEED_DICT;
        return false;
      default:
        *message = strm_.msg != nullptr ? strm_.msg : "Zlib error";
        *code = err_;
        return false;
    }
  }

  int Reset() override {
    if (!initialized_) return Z_OK;
    err_ = IsDeflate() ? deflateReset(&strm_) : inflateReset(&strm_);
    if (err_ != Z_OK) return err_;
    return SetDictionary();
  }

  int Params(int level, int strategy) override {
    if (!initialized_ || !IsDeflate()) return Z_OK;
    err_ = deflateParams(&strm_, level, strategy);
    return err_ == Z_BUF_ERROR ? Z_OK : err_;
  }

  void End() override {
    if (!initialized_) return;
    if (IsDeflate()) deflateEnd(&strm_);
    else inflateEnd(&strm_);
    initialized_ = false;
  }

  std::string InitErrorMessage(int err) const override {
    return strm_.msg != nullptr ? strm_.msg : "Init error";
  }

 private:
  // Unzip lets zlib detect the format, but only gzip has several members
  // (a zlib stream ends at its first end marker, like node's), so remember
  // whether the first two input bytes were the gzip magic, even when they
  // arrive in separate writes.
  void NoteUnzipMagic() {
    static const unsigned char kMagic[2] = {0x1f, 0x8b};
    for (uint32_t i = 0; unzip_magic_read_ >= 0 && unzip_magic_read_ < 2 && i < strm_.avail_in; i++) {
      if (strm_.next_in[i] != kMagic[unzip_magic_read_]) {
        unzip_magic_read_ = -1;
        break;
      }
      if (++unzip_magic_read_ == 2) unzip_is_gzip_ = true;
    }
  }

  bool IsDeflate() const { return mode_ == kDeflate || mode_ == kGzip || mode_ == kDeflateRaw; }

  int SetDictionary() {
    if (dictionary_.empty()) return Z_OK;
    int err = Z_OK;
    if (IsDeflate()) {
      err = deflateSetDictionary(&strm_, dictionary_.data(), static_cast<uInt>(dictionary_.size()));
    } else if (mode_ == kInflateRaw) {
      // Raw streams have no header to ask for the dictionary: set it now.
      err = inflateSetDictionary(&strm_, dictionary_.data(), static_cast<uInt>(dictionary_.size()));
    }
    return err;
  }

  int mode_;
  int unzip_magic_read_ = 0;  // -1 once the input is known not to be gzip.
  bool unzip_is_gzip_ = false;
  z_stream strm_;
  bool initialized_ = false;
  int err_ = Z_OK;
  int flush_ = Z_NO_FLUSH;
  int window_bits_ = 15;
  int level_ = Z_DEFAULT_COMPRESSION;
  int mem_level_ = 8;
  int strategy_ = Z_DEFAULT_STRATEGY;
  std::vector<unsigned char> dictionary_;
};

void NewZlib(const FunctionCallbackInfo<Value>& info) {
  Environment& env = *Environment::From(info.GetIsolate());
  int mode = info[0]->Int32Value(env.context()).FromMaybe(kNone);
  if (mode < kDeflate || mode > kUnzip) return ThrowTypeError(info.GetIsolate(), "Bad argument");
  new CompressionHandle(env, info.This(), std::make_unique<ZlibEngine>(mode));
}

// init(windowBits, level, memLevel, strategy, writeResult, processCallback, dictionary)
void ZlibInit(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  CompressionHandle* handle = CompressionHandle::Unwrap(info.This());
  if (handle == nullptr) return;
  int window_bits = info[0]->Int32Value(context).FromMaybe(15);
  int level = info[1]->Int32Value(context).FromMaybe(Z_DEFAULT_COMPRESSION);
  int mem_level = info[2]->Int32Value(context).FromMaybe(8);
  int strategy = info[3]->Int32Value(context).FromMaybe(Z_DEFAULT_STRATEGY);
  if (!handle->SetResultAndCallback(info[4], info[5])) return ThrowTypeError(isolate, "Bad argument");
  std::vector<unsigned char> dictionary;
  if (info[6]->IsArrayBufferView()) {
    Local<ArrayBufferView> view = info[6].As<ArrayBufferView>();
    dictionary.resize(view->ByteLength());
    view->CopyContents(dictionary.data(), dictionary.size());
  }
  auto* engine = static_cast<ZlibEngine*>(handle->engine());
  int err = engine->Init(window_bits, level, mem_level, strategy, std::move(dictionary));
  if (err != Z_OK) engine->End();
  info.GetReturnValue().Set(Integer::New(isolate, err));
}

void Crc32(const FunctionCallbackInfo<Value>& info) {
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  uint32_t value = info[1]->Uint32Value(context).FromMaybe(0);
  if (info[0]->IsArrayBufferView()) {
    Local<ArrayBufferView> view = info[0].As<ArrayBufferView>();
    std::vector<unsigned char> bytes(view->ByteLength());
    view->CopyContents(bytes.data(), bytes.size());
    value = static_cast<uint32_t>(crc32(value, bytes.data(), static_cast<uInt>(bytes.size())));
  } else if (info[0]->IsString()) {
    std::string s = ToStdString(info.GetIsolate(), info[0]);
    value = static_cast<uint32_t>(crc32(value, reinterpret_cast<const Bytef*>(s.data()), static_cast<uInt>(s.size())));
  }
  info.GetReturnValue().Set(v8::Integer::NewFromUnsigned(info.GetIsolate(), value));
}

void AddConstants(Environment& env, Local<Object> target) {
  Isolate* isolate = env.isolate();
  Local<Context> context = env.context();
  Local<Object> constants = Object::New(isolate);
#define V(name) SetValue(context, constants, #name, Integer::New(isolate, name));
  V(Z_NO_FLUSH) V(Z_PARTIAL_FLUSH) V(Z_SYNC_FLUSH) V(Z_FULL_FLUSH) V(Z_FINISH) V(Z_BLOCK)
  V(Z_OK) V(Z_STREAM_END) V(Z_NEED_DICT) V(Z_ERRNO) V(Z_STREAM_ERROR) V(Z_DATA_ERROR)
  V(Z_MEM_ERROR) V(Z_BUF_ERROR) V(Z_VERSION_ERROR)
  V(Z_NO_COMPRESSION) V(Z_BEST_SPEED) V(Z_BEST_COMPRESSION) V(Z_DEFAULT_COMPRESSION)
  V(Z_FILTERED) V(Z_HUFFMAN_ONLY) V(Z_RLE) V(Z_FIXED) V(Z_DEFAULT_STRATEGY) V(ZLIB_VERNUM)
#undef V
  SetValue(context, constants, "DEFLATE", Integer::New(isolate, kDeflate));
  SetValue(context, constants, "INFLATE", Integer::New(isolate, kInflate));
  SetValue(context, constants, "GZIP", Integer::New(isolate, kGzip));
  SetValue(context, constants, "GUNZIP", Integer::New(isolate, kGunzip));
  SetValue(context, constants, "DEFLATERAW", Integer::New(isolate, kDeflateRaw));
  SetValue(context, constants, "INFLATERAW", Integer::New(isolate, kInflateRaw));
  SetValue(context, constants, "UNZIP", Integer::New(isolate, kUnzip));
  AddBrotliConstants(env, constants);
  SetValue(context, target, "constants", constants);
  SetValue(context, target, "zlibVersion", OneByteString(isolate, zlibVersion()));
}

}  // namespace

void Init_zlib_Binding(Environment& env, Local<Object> target) {
  Isolate* isolate = env.isolate();
  Local<Context> context = env.context();
  Local<FunctionTemplate> tmpl = FunctionTemplate::New(isolate, NewZlib);
  tmpl->SetClassName(OneByteString(isolate, "Zlib"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  CompressionHandle::AddMethods(isolate, tmpl);
  tmpl->PrototypeTemplate()->Set(OneByteString(isolate, "init"), FunctionTemplate::New(isolate, ZlibInit));
  SetValue(context, target, "Zlib", tmpl->GetFunction(context).ToLocalChecked());
  AddBrotliClasses(env, target);
  SetMethod(context, target, "crc32", Crc32);
  AddConstants(env, target);
}

}  // namespace vigil::runtime
