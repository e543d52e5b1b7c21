// internalBinding('crypto'): thin wrappers over OpenSSL 3 for hashes, HMACs,
// random bytes and key derivation. Argument checking, error codes and output
// encodings live in runtime/lib/crypto.js and runtime/lib/internal/crypto/.
// Bytes cross the boundary as ArrayBuffer views (or strings to be encoded
// as UTF-8 or Latin-1 here); results come back as ArrayBuffers.
#include <openssl/crypto.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <openssl/dh.h>
#include <openssl/engine.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>
#include <uv.h>

#include <cstring>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "binding_util.h"
#include "bindings.h"

namespace vigil::runtime {

using v8::ArrayBuffer;
using v8::ArrayBufferView;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

using Bytes = std::vector<unsigned char>;

// Copies the bytes of a string (encoded as UTF-8, or Latin-1 when `latin1`
// is set) or of an ArrayBuffer/ArrayBufferView into `out`.
bool GetBytes(Isolate* isolate, Local<Value> value, bool latin1, Bytes* out) {
  if (value->IsString()) {
    Local<v8::String> str = value.As<v8::String>();
    if (latin1) {
      out->resize(str->Length());
      str->WriteOneByte(isolate, out->data(), 0, str->Length(), v8::String::NO_NULL_TERMINATION);
    } else {
      out->resize(str->Utf8Length(isolate));
      str->WriteUtf8(isolate, reinterpret_cast<char*>(out->data()), static_cast<int>(out->size()), nullptr,
                     v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    }
    return true;
  }
  if (value->IsArrayBufferView()) {
    Local<ArrayBufferView> view = value.As<ArrayBufferView>();
    out->resize(view->ByteLength());
    if (!out->empty()) view->CopyContents(out->data(), out->size());
    return true;
  }
  if (value->IsArrayBuffer() || value->IsSharedArrayBuffer()) {
    auto store = value->IsArrayBuffer() ? value.As<ArrayBuffer>()->GetBackingStore()
                                        : value.As<v8::SharedArrayBuffer>()->GetBackingStore();
    const auto* data = static_cast<const unsigned char*>(store->Data());
    out->assign(data, data + store->ByteLength());
    return true;
  }
  ThrowTypeError(isolate, "expected a string or an ArrayBufferView");
  return false;
}

// The bytes of an argument that is only read, synchronously: a buffer
// source is read in place (hashing a 64 KiB stream chunk must not copy it,
// let alone zero-fill a vector first); a string is encoded into `storage`,
// as is a small typed array that V8 keeps inside its heap object (asking
// for its buffer would move it out).
struct ByteSource {
  const unsigned char* data = nullptr;
  size_t size = 0;
  Bytes storage;
};

bool GetByteSource(Isolate* isolate, Local<Value> value, bool latin1, ByteSource* out) {
  if (value->IsArrayBufferView()) {
    Local<ArrayBufferView> view = value.As<ArrayBufferView>();
    out->size = view->ByteLength();
    if (view->HasBuffer()) {
      out->data = static_cast<const unsigned char*>(view->Buffer()->Data()) + view->ByteOffset();
    } else {
      out->storage.resize(out->size);
      if (out->size > 0) view->CopyContents(out->storage.data(), out->size);
      out->data = out->storage.data();
    }
    return true;
  }
  if (value->IsArrayBuffer()) {
    Local<ArrayBuffer> buffer = value.As<ArrayBuffer>();
    out->data = static_cast<const unsigned char*>(buffer->Data());
    out->size = buffer->ByteLength();
    return true;
  }
  if (!GetBytes(isolate, value, latin1, &out->storage)) return false;
  out->data = out->storage.data();
  out->size = out->storage.size();
  return true;
}

Local<ArrayBuffer> ToArrayBuffer(Isolate* isolate, const unsigned char* data, size_t length) {
  Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, length);
  if (length > 0) std::memcpy(ab->GetBackingStore()->Data(), data, length);
  return ab;
}

Local<ArrayBuffer> ToArrayBuffer(Isolate* isolate, const Bytes& bytes) {
  return ToArrayBuffer(isolate, bytes.data(), bytes.size());
}

// The digest named `name`, or nullptr. Fetched digests are cached for the
// life of the process (OpenSSL keeps them alive too).
const EVP_MD* FindDigest(const std::string& name) {
  const EVP_MD* md = EVP_get_digestbyname(name.c_str());
  if (md != nullptr) return md;
  return EVP_MD_fetch(nullptr, name.c_str(), nullptr);
}

// Holds a native object for as long as its JS wrapper lives: the object is
// deleted by a weak callback when the wrapper is collected.
template <typename T>
void Wrap(Isolate* isolate, Local<Object> wrapper, T* native) {
  wrapper->SetAlignedPointerInInternalField(0, native);
  native->self.Reset(isolate, wrapper);
  native->self.SetWeak(
      native, [](const v8::WeakCallbackInfo<T>& info) { delete info.GetParameter(); },
      v8::WeakCallbackType::kParameter);
}

template <typename T>
T* Unwrap(Local<Value> value) {
  if (!value->IsObject()) return nullptr;
  Local<Object> obj = value.As<Object>();
  if (obj->InternalFieldCount() < 1) return nullptr;
  return static_cast<T*>(obj->GetAlignedPointerFromInternalField(0));
}

// ---------------------------------------------------------------- hashes

struct Hash {
  v8::Global<Object> self;
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  ~Hash() { EVP_MD_CTX_free(ctx); }
};

struct Hmac {
  v8::Global<Object> self;
  EVP_MAC_CTX* ctx = nullptr;
  ~Hmac() { EVP_MAC_CTX_free(ctx); }
};

struct State : public BindingData {
  explicit State(Environment&) {}
  void Close() override {
    hash_template.Reset();
    hmac_template.Reset();
  }
  v8::Global<v8::ObjectTemplate> hash_template;
  v8::Global<v8::ObjectTemplate> hmac_template;
};

State* GetState(Isolate* isolate) { return Environment::From(isolate)->binding_data<State>("crypto"); }

Local<Object> NewWrapper(Isolate* isolate, v8::Global<v8::ObjectTemplate>& tmpl) {
  if (tmpl.IsEmpty()) {
    Local<v8::ObjectTemplate> t = v8::ObjectTemplate::New(isolate);
    t->SetInternalFieldCount(1);
    tmpl.Reset(isolate, t);
  }
  return tmpl.Get(isolate)->NewInstance(isolate->GetCurrentContext()).ToLocalChecked();
}

// hashNew(algorithm) -> handle, or undefined when the digest is unknown.
void HashNew(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  const EVP_MD* md = FindDigest(ToStdString(isolate, args[0]));
  if (md == nullptr) return;
  auto* hash = new Hash();
  if (EVP_DigestInit_ex(hash->ctx, md, nullptr) != 1) {
    delete hash;
    return;
  }
  Local<Object> wrapper = NewWrapper(isolate, GetState(isolate)->hash_template);
  Wrap(isolate, wrapper, hash);
  args.GetReturnValue().Set(wrapper);
}

// hashUpdate(handle, data, latin1) -> true on success.
void HashUpdate(const FunctionCallbackInfo<Value>& args) {
  Hash* hash = Unwrap<Hash>(args[0]);
  ByteSource data;
  if (hash == nullptr || !GetByteSource(args.GetIsolate(), args[1], args[2]->IsTrue(), &data)) return;
  args.GetReturnValue().Set(EVP_DigestUpdate(hash->ctx, data.data, data.size) == 1);
}

// hashDigest(handle, outputLength) -> ArrayBuffer. outputLength is used for
// extendable-output functions (shake128/256) only.
void HashDigest(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Hash* hash = Unwrap<Hash>(args[0]);
  if (hash == nullptr) return;
  const EVP_MD* md = EVP_MD_CTX_get0_md(hash->ctx);
  bool xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
  if (xof && args[1]->IsNumber()) {
    Bytes out(static_cast<size_t>(args[1].As<v8::Number>()->Value()));
    if (!out.empty() && EVP_DigestFinalXOF(hash->ctx, out.data(), out.size()) != 1) return;
    args.GetReturnValue().Set(ToArrayBuffer(isolate, out));
    return;
  }
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(hash->ctx, out, &length) != 1) return;
  args.GetReturnValue().Set(ToArrayBuffer(isolate, out, length));
}

// hashCopy(handle) -> a new handle with the same state.
void HashCopy(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Hash* hash = Unwrap<Hash>(args[0]);
  if (hash == nullptr) return;
  auto* copy = new Hash();
  if (EVP_MD_CTX_copy_ex(copy->ctx, hash->ctx) != 1) {
    delete copy;
    return;
  }
  Local<Object> wrapper = NewWrapper(isolate, GetState(isolate)->hash_template);
  Wrap(isolate, wrapper, copy);
  args.GetReturnValue().Set(wrapper);
}

// digestSize(algorithm) -> the output size in bytes, -1 if unknown, or -2
// for an extendable-output function (any size can be asked for).
void DigestSize(const FunctionCallbackInfo<Value>& args) {
  const EVP_MD* md = FindDigest(ToStdString(args.GetIsolate(), args[0]));
  int size = md == nullptr ? -1 : EVP_MD_get_size(md);
  if (md != nullptr && (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0) size = -2;
  args.GetReturnValue().Set(size);
}

// hmacNew(algorithm, key) -> handle, or undefined when the digest is unknown.
void HmacNew(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  std::string name = ToStdString(isolate, args[0]);
  const EVP_MD* md = FindDigest(name);
  Bytes key;
  if (md == nullptr || !GetBytes(isolate, args[1], false, &key)) return;
  EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  if (mac == nullptr) return;
  auto* hmac = new Hmac();
  hmac->ctx = EVP_MAC_CTX_new(mac);
  EVP_MAC_free(mac);
  std::string md_name = EVP_MD_get0_name(md);
  OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, md_name.data(), 0),
                         OSSL_PARAM_construct_end()};
  // An empty key is valid for HMAC; OpenSSL wants a non-null pointer.
  static const unsigned char empty = 0;
  if (hmac->ctx == nullptr ||
      EVP_MAC_init(hmac->ctx, key.empty() ? &empty : key.data(), key.size(), params) != 1) {
    delete hmac;
    return;
  }
  Local<Object> wrapper = NewWrapper(isolate, GetState(isolate)->hmac_template);
  Wrap(isolate, wrapper, hmac);
  args.GetReturnValue().Set(wrapper);
}

void HmacUpdate(const FunctionCallbackInfo<Value>& args) {
  Hmac* hmac = Unwrap<Hmac>(args[0]);
  ByteSource data;
  if (hmac == nullptr || !GetByteSource(args.GetIsolate(), args[1], args[2]->IsTrue(), &data)) return;
  args.GetReturnValue().Set(EVP_MAC_update(hmac->ctx, data.data, data.size) == 1);
}

void HmacDigest(const FunctionCallbackInfo<Value>& args) {
  Hmac* hmac = Unwrap<Hmac>(args[0]);
  if (hmac == nullptr) return;
  unsigned char out[EVP_MAX_MD_SIZE];
  size_t length = 0;
  if (EVP_MAC_final(hmac->ctx, out, &length, sizeof(out)) != 1) return;
  args.GetReturnValue().Set(ToArrayBuffer(args.GetIsolate(), out, length));
}

// Whether OpenSSL's default properties ask for FIPS providers, which is
// what crypto.getFips() reports (1 or 0).
void GetFips(const FunctionCallbackInfo<Value>& args) {
  args.GetReturnValue().Set(EVP_default_properties_is_fips_enabled(nullptr) ? 1 : 0);
}

// getHashes() -> the sorted names of every digest OpenSSL knows, aliases
// included, as node lists them.
void GetHashes(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  std::set<std::string> names;
  EVP_MD_do_all_sorted(
      [](const EVP_MD* md, const char* from, const char*, void* arg) {
        auto* set = static_cast<std::set<std::string>*>(arg);
        // Only names that can really be used to create a hash are listed:
        // an alias (RSA-SHA256) counts when the digest it names can be
        // fetched from a loaded provider (md4 without the legacy one cannot).
        if (from == nullptr) return;
        if (md == nullptr) md = EVP_get_digestbyname(from);
        if (md == nullptr) return;
        EVP_MD* fetched = EVP_MD_fetch(nullptr, EVP_MD_get0_name(md), nullptr);
        if (fetched == nullptr) return;
        EVP_MD_free(fetched);
        set->insert(from);
      },
      &names);
  Local<Context> context = isolate->GetCurrentContext();
  Local<v8::Array> result = v8::Array::New(isolate, static_cast<int>(names.size()));
  uint32_t i = 0;
  for (const std::string& name : names) result->Set(context, i++, Utf8String(isolate, name)).Check();
  args.GetReturnValue().Set(result);
}

// ---------------------------------------------------------------- helpers

// bytesToString(view, latin1) -> the bytes decoded as UTF-8 (invalid
// sequences become U+FFFD) or as Latin-1.
void BytesToString(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Bytes data;
  if (!GetBytes(isolate, args[0], false, &data)) return;
  Local<v8::String> str;
  bool ok = args[1]->IsTrue()
                ? v8::String::NewFromOneByte(isolate, data.data(), v8::NewStringType::kNormal,
                                             static_cast<int>(data.size()))
                      .ToLocal(&str)
                : v8::String::NewFromUtf8(isolate, reinterpret_cast<const char*>(data.data()),
                                          v8::NewStringType::kNormal, static_cast<int>(data.size()))
                      .ToLocal(&str);
  if (ok) args.GetReturnValue().Set(str);
}

// stringToBytes(string, latin1) -> ArrayBuffer with the encoded string.
void StringToBytes(const FunctionCallbackInfo<Value>& args) {
  Bytes data;
  if (!GetBytes(args.GetIsolate(), args[0], args[1]->IsTrue(), &data)) return;
  args.GetReturnValue().Set(ToArrayBuffer(args.GetIsolate(), data));
}

// timingSafeEqual(a, b): views of equal length (checked in JS).
void TimingSafeEqual(const FunctionCallbackInfo<Value>& args) {
  ByteSource a, b;
  if (!GetByteSource(args.GetIsolate(), args[0], false, &a) || !GetByteSource(args.GetIsolate(), args[1], false, &b)) {
    return;
  }
  bool equal = a.size == b.size && (a.size == 0 || CRYPTO_memcmp(a.data, b.data, a.size) == 0);
  args.GetReturnValue().Set(equal);
}

}  // namespace

void InitCryptoJobs(Environment& env, Local<Object> target);

// node's default TLS cipher list (its DEFAULT_CIPHER_LIST_CORE), exposed
// as crypto.constants.defaultCoreCipherList.
constexpr const char kDefaultCipherList[] =
    "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:"
    "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:"
    "ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:"
    "DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:"
    "DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA";

void Init_crypto_Binding(Environment& env, Local<Object> target) {
  Local<Context> context = env.context();
  SetMethod(context, target, "hashNew", HashNew);
  SetMethod(context, target, "hashUpdate", HashUpdate);
  SetMethod(context, target, "hashDigest", HashDigest);
  SetMethod(context, target, "hashCopy", HashCopy);
  SetMethod(context, target, "digestSize", DigestSize);
  SetMethod(context, target, "hmacNew", HmacNew);
  SetMethod(context, target, "hmacUpdate", HmacUpdate);
  SetMethod(context, target, "hmacDigest", HmacDigest);
  SetMethod(context, target, "getHashes", GetHashes);
  SetMethod(context, target, "getFips", GetFips);
  SetMethod(context, target, "bytesToString", BytesToString);
  SetMethod(context, target, "stringToBytes", StringToBytes);
  SetMethod(context, target, "timingSafeEqual", TimingSafeEqual);
  InitCryptoJobs(env, target);
  SetValue(context, target, "opensslVersion", OneByteString(env.isolate(), OpenSSL_version(OPENSSL_VERSION_STRING)));

  // crypto.constants: the values come from the OpenSSL headers we build with.
  Isolate* isolate = env.isolate();
  Local<Object> constants = Object::New(isolate);
#define VIGIL_CRYPTO_CONSTANT(name) \
  SetValue(context, constants, #name, v8::Number::New(isolate, static_cast<double>(name)));
  VIGIL_CRYPTO_CONSTANT(OPENSSL_VERSION_NUMBER)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_ALL)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_ALLOW_NO_DHE_KEX)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_CIPHER_SERVER_PREFERENCE)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_CISCO_ANYCONNECT)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_COOKIE_EXCHANGE)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_CRYPTOPRO_TLSEXT_BUG)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_LEGACY_SERVER_CONNECT)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_NO_COMPRESSION)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_NO_ENCRYPT_THEN_MAC)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_NO_QUERY_MTU)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_NO_RENEGOTIATION)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_NO_SSLv2)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_NO_SSLv3)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_NO_TICKET)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_NO_TLSv1)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_NO_TLSv1_1)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_NO_TLSv1_2)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_NO_TLSv1_3)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_PRIORITIZE_CHACHA)
  VIGIL_CRYPTO_CONSTANT(SSL_OP_TLS_ROLLBACK_BUG)
  VIGIL_CRYPTO_CONSTANT(ENGINE_METHOD_RSA)
  VIGIL_CRYPTO_CONSTANT(ENGINE_METHOD_DSA)
  VIGIL_CRYPTO_CONSTANT(ENGINE_METHOD_DH)
  VIGIL_CRYPTO_CONSTANT(ENGINE_METHOD_RAND)
  VIGIL_CRYPTO_CONSTANT(ENGINE_METHOD_EC)
  VIGIL_CRYPTO_CONSTANT(ENGINE_METHOD_CIPHERS)
  VIGIL_CRYPTO_CONSTANT(ENGINE_METHOD_DIGESTS)
  VIGIL_CRYPTO_CONSTANT(ENGINE_METHOD_PKEY_METHS)
  VIGIL_CRYPTO_CONSTANT(ENGINE_METHOD_PKEY_ASN1_METHS)
  VIGIL_CRYPTO_CONSTANT(ENGINE_METHOD_ALL)
  VIGIL_CRYPTO_CONSTANT(ENGINE_METHOD_NONE)
  VIGIL_CRYPTO_CONSTANT(DH_CHECK_P_NOT_SAFE_PRIME)
  VIGIL_CRYPTO_CONSTANT(DH_CHECK_P_NOT_PRIME)
  VIGIL_CRYPTO_CONSTANT(DH_UNABLE_TO_CHECK_GENERATOR)
  VIGIL_CRYPTO_CONSTANT(DH_NOT_SUITABLE_GENERATOR)
  VIGIL_CRYPTO_CONSTANT(RSA_PKCS1_PADDING)
  VIGIL_CRYPTO_CONSTANT(RSA_NO_PADDING)
  VIGIL_CRYPTO_CONSTANT(RSA_PKCS1_OAEP_PADDING)
  VIGIL_CRYPTO_CONSTANT(RSA_X931_PADDING)
  VIGIL_CRYPTO_CONSTANT(RSA_PKCS1_PSS_PADDING)
  VIGIL_CRYPTO_CONSTANT(RSA_PSS_SALTLEN_DIGEST)
  VIGIL_CRYPTO_CONSTANT(RSA_PSS_SALTLEN_MAX_SIGN)
  VIGIL_CRYPTO_CONSTANT(RSA_PSS_SALTLEN_AUTO)
  SetValue(context, constants, "defaultCoreCipherList", OneByteString(isolate, kDefaultCipherList));
  VIGIL_CRYPTO_CONSTANT(TLS1_VERSION)
  VIGIL_CRYPTO_CONSTANT(TLS1_1_VERSION)
  VIGIL_CRYPTO_CONSTANT(TLS1_2_VERSION)
  VIGIL_CRYPTO_CONSTANT(TLS1_3_VERSION)
  VIGIL_CRYPTO_CONSTANT(POINT_CONVERSION_COMPRESSED)
  VIGIL_CRYPTO_CONSTANT(POINT_CONVERSION_UNCOMPRESSED)
  VIGIL_CRYPTO_CONSTANT(POINT_CONVERSION_HYBRID)
#undef VIGIL_CRYPTO_CONSTANT
  // Without --tls-cipher-list the list in use is the default one.
  SetValue(context, constants, "defaultCipherList", OneByteString(isolate, kDefaultCipherList));
  SetValue(context, target, "constants", constants);
}

}  // namespace vigil::runtime
