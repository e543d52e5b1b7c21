// The crypto operations that may run on the thread pool: random bytes,
// pbkdf2, scrypt, hkdf and one-shot digests. Each binding function takes its
// inputs and an optional callback last: without a callback it runs
// synchronously and returns the result (or throws); with one it copies its
// inputs, runs on vigil's work pool (pool_jobs.h) and calls back
// `cb(errMessage, result)` on the JS thread through
// Environment::MakeCallback.
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <uv.h>

#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "binding_util.h"
#include "bindings.h"
#include "pool_jobs.h"

namespace vigil::runtime {

using v8::ArrayBuffer;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

using Bytes = std::vector<unsigned char>;

bool ViewBytes(Isolate* isolate, Local<Value> value, Bytes* out) {
  if (value->IsArrayBufferView()) {
    auto view = value.As<v8::ArrayBufferView>();
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
  ThrowTypeError(isolate, "expected an ArrayBufferView");
  return false;
}

// The text of OpenSSL's last error (and clears the queue), for messages.
std::string OpenSSLError(const char* fallback) {
  unsigned long code = ERR_get_error();
  ERR_clear_error();
  if (code == 0) return fallback;
  char buf[256];
  ERR_error_string_n(code, buf, sizeof(buf));
  return buf;
}

// One unit of work: `run` fills `result` or sets `error`, off the JS thread
// when asynchronous.
struct Job {
  std::function<bool(Bytes* result, std::string* error)> run;
  Bytes result;
  std::string error;
  bool ok = false;
};

Local<ArrayBuffer> ToArrayBuffer(Isolate* isolate, const Bytes& bytes) {
  Local<ArrayBuffer> ab = ArrayBuffer::New(isolate, bytes.size());
  if (!bytes.empty()) std::memcpy(ab->GetBackingStore()->Data(), bytes.data(), bytes.size());
  return ab;
}

// A Job with its callback on the work pool; it frees itself once it is back.
class JobTask : public PoolTask {
 public:
  JobTask(Environment& env, std::unique_ptr<Job> job, Local<Function> callback)
      : PoolTask(env), job_(std::move(job)), callback_(env.isolate(), callback) {}

 private:
  void Run() override { job_->ok = job_->run(&job_->result, &job_->error); }

  void AfterWork(int status) override {
    std::unique_ptr<JobTask> self(this);
    Environment& env = this->env();
    if (env.is_stopping()) return;
    Isolate* isolate = env.isolate();
    v8::HandleScope scope(isolate);
    Context::Scope context_scope(env.context());
    Local<Value> argv[2];
    if (status == UV_ECANCELED || !job_->ok) {
      argv[0] = Utf8String(isolate, status == UV_ECANCELED ? "canceled" : job_->error);
      argv[1] = v8::Undefined(isolate);
    } else {
      argv[0] = v8::Null(isolate);
      argv[1] = ToArrayBuffer(isolate, job_->result);
    }
    env.MakeCallback(callback_.Get(isolate), v8::Undefined(isolate), 2, argv);
  }

  std::unique_ptr<Job> job_;
  v8::Global<Function> callback_;
};

// Runs `job` now (returning its ArrayBuffer or throwing an Error with its
// message) or, when the last argument is a function, on the work pool.
void Dispatch(const FunctionCallbackInfo<Value>& args, int cb_index, std::unique_ptr<Job> job) {
  Isolate* isolate = args.GetIsolate();
  if (args.Length() > cb_index && args[cb_index]->IsFunction()) {
    Environment& env = *Environment::From(isolate);
    (new JobTask(env, std::move(job), args[cb_index].As<Function>()))->Submit();
    return;
  }
  if (!job->run(&job->result, &job->error)) {
    isolate->ThrowException(v8::Exception::Error(Utf8String(isolate, job->error)));
    return;
  }
  args.GetReturnValue().Set(ToArrayBuffer(isolate, job->result));
}

size_t SizeArg(Local<Value> value) {
  return value->IsNumber() ? static_cast<size_t>(value.As<v8::Number>()->Value()) : 0;
}

// randomBytes(size[, cb]) -> ArrayBuffer of `size` random bytes. The JS side
// copies them into the caller's buffer for randomFill.
void RandomBytes(const FunctionCallbackInfo<Value>& args) {
  auto job = std::make_unique<Job>();
  size_t size = SizeArg(args[0]);
  job->run = [size](Bytes* out, std::string* error) {
    out->resize(size);
    // RAND_bytes takes an int length; large requests are made in pieces.
    size_t done = 0;
    while (done < size) {
      int chunk = static_cast<int>(std::min<size_t>(size - done, 1 << 30));
      if (RAND_bytes(out->data() + done, chunk) != 1) {
        *error = OpenSSLError("Random bytes generation failed");
        return false;
      }
      done += chunk;
    }
    return true;
  };
  Dispatch(args, 1, std::move(job));
}

// randomFillSync(view, offset, size): fills in place, without a copy.
void RandomFillSync(const FunctionCallbackInfo<Value>& args) {
  std::shared_ptr<v8::BackingStore> store;
  size_t base = 0;
  if (args[0]->IsArrayBufferView()) {
    auto view = args[0].As<v8::ArrayBufferView>();
    store = view->Buffer()->GetBackingStore();
    base = view->ByteOffset();
  } else if (args[0]->IsArrayBuffer()) {
    store = args[0].As<ArrayBuffer>()->GetBackingStore();
  } else if (args[0]->IsSharedArrayBuffer()) {
    store = args[0].As<v8::SharedArrayBuffer>()->GetBackingStore();
  } else {
    return;
  }
  size_t offset = SizeArg(args[1]);
  size_t size = SizeArg(args[2]);
  if (size == 0) return;
  auto* data = static_cast<unsigned char*>(store->Data()) + base + offset;
  if (RAND_bytes(data, static_cast<int>(size)) != 1) {
    args.GetIsolate()->ThrowException(
        v8::Exception::Error(Utf8String(args.GetIsolate(), OpenSSLError("Random bytes generation failed"))));
  }
}

// pbkdf2(password, salt, iterations, keylen, digest[, cb]).
void Pbkdf2(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  auto job = std::make_unique<Job>();
  Bytes password, salt;
  if (!ViewBytes(isolate, args[0], &password) || !ViewBytes(isolate, args[1], &salt)) return;
  int iterations = static_cast<int>(SizeArg(args[2]));
  size_t keylen = SizeArg(args[3]);
  const EVP_MD* md = EVP_get_digestbyname(ToStdString(isolate, args[4]).c_str());
  if (md == nullptr) return;
  job->run = [password, salt, iterations, keylen, md](Bytes* out, std::string* error) {
    out->resize(keylen);
    if (keylen == 0) return true;
    if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(password.data()), static_cast<int>(password.size()),
                          salt.data(), static_cast<int>(salt.size()), iterations, md,
                          static_cast<int>(keylen), out->data()) != 1) {
      *error = OpenSSLError("PBKDF2 failed");
      return false;
    }
    return true;
  };
  Dispatch(args, 5, std::move(job));
}

// scrypt(password, salt, keylen, N, r, p, maxmem[, cb]).
void Scrypt(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  auto job = std::make_unique<Job>();
  Bytes password, salt;
  if (!ViewBytes(isolate, args[0], &password) || !ViewBytes(isolate, args[1], &salt)) return;
  size_t keylen = SizeArg(args[2]);
  uint64_t n = SizeArg(args[3]), r = SizeArg(args[4]), p = SizeArg(args[5]), maxmem = SizeArg(args[6]);
  job->run = [password, salt, keylen, n, r, p, maxmem](Bytes* out, std::string* error) {
    out->resize(keylen);
    static const unsigned char empty = 0;
    if (EVP_PBE_scrypt(reinterpret_cast<const char*>(password.empty() ? &empty : password.data()),
                       password.size(), salt.empty() ? &empty : salt.data(), salt.size(), n, r, p, maxmem,
                       out->data(), out->size()) != 1) {
      *error = OpenSSLError("Invalid scrypt params");
      return false;
    }
    return true;
  };
  Dispatch(args, 7, std::move(job));
}

// scryptCheck(N, r, p, maxmem) -> undefined when OpenSSL accepts the
// parameters (a null output asks only for the check), else OpenSSL's reason
// ('' when it gave none) for node's "Invalid scrypt params: ..." message.
void ScryptCheck(const FunctionCallbackInfo<Value>& args) {
  uint64_t n = SizeArg(args[0]), r = SizeArg(args[1]), p = SizeArg(args[2]), maxmem = SizeArg(args[3]);
  ERR_clear_error();
  if (EVP_PBE_scrypt(nullptr, 0, nullptr, 0, n, r, p, maxmem, nullptr, 0) == 1) return;
  args.GetReturnValue().Set(Utf8String(args.GetIsolate(), OpenSSLError("")));
}

// hkdf(digest, ikm, salt, info, keylen[, cb]).
void Hkdf(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  auto job = std::make_unique<Job>();
  std::string digest = ToStdString(isolate, args[0]);
  Bytes ikm, salt, info;
  if (!ViewBytes(isolate, args[1], &ikm) || !ViewBytes(isolate, args[2], &salt) ||
      !ViewBytes(isolate, args[3], &info))
    return;
  size_t keylen = SizeArg(args[4]);
  const EVP_MD* md = EVP_get_digestbyname(digest.c_str());
  if (md == nullptr) return;
  std::string md_name = EVP_MD_get0_name(md);
  job->run = [md_name, ikm, salt, info, keylen](Bytes* out, std::string* error) {
    out->resize(keylen);
    if (keylen == 0) return true;
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX* ctx = kdf != nullptr ? EVP_KDF_CTX_new(kdf) : nullptr;
    EVP_KDF_free(kdf);
    if (ctx == nullptr) {
      *error = "HKDF is not available";
      return false;
    }
    std::string name = md_name;
    Bytes key = ikm, s = salt, i = info;
    // OpenSSL rejects an empty key; HKDF with an empty IKM is still defined
    // (the PRK is HMAC(salt, "")), so node passes a zero-length buffer the
    // same way through the one-byte scratch below.
    static unsigned char empty = 0;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, name.data(), 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, key.empty() ? &empty : key.data(), key.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, s.empty() ? &empty : s.data(), s.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, i.empty() ? &empty : i.data(), i.size()),
        OSSL_PARAM_construct_end()};
    bool ok = EVP_KDF_derive(ctx, out->data(), out->size(), params) == 1;
    EVP_KDF_CTX_free(ctx);
    if (!ok) *error = OpenSSLError("HKDF failed");
    return ok;
  };
  Dispatch(args, 5, std::move(job));
}

// digest(algorithm, data[, cb]): a one-shot hash (subtle.digest runs it on
// the thread pool, as node does).
void Digest(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  auto job = std::make_unique<Job>();
  Bytes data;
  if (!ViewBytes(isolate, args[1], &data)) return;
  const EVP_MD* md = EVP_get_digestbyname(ToStdString(isolate, args[0]).c_str());
  if (md == nullptr) return;
  job->run = [md, data](Bytes* out, std::string* error) {
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), buf, &length, md, nullptr) != 1) {
      *error = OpenSSLError("Digest failed");
      return false;
    }
    out->assign(buf, buf + length);
    return true;
  };
  Dispatch(args, 2, std::move(job));
}

}  // namespace

void InitCryptoJobs(Environment& env, Local<Object> target) {
  Local<Context> context = env.context();
  SetMethod(context, target, "randomBytes", RandomBytes);
  SetMethod(context, target, "randomFillSync", RandomFillSync);
  SetMethod(context, target, "pbkdf2", Pbkdf2);
  SetMethod(context, target, "scrypt", Scrypt);
  SetMethod(context, target, "scryptCheck", ScryptCheck);
  SetMethod(context, target, "hkdf", Hkdf);
  SetMethod(context, target, "digest", Digest);
}

}  // namespace vigil::runtime
