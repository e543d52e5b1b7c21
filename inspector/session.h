// One client of an environment's inspector: a V8InspectorSession plus the
// Channel that carries V8's answers back, and the NodeRuntime / NodeWorker
// methods that V8 does not know and the agent answers itself.
#pragma once

#include <v8-inspector.h>

#include <functional>
#include <memory>
#include <string>

namespace vigil::inspector {

class Agent;

class Session : public v8_inspector::V8Inspector::Channel {
 public:
  using Sender = std::function<void(const std::string&)>;
  Session(Agent* agent, v8_inspector::V8Inspector* inspector, Sender send);
  ~Session() override;

  // Dispatches one protocol message from the client (UTF-8 JSON).
  void Dispatch(const std::string& message);
  // "Break on start": pause on the next statement, which is the first one
  // of the main module.
  void SchedulePauseOnNextStatement(const std::string& reason);
  // At exit: sends NodeRuntime.waitingForDisconnect when the client asked
  // for it and returns whether it did.
  bool NotifyWaitingForDisconnect();

  // v8_inspector::V8Inspector::Channel
  void sendResponse(int call_id, std::unique_ptr<v8_inspector::StringBuffer> message) override;
  void sendNotification(std::unique_ptr<v8_inspector::StringBuffer> message) override;
  void flushProtocolNotifications() override {}

 private:
  // Answers the methods of vigil's own domains; false for the others.
  bool DispatchOwnDomain(const std::string& message);

  Agent* agent_;
  Sender send_;
  std::unique_ptr<v8_inspector::V8InspectorSession> v8_session_;
  bool notify_when_waiting_for_disconnect_ = false;
};

// Conversions between the protocol's UTF-8 text and V8's string views.
std::string ToUtf8(const v8_inspector::StringView& view);
std::u16string Utf8ToUtf16(const std::string& utf8);

}  // namespace vigil::inspector
