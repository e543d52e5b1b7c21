// A minimal WebSocket client that times Runtime.evaluate round trips, for
// bench/inspector.js: written in C++ so that the client's own work (a JS
// client spends more per message than vigil's server does) does not hide
// the servers' differences. It takes turns between its targets, so that the
// machine's state falls on all of them alike.
//
//   vigil_ws_probe ROUNDS PER_ROUND TARGET...
//     TARGET = PORT/PATH  a WebSocket session on 127.0.0.1 (an inspector)
//            | echo:PORT  a TCP server that writes back what it reads
// Prints one line per target: the median round trip in microseconds.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Target {
  int fd = -1;
  bool echo = false;
  std::string pending;  // bytes received and not consumed yet
  std::vector<double> samples;
  int next_id = 1;
};

int Connect(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    std::perror("connect");
    std::exit(1);
  }
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  return fd;
}

void WriteAll(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n <= 0) {
      std::perror("write");
      std::exit(1);
    }
    done += static_cast<size_t>(n);
  }
}

void ReadMore(Target& t) {
  char buffer[65536];
  ssize_t n = read(t.fd, buffer, sizeof buffer);
  if (n <= 0) {
    std::fprintf(stderr, "ws_probe: the server closed the connection\n");
    std::exit(1);
  }
  t.pending.append(buffer, static_cast<size_t>(n));
}

// A masked client text frame (RFC 6455: clients mask).
std::string Frame(const std::string& payload) {
  std::string f;
  f += static_cast<char>(0x81);
  if (payload.size() < 126) {
    f += static_cast<char>(0x80 | payload.size());
  } else {
    f += static_cast<char>(0x80 | 126);
    f += static_cast<char>(payload.size() >> 8);
    f += static_cast<char>(payload.size() & 0xff);
  }
  const char mask[4] = {0x11, 0x22, 0x33, 0x44};
  f.append(mask, 4);
  for (size_t i = 0; i < payload.size(); ++i) f += static_cast<char>(payload[i] ^ mask[i % 4]);
  return f;
}

// Takes one server frame off t.pending into *payload; false when the
// frame is not complete yet.
bool TakeFrame(Target& t, std::string* payload) {
  const auto* p = reinterpret_cast<const uint8_t*>(t.pending.data());
  size_t have = t.pending.size();
  if (have < 2) return false;
  uint64_t length = p[1] & 0x7f;
  size_t header = 2;
  if (length == 126) {
    if (have < 4) return false;
    length = (uint64_t{p[2]} << 8) | p[3];
    header = 4;
  } else if (length == 127) {
    if (have < 10) return false;
    length = 0;
    for (int i = 0; i < 8; ++i) length = (length << 8) | p[2 + i];
    header = 10;
  }
  if (have < header + length) return false;
  *payload = t.pending.substr(header, static_cast<size_t>(length));
  t.pending.erase(0, header + static_cast<size_t>(length));
  return true;
}

const char kRequest[] = R"({"id":%d,"method":"Runtime.evaluate","params":{"expression":"1 + 1"}})";

// One round trip; returns its duration in microseconds.
double RoundTrip(Target& t) {
  char text[256];
  int id = t.next_id++;
  std::snprintf(text, sizeof text, kRequest, id);
  std::string frame = Frame(text);
  auto start = std::chrono::steady_clock::now();
  WriteAll(t.fd, frame);
  if (t.echo) {
    while (t.pending.size() < frame.size()) ReadMore(t);
    t.pending.erase(0, frame.size());
  } else {
    char prefix[32];
    std::snprintf(prefix, sizeof prefix, "{\"id\":%d,", id);
    std::string payload;
    for (;;) {
      while (!TakeFrame(t, &payload)) ReadMore(t);
      if (payload.compare(0, std::strlen(prefix), prefix) == 0) break;  // events are skipped
    }
  }
  return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
}

Target Open(const std::string& spec) {
  Target t;
  if (spec.rfind("echo:", 0) == 0) {
    t.echo = true;
    t.fd = Connect(std::atoi(spec.c_str() + 5));
    return t;
  }
  size_t slash = spec.find('/');
  int port = std::atoi(spec.substr(0, slash).c_str());
  t.fd = Connect(port);
  WriteAll(t.fd, "GET " + spec.substr(slash) + " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
                     "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
  size_t end;
  while ((end = t.pending.find("\r\n\r\n")) == std::string::npos) ReadMore(t);
  if (t.pending.compare(0, 12, "HTTP/1.1 101") != 0) {
    std::fprintf(stderr, "ws_probe: handshake refused by %s\n", spec.c_str());
    std::exit(1);
  }
  t.pending.erase(0, end + 4);
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: %s ROUNDS PER_ROUND TARGET...\n", argv[0]);
    return 2;
  }
  int rounds = std::atoi(argv[1]);
  int per_round = std::atoi(argv[2]);
  std::vector<Target> targets;
  for (int i = 3; i < argc; ++i) targets.push_back(Open(argv[i]));
  for (Target& t : targets) {
    for (int i = 0; i < per_round; ++i) RoundTrip(t);  // warm-up
  }
  for (int round = 0; round < rounds; ++round) {
    for (Target& t : targets) {
      for (int i = 0; i < per_round; ++i) t.samples.push_back(RoundTrip(t));
    }
  }
  for (Target& t : targets) {
    std::sort(t.samples.begin(), t.samples.end());
    std::printf("%.1f\n", t.samples[t.samples.size() / 2]);
    close(t.fd);
  }
  return 0;
}
