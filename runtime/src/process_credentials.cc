// process.setuid/setgid/seteuid/setegid/setgroups/initgroups/getgroups: the
// system calls behind node's POSIX credential setters. Names are resolved
// with the reentrant passwd/group lookups. Credentials belong to the OS
// process, not to an Environment: under the daemon they change for every
// script it hosts (docs/decisions.md).
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <string.h>
#include <unistd.h>

#include <algorithm>
#include <string>
#include <vector>

#include "binding_util.h"

namespace vigil::runtime {

using v8::Array;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

// An errno failure as node's C++ throws it: "EPERM, Operation not permitted"
// with code, errno and syscall.
void ThrowErrno(Isolate* isolate, int err, const char* syscall) {
  Local<Context> context = isolate->GetCurrentContext();
  const char* code = uv_err_name(uv_translate_sys_error(err));
  std::string text = std::string(code) + ", " + strerror(err);
  Local<Object> error = v8::Exception::Error(Utf8String(isolate, text)).As<Object>();
  error->Set(context, OneByteString(isolate, "errno"), Integer::New(isolate, err)).Check();
  error->Set(context, OneByteString(isolate, "code"), OneByteString(isolate, code)).Check();
  error->Set(context, OneByteString(isolate, "syscall"), OneByteString(isolate, syscall)).Check();
  isolate->ThrowException(error);
}

// A uid or gid from a number or a name (looked up with getpwnam_r or
// getgrnam_r); false when the name is unknown.
template <typename Id, typename Entry, int (*Lookup)(const char*, Entry*, char*, size_t, Entry**),
          Id Entry::*Field>
bool ResolveId(Isolate* isolate, Local<Value> id, Id* out) {
  if (id->IsUint32()) {
    *out = static_cast<Id>(id.As<v8::Uint32>()->Value());
    return true;
  }
  std::string name = ToStdString(isolate, id);
  std::vector<char> buffer(16384);
  Entry entry;
  Entry* found = nullptr;
  if (Lookup(name.c_str(), &entry, buffer.data(), buffer.size(), &found) != 0 || found == nullptr) return false;
  *out = found->*Field;
  return true;
}

bool ResolveUid(Isolate* isolate, Local<Value> id, uid_t* out) {
  return ResolveId<uid_t, passwd, getpwnam_r, &passwd::pw_uid>(isolate, id, out);
}

bool ResolveGid(Isolate* isolate, Local<Value> id, gid_t* out) {
  return ResolveId<gid_t, group, getgrnam_r, &group::gr_gid>(isolate, id, out);
}

// Returns 0 when done and 1 for an unknown name (JS throws
// ERR_UNKNOWN_CREDENTIAL); a failing system call throws here.
template <typename Id, bool (*Resolve)(Isolate*, Local<Value>, Id*), int (*Call)(Id)>
void SetId(const FunctionCallbackInfo<Value>& args, const char* syscall) {
  Isolate* isolate = args.GetIsolate();
  Id id;
  if (!Resolve(isolate, args[0], &id)) return args.GetReturnValue().Set(1);
  if (Call(id) != 0) return ThrowErrno(isolate, errno, syscall);
  args.GetReturnValue().Set(0);
}

void SetUid(const FunctionCallbackInfo<Value>& args) { SetId<uid_t, ResolveUid, setuid>(args, "setuid"); }
void SetEuid(const FunctionCallbackInfo<Value>& args) { SetId<uid_t, ResolveUid, seteuid>(args, "seteuid"); }
void SetGid(const FunctionCallbackInfo<Value>& args) { SetId<gid_t, ResolveGid, setgid>(args, "setgid"); }
void SetEgid(const FunctionCallbackInfo<Value>& args) { SetId<gid_t, ResolveGid, setegid>(args, "setegid"); }

// Returns 0, or 1 + the index of the first unknown group name.
void SetGroups(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<Array> list = args[0].As<Array>();
  std::vector<gid_t> groups(list->Length());
  for (uint32_t i = 0; i < list->Length(); ++i) {
    Local<Value> item;
    if (!list->Get(context, i).ToLocal(&item)) return;
    if (!ResolveGid(isolate, item, &groups[i])) return args.GetReturnValue().Set(i + 1);
  }
  if (setgroups(groups.size(), groups.data()) != 0) return ThrowErrno(isolate, errno, "setgroups");
  args.GetReturnValue().Set(0);
}

// initgroups(user, extraGroup): returns 0, 1 for an unknown user, 2 for an
// unknown group.
void InitGroups(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  std::string user;
  if (args[0]->IsUint32()) {
    std::vector<char> buffer(16384);
    passwd entry;
    passwd* found = nullptr;
    uid_t uid = static_cast<uid_t>(args[0].As<v8::Uint32>()->Value());
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) != 0 || found == nullptr) {
      return args.GetReturnValue().Set(1);
    }
    user = found->pw_name;
  } else {
    user = ToStdString(isolate, args[0]);
  }
  gid_t extra;
  if (!ResolveGid(isolate, args[1], &extra)) return args.GetReturnValue().Set(2);
  if (initgroups(user.c_str(), extra) != 0) return ThrowErrno(isolate, errno, "initgroups");
  args.GetReturnValue().Set(0);
}

// The supplementary groups, plus the effective group as node adds it.
void GetGroups(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  int count = getgroups(0, nullptr);
  if (count < 0) return ThrowErrno(isolate, errno, "getgroups");
  std::vector<gid_t> groups(static_cast<size_t>(count));
  count = getgroups(count, groups.data());
  if (count < 0) return ThrowErrno(isolate, errno, "getgroups");
  groups.resize(static_cast<size_t>(count));
  gid_t egid = getegid();
  if (std::find(groups.begin(), groups.end(), egid) == groups.end()) groups.push_back(egid);
  std::vector<Local<Value>> values;
  for (gid_t gid : groups) values.push_back(Integer::NewFromUnsigned(isolate, gid));
  args.GetReturnValue().Set(Array::New(isolate, values.data(), values.size()));
}

}  // namespace

void InitializeProcessCredentials(Local<Context> context, Local<Object> target) {
  SetMethod(context, target, "setuid", SetUid);
  SetMethod(context, target, "seteuid", SetEuid);
  SetMethod(context, target, "setgid", SetGid);
  SetMethod(context, target, "setegid", SetEgid);
  SetMethod(context, target, "setgroups", SetGroups);
  SetMethod(context, target, "initgroups", InitGroups);
  SetMethod(context, target, "getgroups", GetGroups);
}

}  // namespace vigil::runtime
