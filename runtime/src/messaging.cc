// internalBinding('messaging'): the structured clone algorithm, on V8's
// ValueSerializer / ValueDeserializer. `structuredClone(value, transfer,
// DOMException)` serializes and deserializes in one call; the ArrayBuffers
// in `transfer` (already checked by runtime/lib/internal/structured_clone.js)
// move their memory to the clone and are detached. Clone failures throw a
// DOMException named DataCloneError, built with the constructor passed in.
#include <cstdlib>
#include <vector>

#include "binding_util.h"
#include "bindings.h"
#include "message_port.h"

namespace vigil::runtime {

using v8::Array;
using v8::ArrayBuffer;
using v8::BackingStore;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Just;
using v8::Local;
using v8::Maybe;
using v8::MaybeLocal;
using v8::Nothing;
using v8::Object;
using v8::SharedArrayBuffer;
using v8::String;
using v8::Value;

namespace {

// What one clone operation shares between its serializer and deserializer.
struct CloneState {
  Isolate* isolate;
  Local<Function> dom_exception;
  // SharedArrayBuffers are not copied: the clone refers to the same memory.
  std::vector<Local<SharedArrayBuffer>> shared_buffers;

  void ThrowDataCloneError(Local<String> message) {
    Local<Context> context = isolate->GetCurrentContext();
    Local<Value> argv[] = {message, OneByteString(isolate, "DataCloneError")};
    Local<Object> error;
    if (dom_exception.IsEmpty() ||
        !dom_exception->NewInstance(context, 2, argv).ToLocal(&error)) {
      // Without the constructor (or if it threw) a plain Error still says why.
      if (!dom_exception.IsEmpty()) return;
      isolate->ThrowException(v8::Exception::Error(message));
      return;
    }
    isolate->ThrowException(error);
  }
};

class SerializerDelegate : public v8::ValueSerializer::Delegate {
 public:
  explicit SerializerDelegate(CloneState& state) : state_(state) {}

  void ThrowDataCloneError(Local<String> message) override { state_.ThrowDataCloneError(message); }

  Maybe<uint32_t> GetSharedArrayBufferId(Isolate* isolate, Local<SharedArrayBuffer> buffer) override {
    for (size_t i = 0; i < state_.shared_buffers.size(); i++) {
      if (state_.shared_buffers[i] == buffer) return Just(static_cast<uint32_t>(i));
    }
    state_.shared_buffers.push_back(buffer);
    return Just(static_cast<uint32_t>(state_.shared_buffers.size() - 1));
  }

 private:
  CloneState& state_;
};

class DeserializerDelegate : public v8::ValueDeserializer::Delegate {
 public:
  explicit DeserializerDelegate(CloneState& state) : state_(state) {}

  MaybeLocal<SharedArrayBuffer> GetSharedArrayBufferFromId(Isolate* isolate, uint32_t id) override {
    if (id >= state_.shared_buffers.size()) return MaybeLocal<SharedArrayBuffer>();
    return state_.shared_buffers[id];
  }

 private:
  CloneState& state_;
};

// structuredClone(value, transferList, DOMException)
void StructuredClone(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  CloneState state{isolate, info[2]->IsFunction() ? info[2].As<Function>() : Local<Function>(), {}};

  std::vector<Local<ArrayBuffer>> transfer;
  if (info[1]->IsArray()) {
    Local<Array> list = info[1].As<Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      Local<Value> item;
      if (!list->Get(context, i).ToLocal(&item)) return;
      if (!item->IsArrayBuffer()) continue;
      Local<ArrayBuffer> buffer = item.As<ArrayBuffer>();
      if (!buffer->IsDetachable()) {
        state.ThrowDataCloneError(OneByteString(isolate, "An ArrayBuffer is not detachable and could not be transferred."));
        return;
      }
      transfer.push_back(buffer);
    }
  }

  SerializerDelegate serializer_delegate(state);
  v8::ValueSerializer serializer(isolate, &serializer_delegate);
  serializer.WriteHeader();
  for (size_t i = 0; i < transfer.size(); i++) {
    serializer.TransferArrayBuffer(static_cast<uint32_t>(i), transfer[i]);
  }
  bool ok = false;
  if (!serializer.WriteValue(context, info[0]).To(&ok) || !ok) return;
  std::pair<uint8_t*, size_t> data = serializer.Release();

  // The memory of a transferred buffer now belongs to the clone.
  std::vector<std::shared_ptr<BackingStore>> stores;
  stores.reserve(transfer.size());
  for (Local<ArrayBuffer> buffer : transfer) {
    stores.push_back(buffer->GetBackingStore());
    buffer->Detach();
  }

  DeserializerDelegate deserializer_delegate(state);
  v8::ValueDeserializer deserializer(isolate, data.first, data.second, &deserializer_delegate);
  for (size_t i = 0; i < stores.size(); i++) {
    deserializer.TransferArrayBuffer(static_cast<uint32_t>(i), ArrayBuffer::New(isolate, stores[i]));
  }
  Local<Value> result;
  bool header_ok = false;
  if (deserializer.ReadHeader(context).To(&header_ok) && header_ok &&
      deserializer.ReadValue(context).ToLocal(&result)) {
    info.GetReturnValue().Set(result);
  }
  std::free(data.first);
}

}  // namespace

void Init_messaging_Binding(Environment& env, Local<Object> target) {
  SetMethod(env.context(), target, "structuredClone", StructuredClone);
  InitMessagePort(env, target);
}

}  // namespace vigil::runtime
