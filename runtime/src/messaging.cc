// internalBinding('messaging'): the structured clone algorithm, on V8's
// ValueSerializer / ValueDeserializer. `structuredClone(value, transfer,
// DOMException, ports, replacements)` serializes and deserializes in one
// call; the ArrayBuffers in `transfer` (already checked by the JS callers)
// move their memory to the clone and are detached. MessagePort objects are
// V8 host objects (createPortObject); the clone holds `replacements[i]`
// where the value held `ports[i]`. Clone failures throw a DOMException named
// DataCloneError, built with the constructor passed in.
#include <cstdlib>
#include <vector>

#include "binding_util.h"
#include "bindings.h"
#include "message_port.h"
#include "untransferable.h"

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

// Marks the internal field of MessagePort objects, to tell them from other
// wrapped objects.
const int kPortMarker = 0;

// What a host object in the serialized data is: a transferred port (its
// index follows) or a plain copy of an intercepted object (a value follows).
const uint32_t kHostPort = 0;
const uint32_t kHostPlainCopy = 1;

bool IsPortObject(Local<Object> object) {
  return object->InternalFieldCount() > 0 &&
         object->GetAlignedPointerFromInternalField(0) == &kPortMarker;
}

// What one clone operation shares between its serializer and deserializer.
struct CloneState {
  Isolate* isolate;
  Local<Function> dom_exception;
  // SharedArrayBuffers are not copied: the clone refers to the same memory.
  // Globals, because V8 hands them over from inner handle scopes.
  std::vector<v8::Global<SharedArrayBuffer>> shared_buffers;
  // Transferred ports and the objects that stand for them in the clone.
  Local<Array> ports;
  Local<Array> replacements;

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

  void set_serializer(v8::ValueSerializer* serializer) { serializer_ = serializer; }

  // Only transferred MessagePorts can be written; V8 asks for every object
  // with internal fields.
  Maybe<bool> WriteHostObject(Isolate* isolate, Local<Object> object) override {
    Local<Context> context = isolate->GetCurrentContext();
    if (IsPortObject(object)) {
      uint32_t count = state_.ports.IsEmpty() ? 0 : state_.ports->Length();
      for (uint32_t i = 0; i < count; i++) {
        Local<Value> port;
        if (!state_.ports->Get(context, i).ToLocal(&port)) return v8::Nothing<bool>();
        if (port->StrictEquals(object)) {
          serializer_->WriteUint32(kHostPort);
          serializer_->WriteUint32(i);
          return Just(true);
        }
      }
      Local<Object> error = v8::Exception::TypeError(OneByteString(
          isolate, "Object that needs transfer was found in message but not listed in transferList")).As<Object>();
      SetValue(context, error, "code", OneByteString(isolate, "ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST"));
      isolate->ThrowException(error);
      return v8::Nothing<bool>();
    }
    // An object whose properties are intercepted but that holds no native
    // state (process.env) is cloned as node clones it: as a plain object
    // with its own enumerable properties.
    if (object->InternalFieldCount() == 0) {
      Local<Object> copy = Object::New(isolate);
      Local<v8::Array> names;
      if (!object->GetOwnPropertyNames(context).ToLocal(&names)) return v8::Nothing<bool>();
      for (uint32_t i = 0; i < names->Length(); i++) {
        Local<Value> key;
        Local<Value> value;
        if (!names->Get(context, i).ToLocal(&key) || !object->Get(context, key).ToLocal(&value) ||
            copy->Set(context, key, value).IsNothing()) {
          return v8::Nothing<bool>();
        }
      }
      serializer_->WriteUint32(kHostPlainCopy);
      return serializer_->WriteValue(context, copy);
    }
    v8::String::Utf8Value name(isolate, object->GetConstructorName());
    std::string message = std::string("#<") + (*name ? *name : "Object") + "> could not be cloned.";
    state_.ThrowDataCloneError(Utf8String(isolate, message));
    return v8::Nothing<bool>();
  }

  Maybe<uint32_t> GetSharedArrayBufferId(Isolate* isolate, Local<SharedArrayBuffer> buffer) override {
    for (size_t i = 0; i < state_.shared_buffers.size(); i++) {
      if (state_.shared_buffers[i] == buffer) return Just(static_cast<uint32_t>(i));
    }
    state_.shared_buffers.emplace_back(isolate, buffer);
    return Just(static_cast<uint32_t>(state_.shared_buffers.size() - 1));
  }

 private:
  CloneState& state_;
  v8::ValueSerializer* serializer_ = nullptr;
};

class DeserializerDelegate : public v8::ValueDeserializer::Delegate {
 public:
  explicit DeserializerDelegate(CloneState& state) : state_(state) {}

  void set_deserializer(v8::ValueDeserializer* deserializer) { deserializer_ = deserializer; }

  MaybeLocal<Object> ReadHostObject(Isolate* isolate) override {
    uint32_t kind;
    uint32_t index;
    Local<Value> replacement;
    if (deserializer_->ReadUint32(&kind) && kind == kHostPlainCopy) {
      Local<Value> copy;
      if (deserializer_->ReadValue(isolate->GetCurrentContext()).ToLocal(&copy) && copy->IsObject()) {
        return copy.As<Object>();
      }
      return MaybeLocal<Object>();
    }
    if (kind != kHostPort || !deserializer_->ReadUint32(&index) || state_.replacements.IsEmpty() ||
        !state_.replacements->Get(isolate->GetCurrentContext(), index).ToLocal(&replacement) ||
        !replacement->IsObject()) {
      isolate->ThrowException(v8::Exception::Error(OneByteString(isolate, "Unable to deserialize cloned data.")));
      return MaybeLocal<Object>();
    }
    return replacement.As<Object>();
  }

  MaybeLocal<SharedArrayBuffer> GetSharedArrayBufferFromId(Isolate* isolate, uint32_t id) override {
    if (id >= state_.shared_buffers.size()) return MaybeLocal<SharedArrayBuffer>();
    return state_.shared_buffers[id].Get(isolate);
  }

 private:
  CloneState& state_;
  v8::ValueDeserializer* deserializer_ = nullptr;
};

// structuredClone(value, transferList, DOMException)
void StructuredClone(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  CloneState state{isolate, info[2]->IsFunction() ? info[2].As<Function>() : Local<Function>(), {}, {}, {}};
  if (info[3]->IsArray() && info[4]->IsArray()) {
    state.ports = info[3].As<Array>();
    state.replacements = info[4].As<Array>();
  }

  std::vector<Local<ArrayBuffer>> transfer;
  if (info[1]->IsArray()) {
    Local<Array> list = info[1].As<Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      Local<Value> item;
      if (!list->Get(context, i).ToLocal(&item)) return;
      if (!item->IsArrayBuffer()) continue;
      Local<ArrayBuffer> buffer = item.As<ArrayBuffer>();
      if (IsUntransferable(context, buffer)) continue;  // Cloned instead.
      if (!buffer->IsDetachable()) {
        state.ThrowDataCloneError(OneByteString(isolate, "An ArrayBuffer is not detachable and could not be transferred."));
        return;
      }
      transfer.push_back(buffer);
    }
  }

  SerializerDelegate serializer_delegate(state);
  v8::ValueSerializer serializer(isolate, &serializer_delegate);
  serializer_delegate.set_serializer(&serializer);
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
  deserializer_delegate.set_deserializer(&deserializer);
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

// createPortObject(): an empty object with the port marker, which
// internal/worker/io.js turns into a MessagePort.
class PortTemplate : public BindingData {
 public:
  explicit PortTemplate(Environment& env) {
    Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(env.isolate());
    tmpl->SetInternalFieldCount(1);
    template_.Reset(env.isolate(), tmpl);
  }
  void Close() override { template_.Reset(); }
  Local<v8::ObjectTemplate> Get(Isolate* isolate) { return template_.Get(isolate); }

 private:
  v8::Global<v8::ObjectTemplate> template_;
};

void CreatePortObject(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Environment* env = Environment::From(context);
  Local<v8::ObjectTemplate> tmpl = env->binding_data<PortTemplate>("messaging.port")->Get(isolate);
  Local<Object> object;
  if (!tmpl->NewInstance(context).ToLocal(&object)) return;
  object->SetAlignedPointerInInternalField(0, const_cast<int*>(&kPortMarker));
  info.GetReturnValue().Set(object);
}

}  // namespace

void Init_messaging_Binding(Environment& env, Local<Object> target) {
  SetMethod(env.context(), target, "structuredClone", StructuredClone);
  SetMethod(env.context(), target, "createPortObject", CreatePortObject);
  InitMessagePort(env, target);
}

}  // namespace vigil::runtime
