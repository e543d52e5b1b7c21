#include "inspector/session.h"

#include <nlohmann/json.hpp>

#include "inspector/agent.h"

namespace vigil::inspector {

using v8_inspector::StringBuffer;
using v8_inspector::StringView;

namespace {

const int kContextGroupId = 1;

StringView View(const std::u16string& s) {
  return StringView(reinterpret_cast<const uint16_t*>(s.data()), s.size());
}

void AppendUtf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xc0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xe0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    *out += static_cast<char>(0x80 | (cp & 0x3f));
  } else {
    *out += static_cast<char>(0xf0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    *out += static_cast<char>(0x80 | (cp & 0x3f));
  }
}

}  // namespace

std::string ToUtf8(const StringView& view) {
  // V8 hands out protocol JSON as 8-bit views that already hold UTF-8.
  if (view.is8Bit()) return std::string(reinterpret_cast<const char*>(view.characters8()), view.length());
  std::string out;
  out.reserve(view.length());
  const uint16_t* s = view.characters16();
  for (size_t i = 0; i < view.length(); ++i) {
    uint32_t c = s[i];
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < view.length() && s[i + 1] >= 0xdc00 && s[i + 1] < 0xe000) {
      c = 0x10000 + ((c - 0xd800) << 10) + (s[i + 1] - 0xdc00);
      ++i;
    } else if (c >= 0xd800 && c < 0xe000) {
      c = 0xfffd;  // a lone surrogate cannot be written as UTF-8
    }
    AppendUtf8(&out, c);
  }
  return out;
}

std::u16string Utf8ToUtf16(const std::string& in) {
  std::u16string out;
  out.reserve(in.size());
  size_t i = 0;
  while (i < in.size()) {
    unsigned char b = static_cast<unsigned char>(in[i]);
    uint32_t cp;
    size_t extra;
    if (b < 0x80) {
      cp = b;
      extra = 0;
    } else if ((b & 0xe0) == 0xc0) {
      cp = b & 0x1f;
      extra = 1;
    } else if ((b & 0xf0) == 0xe0) {
      cp = b & 0x0f;
      extra = 2;
    } else if ((b & 0xf8) == 0xf0) {
      cp = b & 0x07;
      extra = 3;
    } else {
      out += u'\ufffd';
      ++i;
      continue;
    }
    bool ok = true;
    for (size_t k = 1; k <= extra; ++k) {
      if (i + k >= in.size() || (static_cast<unsigned char>(in[i + k]) & 0xc0) != 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (static_cast<unsigned char>(in[i + k]) & 0x3f);
    }
    if (!ok) {
      out += u'\ufffd';
      ++i;
      continue;
    }
    i += extra + 1;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out += static_cast<char16_t>(0xd800 + (cp >> 10));
      out += static_cast<char16_t>(0xdc00 + (cp & 0x3ff));
    } else {
      out += static_cast<char16_t>(cp);
    }
  }
  return out;
}

Session::Session(Agent* agent, v8_inspector::V8Inspector* inspector, Sender send)
    : agent_(agent), send_(std::move(send)) {
  v8_session_ = inspector->connect(kContextGroupId, this, StringView());
}

Session::~Session() = default;

void Session::Dispatch(const std::string& message) {
  // Only messages that can name one of our domains are parsed here; V8
  // parses (and validates) everything else itself.
  if ((message.find("NodeRuntime.") != std::string::npos ||
       message.find("NodeWorker.") != std::string::npos) &&
      DispatchOwnDomain(message)) {
    return;
  }
  // V8's protocol parser reads 8-bit input as UTF-8, so the message needs no
  // conversion.
  v8_session_->dispatchProtocolMessage(
      StringView(reinterpret_cast<const uint8_t*>(message.data()), message.size()));
}

bool Session::DispatchOwnDomain(const std::string& message) {
  nlohmann::json request = nlohmann::json::parse(message, nullptr, false);
  if (!request.is_object() || !request.contains("method") || !request["method"].is_string() ||
      !request.contains("id") || !request["id"].is_number_integer()) {
    return false;
  }
  const std::string method = request["method"];
  if (method.rfind("NodeRuntime.", 0) != 0 && method.rfind("NodeWorker.", 0) != 0) return false;
  nlohmann::json params = request.value("params", nlohmann::json::object());
  nlohmann::json response = {{"id", request["id"]}};
  auto invalid = [&](const std::string& text) {
    response["error"] = {{"code", -32602}, {"message", "Invalid parameters"}, {"data", text}};
  };
  if (method == "NodeRuntime.enable") {
    if (agent_->waiting_for_debugger()) {
      send_(R"({"method":"NodeRuntime.waitingForDebugger","params":{}})");
    }
    response["result"] = nlohmann::json::object();
  } else if (method == "NodeRuntime.disable") {
    response["result"] = nlohmann::json::object();
  } else if (method == "NodeRuntime.notifyWhenWaitingForDisconnect") {
    if (!params.is_object() || !params.contains("enabled") || !params["enabled"].is_boolean()) {
      invalid("enabled: boolean value expected");
    } else {
      notify_when_waiting_for_disconnect_ = params["enabled"];
      response["result"] = nlohmann::json::object();
    }
  } else if (method == "NodeWorker.enable") {
    if (!params.is_object() || !params.contains("waitForDebuggerOnStart") ||
        !params["waitForDebuggerOnStart"].is_boolean()) {
      invalid("waitForDebuggerOnStart: boolean value expected");
    } else {
      // No worker threads exist yet, so there is nothing to attach to.
      response["result"] = nlohmann::json::object();
    }
  } else if (method == "NodeWorker.disable") {
    response["result"] = nlohmann::json::object();
  } else {
    response["error"] = {{"code", -32601}, {"message", "'" + method + "' wasn't found"}};
  }
  send_(response.dump());
  return true;
}

void Session::SchedulePauseOnNextStatement(const std::string& reason) {
  std::u16string text = Utf8ToUtf16(reason);
  // Node passes the reason as the details too; clients only read the reason.
  v8_session_->schedulePauseOnNextStatement(View(text), View(text));
}

bool Session::NotifyWaitingForDisconnect() {
  if (!notify_when_waiting_for_disconnect_) return false;
  send_(R"({"method":"NodeRuntime.waitingForDisconnect","params":{}})");
  return true;
}

void Session::sendResponse(int, std::unique_ptr<StringBuffer> message) {
  send_(ToUtf8(message->string()));
}

void Session::sendNotification(std::unique_ptr<StringBuffer> message) {
  send_(ToUtf8(message->string()));
}

}  // namespace vigil::inspector
