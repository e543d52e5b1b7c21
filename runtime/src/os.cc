// internalBinding('os'): what libuv knows about the machine, for
// runtime/lib/os.js. Functions that can fail take a `ctx` object last and
// fill it with { errno, code, message, syscall } (names and texts from
// libuv) and return undefined; os.js turns that into node's
// ERR_SYSTEM_ERROR. The constants tables are built from the C headers at
// compile time, so their values are those of this platform.
#include <dlfcn.h>
#include <uv.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>
#include <vector>

#include "binding_util.h"
#include "bindings.h"

namespace vigil::runtime {

using v8::Array;
using v8::Boolean;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Null;
using v8::Number;
using v8::Object;
using v8::Value;

namespace {

// Reports a libuv failure through the ctx object the JS wrapper passed last.
void FillErrorContext(const FunctionCallbackInfo<Value>& info, int err, const char* syscall) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  if (info.Length() == 0 || !info[info.Length() - 1]->IsObject()) return;
  Local<Object> ctx = info[info.Length() - 1].As<Object>();
  SetValue(context, ctx, "errno", Integer::New(isolate, err));
  SetValue(context, ctx, "code", OneByteString(isolate, uv_err_name(err)));
  SetValue(context, ctx, "message", OneByteString(isolate, uv_strerror(err)));
  SetValue(context, ctx, "syscall", OneByteString(isolate, syscall));
}

void GetHostname(const FunctionCallbackInfo<Value>& info) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof(buf);
  int err = uv_os_gethostname(buf, &size);
  if (err != 0) return FillErrorContext(info, err, "uv_os_gethostname");
  info.GetReturnValue().Set(Utf8String(info.GetIsolate(), std::string(buf, size)));
}

// [sysname, version, release, machine] from uname(2).
void GetOSInformation(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  uv_utsname_t name;
  int err = uv_os_uname(&name);
  if (err != 0) return FillErrorContext(info, err, "uv_os_uname");
  Local<Value> fields[] = {
      Utf8String(isolate, name.sysname),
      Utf8String(isolate, name.version),
      Utf8String(isolate, name.release),
      Utf8String(isolate, name.machine),
  };
  info.GetReturnValue().Set(Array::New(isolate, fields, 4));
}

void GetHomeDirectory(const FunctionCallbackInfo<Value>& info) {
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_os_homedir(buf, &size);
  if (err != 0) return FillErrorContext(info, err, "uv_os_homedir");
  info.GetReturnValue().Set(Utf8String(info.GetIsolate(), std::string(buf, size)));
}

void GetUptime(const FunctionCallbackInfo<Value>& info) {
  double uptime;
  int err = uv_uptime(&uptime);
  if (err != 0) return FillErrorContext(info, err, "uv_uptime");
  info.GetReturnValue().Set(uptime);
}

void GetFreeMem(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_free_memory()));
}

void GetTotalMem(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_total_memory()));
}

// Fills the Float64Array passed in with the 1, 5 and 15 minute averages.
void GetLoadAvg(const FunctionCallbackInfo<Value>& info) {
  if (!info[0]->IsFloat64Array()) return;
  Local<v8::Float64Array> array = info[0].As<v8::Float64Array>();
  if (array->Length() < 3) return;
  double avg[3];
  uv_loadavg(avg);
  auto* data = reinterpret_cast<double*>(static_cast<char*>(array->Buffer()->Data()) + array->ByteOffset());
  std::memcpy(data, avg, sizeof(avg));
}

void GetAvailableParallelism(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(static_cast<uint32_t>(uv_available_parallelism()));
}

// A flat array, seven fields per CPU: model, speed and the five times.
void GetCPUs(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  uv_cpu_info_t* cpus;
  int count;
  int err = uv_cpu_info(&cpus, &count);
  if (err != 0) return FillErrorContext(info, err, "uv_cpu_info");
  std::vector<Local<Value>> fields;
  fields.reserve(static_cast<size_t>(count) * 7);
  for (int i = 0; i < count; i++) {
    const uv_cpu_info_t& cpu = cpus[i];
    fields.push_back(Utf8String(isolate, cpu.model ? cpu.model : ""));
    fields.push_back(Number::New(isolate, cpu.speed));
    fields.push_back(Number::New(isolate, static_cast<double>(cpu.cpu_times.user)));
    fields.push_back(Number::New(isolate, static_cast<double>(cpu.cpu_times.nice)));
    fields.push_back(Number::New(isolate, static_cast<double>(cpu.cpu_times.sys)));
    fields.push_back(Number::New(isolate, static_cast<double>(cpu.cpu_times.idle)));
    fields.push_back(Number::New(isolate, static_cast<double>(cpu.cpu_times.irq)));
  }
  uv_free_cpu_info(cpus, count);
  info.GetReturnValue().Set(Array::New(isolate, fields.data(), fields.size()));
}

// A flat array, seven fields per address: interface name, address, netmask,
// family, mac, internal and the IPv6 scope id (-1 for IPv4).
void GetInterfaceAddresses(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  uv_interface_address_t* interfaces;
  int count;
  int err = uv_interface_addresses(&interfaces, &count);
  if (err == UV_ENOSYS) {
    info.GetReturnValue().Set(Array::New(isolate));
    return;
  }
  if (err != 0) return FillErrorContext(info, err, "uv_interface_addresses");
  std::vector<Local<Value>> fields;
  fields.reserve(static_cast<size_t>(count) * 7);
  for (int i = 0; i < count; i++) {
    const uv_interface_address_t& iface = interfaces[i];
    char address[INET6_ADDRSTRLEN] = "";
    char netmask[INET6_ADDRSTRLEN] = "";
    const char* family;
    int scopeid = -1;
    if (iface.address.address4.sin_family == AF_INET) {
      uv_ip4_name(&iface.address.address4, address, sizeof(address));
      uv_ip4_name(&iface.netmask.netmask4, netmask, sizeof(netmask));
      family = "IPv4";
    } else if (iface.address.address4.sin_family == AF_INET6) {
      uv_ip6_name(&iface.address.address6, address, sizeof(address));
      uv_ip6_name(&iface.netmask.netmask6, netmask, sizeof(netmask));
      family = "IPv6";
      scopeid = static_cast<int>(iface.address.address6.sin6_scope_id);
    } else {
      std::strcpy(address, "<unknown sa family>");
      family = "unknown";
    }
    char mac[18];
    const auto* phys = reinterpret_cast<const unsigned char*>(iface.phys_addr);
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", phys[0], phys[1], phys[2], phys[3],
             phys[4], phys[5]);
    fields.push_back(Utf8String(isolate, iface.name));
    fields.push_back(OneByteString(isolate, address));
    fields.push_back(OneByteString(isolate, netmask));
    fields.push_back(OneByteString(isolate, family));
    fields.push_back(OneByteString(isolate, mac));
    fields.push_back(Boolean::New(isolate, iface.is_internal));
    fields.push_back(Integer::New(isolate, scopeid));
  }
  uv_free_interface_addresses(interfaces, count);
  info.GetReturnValue().Set(Array::New(isolate, fields.data(), fields.size()));
}

// getUserInfo(ctx): { uid, gid, username, homedir, shell } as UTF-8 strings;
// the JS side applies the requested encoding.
void GetUserInfo(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  uv_passwd_t pwd;
  int err = uv_os_get_passwd(&pwd);
  if (err != 0) return FillErrorContext(info, err, "uv_os_get_passwd");
  Local<Object> user = Object::New(isolate, Null(isolate), nullptr, nullptr, 0);
  SetValue(context, user, "uid", Number::New(isolate, static_cast<double>(pwd.uid)));
  SetValue(context, user, "gid", Number::New(isolate, static_cast<double>(pwd.gid)));
  SetValue(context, user, "username", Utf8String(isolate, pwd.username ? pwd.username : ""));
  SetValue(context, user, "homedir", Utf8String(isolate, pwd.homedir ? pwd.homedir : ""));
  if (pwd.shell == nullptr) {
    SetValue(context, user, "shell", Null(isolate));
  } else {
    SetValue(context, user, "shell", Utf8String(isolate, pwd.shell));
  }
  uv_os_free_passwd(&pwd);
  info.GetReturnValue().Set(user);
}

void SetPriority(const FunctionCallbackInfo<Value>& info) {
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  int pid = info[0]->Int32Value(context).FromMaybe(0);
  int priority = info[1]->Int32Value(context).FromMaybe(0);
  int err = uv_os_setpriority(pid, priority);
  if (err != 0) {
    FillErrorContext(info, err, "uv_os_setpriority");
    info.GetReturnValue().Set(err);
    return;
  }
  info.GetReturnValue().Set(0);
}

void GetPriority(const FunctionCallbackInfo<Value>& info) {
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  int pid = info[0]->Int32Value(context).FromMaybe(0);
  int priority;
  int err = uv_os_getpriority(pid, &priority);
  if (err != 0) return FillErrorContext(info, err, "uv_os_getpriority");
  info.GetReturnValue().Set(priority);
}

void GetResidentSetMemory(const FunctionCallbackInfo<Value>& info) {
  size_t rss;
  int err = uv_resident_set_memory(&rss);
  if (err != 0) return FillErrorContext(info, err, "uv_resident_set_memory");
  info.GetReturnValue().Set(static_cast<double>(rss));
}

// Adds NAME = value for every name the platform's headers define, in the
// order the lists give (node's order). The name is stringized before the
// macro is expanded to its value.
#define VIGIL_DEFINE_CONSTANT(target, name) \
  SetValue(context, target, #name, Integer::New(isolate, name))
#define V(name) SetValue(context, o, #name, Integer::New(isolate, name));

Local<Object> ErrnoConstants(Isolate* isolate, Local<Context> context) {
  Local<Object> o = Object::New(isolate, Null(isolate), nullptr, nullptr, 0);
#include "os_errno.inc"
  return o;
}

Local<Object> SignalConstants(Isolate* isolate, Local<Context> context) {
  Local<Object> o = Object::New(isolate, Null(isolate), nullptr, nullptr, 0);
#include "os_signals.inc"
  return o;
}

Local<Object> PriorityConstants(Isolate* isolate, Local<Context> context) {
  Local<Object> o = Object::New(isolate, Null(isolate), nullptr, nullptr, 0);
  SetValue(context, o, "PRIORITY_LOW", Integer::New(isolate, UV_PRIORITY_LOW));
  SetValue(context, o, "PRIORITY_BELOW_NORMAL", Integer::New(isolate, UV_PRIORITY_BELOW_NORMAL));
  SetValue(context, o, "PRIORITY_NORMAL", Integer::New(isolate, UV_PRIORITY_NORMAL));
  SetValue(context, o, "PRIORITY_ABOVE_NORMAL", Integer::New(isolate, UV_PRIORITY_ABOVE_NORMAL));
  SetValue(context, o, "PRIORITY_HIGH", Integer::New(isolate, UV_PRIORITY_HIGH));
  SetValue(context, o, "PRIORITY_HIGHEST", Integer::New(isolate, UV_PRIORITY_HIGHEST));
  return o;
}

Local<Object> DlopenConstants(Isolate* isolate, Local<Context> context) {
  Local<Object> o = Object::New(isolate, Null(isolate), nullptr, nullptr, 0);
#ifdef RTLD_LAZY
  VIGIL_DEFINE_CONSTANT(o, RTLD_LAZY);
#endif
#ifdef RTLD_NOW
  VIGIL_DEFINE_CONSTANT(o, RTLD_NOW);
#endif
#ifdef RTLD_GLOBAL
  VIGIL_DEFINE_CONSTANT(o, RTLD_GLOBAL);
#endif
#ifdef RTLD_LOCAL
  VIGIL_DEFINE_CONSTANT(o, RTLD_LOCAL);
#endif
#ifdef RTLD_DEEPBIND
  VIGIL_DEFINE_CONSTANT(o, RTLD_DEEPBIND);
#endif
  return o;
}

#undef V
#undef VIGIL_DEFINE_CONSTANT

}  // namespace

void Init_os_Binding(Environment& env, Local<Object> target) {
  Isolate* isolate = env.isolate();
  Local<Context> context = env.context();
  SetMethod(context, target, "getHostname", GetHostname);
  SetMethod(context, target, "getOSInformation", GetOSInformation);
  SetMethod(context, target, "getHomeDirectory", GetHomeDirectory);
  SetMethod(context, target, "getUptime", GetUptime);
  SetMethod(context, target, "getFreeMem", GetFreeMem);
  SetMethod(context, target, "getTotalMem", GetTotalMem);
  SetMethod(context, target, "getLoadAvg", GetLoadAvg);
  SetMethod(context, target, "getAvailableParallelism", GetAvailableParallelism);
  SetMethod(context, target, "getCPUs", GetCPUs);
  SetMethod(context, target, "getInterfaceAddresses", GetInterfaceAddresses);
  SetMethod(context, target, "getUserInfo", GetUserInfo);
  SetMethod(context, target, "setPriority", SetPriority);
  SetMethod(context, target, "getPriority", GetPriority);
  SetMethod(context, target, "getResidentSetMemory", GetResidentSetMemory);

  uint16_t probe = 1;
  bool big_endian = *reinterpret_cast<uint8_t*>(&probe) == 0;
  SetValue(context, target, "isBigEndian", Boolean::New(isolate, big_endian));

  Local<Object> constants = Object::New(isolate, Null(isolate), nullptr, nullptr, 0);
  SetValue(context, constants, "UV_UDP_REUSEADDR", Integer::New(isolate, UV_UDP_REUSEADDR));
  SetValue(context, constants, "dlopen", DlopenConstants(isolate, context));
  SetValue(context, constants, "errno", ErrnoConstants(isolate, context));
  SetValue(context, constants, "signals", SignalConstants(isolate, context));
  SetValue(context, constants, "priority", PriorityConstants(isolate, context));
  SetValue(context, target, "constants", constants);
}

}  // namespace vigil::runtime
