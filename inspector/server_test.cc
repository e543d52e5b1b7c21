// The server over real loopback sockets: discovery answers, the Host and
// Origin checks, a session's round trip, and a bad frame that must close its
// own connection only.
#include "inspector/server.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <condition_variable>
#include <cstring>

namespace vigil::inspector {
namespace {

// Echoes every message back, as an agent would answer it.
class EchoTarget : public TargetDelegate {
 public:
  Server* server = nullptr;
  std::mutex mutex;
  std::condition_variable changed;
  int started = 0;
  int ended = 0;
  void OnSessionStarted(int, std::shared_ptr<Channel>) override {
    std::lock_guard<std::mutex> lock(mutex);
    ++started;
    changed.notify_all();
  }
  void OnSessionMessage(int id, std::string message) override { server->Send(id, "echo:" + message); }
  void OnSessionEnded(int) override {
    std::lock_guard<std::mutex> lock(mutex);
    ++ended;
    changed.notify_all();
  }
};

int Connect(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

void WriteAll(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n <= 0) return;
    done += static_cast<size_t>(n);
  }
}

// Reads until `until` appears, the peer closes, or two seconds pass.
std::string ReadSome(int fd, const std::string& until = "", bool* closed = nullptr) {
  std::string data;
  char buffer[65536];
  for (;;) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 2000) <= 0) break;
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n <= 0) {
      if (closed) *closed = true;
      break;
    }
    data.append(buffer, static_cast<size_t>(n));
    if (!until.empty() && data.find(until) != std::string::npos) break;
  }
  return data;
}

std::string Get(int port, const std::string& path, const std::string& host,
                const std::string& method = "GET") {
  int fd = Connect(port);
  WriteAll(fd, method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
  std::string answer = ReadSome(fd);
  close(fd);
  return answer;
}

// A masked client frame, as RFC 6455 requires of clients.
std::string Frame(const std::string& payload, int opcode = 1) {
  std::string f;
  f += static_cast<char>(0x80 | opcode);
  if (payload.size() < 126) {
    f += static_cast<char>(0x80 | payload.size());
  } else {
    f += static_cast<char>(0x80 | 126);
    f += static_cast<char>(payload.size() >> 8);
    f += static_cast<char>(payload.size() & 0xff);
  }
  const char mask[4] = {1, 2, 3, 4};
  f.append(mask, 4);
  for (size_t i = 0; i < payload.size(); ++i) f += static_cast<char>(payload[i] ^ mask[i % 4]);
  return f;
}

std::string Handshake(int port, const std::string& id, const std::string& extra) {
  return "GET /" + id + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
         "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
         "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" +
         extra + "\r\n";
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ServerOptions options;
    options.port = 0;
    options.out = tmpfile();
    options.max_message_size = 1024;
    options.browser = "vigil/test";
    server.reset(new Server(options));
    target.server = server.get();
    server->AddTarget({"0a1b2c3d-0000-4000-8000-000000000000", "vigil[1]", "file:///x.js"}, &target);
    ASSERT_TRUE(server->Start());
    port = server->port();
    ASSERT_GT(port, 0);
  }
  EchoTarget target;
  std::unique_ptr<Server> server;
  int port = 0;
  const std::string id = "0a1b2c3d-0000-4000-8000-000000000000";
};

TEST_F(ServerTest, AnswersDiscovery) {
  std::string host = "127.0.0.1:" + std::to_string(port);
  std::string list = Get(port, "/json/list", host);
  EXPECT_NE(list.find(" 200 "), std::string::npos) << list;
  EXPECT_NE(list.find("\"webSocketDebuggerUrl\": \"ws://" + host + "/" + id + "\""),
            std::string::npos);
  EXPECT_NE(Get(port, "/json", "localhost:1234").find("ws://localhost:1234/" + id),
            std::string::npos);
  EXPECT_NE(Get(port, "/json/version", host).find("\"Browser\": \"vigil/test\""),
            std::string::npos);
  EXPECT_NE(Get(port, "/json/protocol", host).find("\"domain\":\"NodeRuntime\""),
            std::string::npos);
  std::string other = Get(port, "/other", host);
  EXPECT_NE(other.find(" 400 "), std::string::npos);
  EXPECT_NE(other.find("WebSockets request was expected"), std::string::npos);
}

TEST_F(ServerTest, RejectsForeignHostsAndMethods) {
  for (const char* host : {"evil.example", "0177.0.0.1", "127.1", "0.0.0.0", "localhost6"}) {
    std::string answer = Get(port, "/json/list", host);
    EXPECT_NE(answer.find(" 400 "), std::string::npos) << host;
    EXPECT_EQ(answer.find(id), std::string::npos) << host;
  }
  EXPECT_NE(Get(port, "/json/list", "127.0.0.1", "POST").find(" 400 "), std::string::npos);
  int fd = Connect(port);
  WriteAll(fd, "GET /json HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n");
  std::string answer = ReadSome(fd);
  close(fd);
  EXPECT_NE(answer.find(" 400 "), std::string::npos);
  EXPECT_EQ(answer.find(id), std::string::npos);
}

TEST_F(ServerTest, ChecksWebSocketOriginAndPath) {
  int fd = Connect(port);
  WriteAll(fd, Handshake(port, id, "Origin: http://evil.example\r\n"));
  EXPECT_EQ(ReadSome(fd, "\r\n\r\n").find(" 101 "), std::string::npos);
  close(fd);
  fd = Connect(port);
  WriteAll(fd, Handshake(port, "not-a-target", ""));
  EXPECT_EQ(ReadSome(fd, "\r\n\r\n").find(" 101 "), std::string::npos);
  close(fd);
  fd = Connect(port);
  WriteAll(fd, Handshake(port, id, "Origin: devtools://devtools\r\n"));
  EXPECT_NE(ReadSome(fd, "\r\n\r\n").find(" 101 "), std::string::npos);
  close(fd);
}

TEST_F(ServerTest, BadFramesCloseOnlyTheirConnection) {
  int good = Connect(port);
  WriteAll(good, Handshake(port, id, ""));
  ASSERT_NE(ReadSome(good, "\r\n\r\n").find(" 101 "), std::string::npos);

  int big = Connect(port);
  WriteAll(big, Handshake(port, id, ""));
  ASSERT_NE(ReadSome(big, "\r\n\r\n").find(" 101 "), std::string::npos);
  WriteAll(big, Frame(std::string(2000, 'x')));
  bool closed = false;
  ReadSome(big, "", &closed);
  EXPECT_TRUE(closed);
  close(big);

  int bad = Connect(port);
  WriteAll(bad, Handshake(port, id, ""));
  ASSERT_NE(ReadSome(bad, "\r\n\r\n").find(" 101 "), std::string::npos);
  WriteAll(bad, std::string("\x81\x05hello", 7));  // unmasked: a protocol error
  closed = false;
  ReadSome(bad, "", &closed);
  EXPECT_TRUE(closed);
  close(bad);

  WriteAll(good, Frame("ping"));
  EXPECT_NE(ReadSome(good, "echo:ping").find("echo:ping"), std::string::npos);
  close(good);
  std::unique_lock<std::mutex> lock(target.mutex);
  target.changed.wait_for(lock, std::chrono::seconds(2), [&] { return target.ended == 3; });
  EXPECT_EQ(target.started, 3);
  EXPECT_EQ(target.ended, 3);
}

// Reads one unmasked server frame (text or control) from `data` at `*pos`.
bool NextServerFrame(const std::string& data, size_t* pos, int* opcode, std::string* payload) {
  if (data.size() < *pos + 2) return false;
  auto byte = [&](size_t i) { return static_cast<uint8_t>(data[*pos + i]); };
  *opcode = byte(0) & 0x0f;
  uint64_t length = byte(1) & 0x7f;
  size_t header = 2;
  if (length == 126) {
    if (data.size() < *pos + 4) return false;
    length = (uint64_t{byte(2)} << 8) | byte(3);
    header = 4;
  } else if (length == 127) {
    if (data.size() < *pos + 10) return false;
    length = 0;
    for (int i = 0; i < 8; ++i) length = (length << 8) | byte(2 + i);
    header = 10;
  }
  if (data.size() < *pos + header + length) return false;
  *payload = data.substr(*pos + header, static_cast<size_t>(length));
  *pos += header + static_cast<size_t>(length);
  return true;
}

TEST_F(ServerTest, PingsFragmentsAndAFirstFrameSentWithTheHandshake) {
  int fd = Connect(port);
  // The first message travels in the same packet as the handshake.
  WriteAll(fd, Handshake(port, id, "") + Frame("early"));
  std::string data = ReadSome(fd, "echo:early");
  ASSERT_NE(data.find(" 101 "), std::string::npos);
  ASSERT_NE(data.find("echo:early"), std::string::npos);
  std::string fragmented = Frame("frag");
  fragmented[0] = static_cast<char>(0x01);  // text, not final
  std::string rest = Frame("ment");
  rest[0] = static_cast<char>(0x80);  // final continuation
  WriteAll(fd, fragmented + Frame("hb", 9) + rest);
  data = ReadSome(fd, "echo:fragment");
  size_t pos = 0;
  int opcode = 0;
  std::string payload;
  std::vector<std::pair<int, std::string>> frames;
  while (NextServerFrame(data, &pos, &opcode, &payload)) frames.emplace_back(opcode, payload);
  ASSERT_EQ(frames.size(), 2u) << data;
  EXPECT_EQ(frames[0], std::make_pair(10, std::string("hb")));  // the pong comes first
  EXPECT_EQ(frames[1], std::make_pair(1, std::string("echo:fragment")));
  // A close frame is answered with the same code, then the connection ends.
  WriteAll(fd, Frame(std::string("\x03\xe8", 2), 8));
  bool closed = false;
  data = ReadSome(fd, "", &closed);
  EXPECT_TRUE(closed);
  pos = 0;
  ASSERT_TRUE(NextServerFrame(data, &pos, &opcode, &payload));
  EXPECT_EQ(opcode, 8);
  EXPECT_EQ(payload, std::string("\x03\xe8", 2));
  close(fd);
}

TEST_F(ServerTest, ASlowReaderGetsLargeMessagesWholeAndInOrder) {
  int fd = Connect(port);
  WriteAll(fd, Handshake(port, id, ""));
  std::string data = ReadSome(fd, "\r\n\r\n");
  ASSERT_NE(data.find(" 101 "), std::string::npos);
  data.erase(0, data.find("\r\n\r\n") + 4);
  {
    std::unique_lock<std::mutex> lock(target.mutex);
    target.changed.wait_for(lock, std::chrono::seconds(2), [&] { return target.started == 1; });
  }
  // Far more than the socket buffers hold: most of it waits in the channel
  // until the client reads, and the small message must still come last.
  std::string big(8 << 20, 'z');
  big[0] = 'A';
  big[big.size() - 1] = 'Z';
  server->Send(1, big);
  server->Send(1, "after");
  usleep(100 * 1000);
  std::string rest = ReadSome(fd, "after");
  data += rest;
  size_t pos = 0;
  int opcode = 0;
  std::string payload;
  ASSERT_TRUE(NextServerFrame(data, &pos, &opcode, &payload)) << data.size();
  EXPECT_EQ(payload.size(), big.size());
  EXPECT_TRUE(payload == big);
  ASSERT_TRUE(NextServerFrame(data, &pos, &opcode, &payload));
  EXPECT_EQ(payload, "after");
  close(fd);
}

TEST(ServerBackpressure, AClientThatStopsReadingIsDropped) {
  ServerOptions options;
  options.port = 0;
  options.out = tmpfile();
  options.max_pending_output = 1 << 20;
  Server server(options);
  EchoTarget target;
  target.server = &server;
  const std::string id = "0a1b2c3d-0000-4000-8000-000000000001";
  server.AddTarget({id, "vigil[1]", "file:///x.js"}, &target);
  ASSERT_TRUE(server.Start());
  int fd = Connect(server.port());
  WriteAll(fd, Handshake(server.port(), id, ""));
  {
    std::unique_lock<std::mutex> lock(target.mutex);
    target.changed.wait_for(lock, std::chrono::seconds(2), [&] { return target.started == 1; });
  }
  // The client reads nothing: the kernel's buffers fill, then the channel's,
  // and past the limit the session ends instead of growing.
  std::string chunk(64 * 1024, 'x');
  for (int i = 0; i < 200; ++i) server.Send(1, chunk);
  std::unique_lock<std::mutex> lock(target.mutex);
  target.changed.wait_for(lock, std::chrono::seconds(5), [&] { return target.ended == 1; });
  EXPECT_EQ(target.ended, 1);
  close(fd);
}

TEST(ServerPort, InUseIsReportedAndNotFatal) {
  ServerOptions first_options;
  first_options.port = 0;
  first_options.out = tmpfile();
  Server first(first_options);
  ASSERT_TRUE(first.Start());
  ServerOptions options;
  options.port = first.port();
  options.out = tmpfile();
  Server second(options);
  EXPECT_FALSE(second.Start());
  rewind(options.out);
  char line[200] = {};
  ASSERT_NE(fgets(line, sizeof line, options.out), nullptr);
  EXPECT_EQ(std::string(line), "Starting inspector on 127.0.0.1:" + std::to_string(first.port()) +
                                   " failed: address already in use\n");
}

}  // namespace
}  // namespace vigil::inspector
