#include "inspector/discovery.h"

#include <fcntl.h>
#include <sys/random.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <map>
#include <stdexcept>

namespace vigil::inspector {
namespace {

bool StartsWithNoCase(const std::string& s, size_t at, const char* prefix) {
  for (size_t i = 0; prefix[i] != '\0'; ++i) {
    if (at + i >= s.size()) return false;
    if (std::tolower(static_cast<unsigned char>(s[at + i])) != prefix[i]) return false;
  }
  return true;
}

// Matches one path segment at `at`; on success returns the offset of what
// follows the segment and its slash (or the end), else npos.
size_t MatchSegment(const std::string& path, size_t at, const char* segment) {
  if (!StartsWithNoCase(path, at, segment)) return std::string::npos;
  size_t end = at + std::char_traits<char>::length(segment);
  if (end == path.size()) return end;
  if (path[end] == '/') return end + 1;
  return std::string::npos;
}

// Node escapes the two characters that would break its hand-made JSON by
// replacing them; titles and URLs stay readable and the output stays valid.
std::string Escape(std::string s) {
  for (char& c : s) {
    if (c == '"' || c == '\\') c = '_';
  }
  return s;
}

std::string MapToJson(const std::map<std::string, std::string>& object) {
  std::string json = "{\n";
  bool first = true;
  for (const auto& [key, value] : object) {
    if (!first) json += ",\n";
    first = false;
    json += "  \"" + key + "\": \"" + value + "\"";
  }
  json += "\n} ";
  return json;
}

void FillRandom(unsigned char* buffer, size_t size) {
  size_t done = 0;
  while (done < size) {
    ssize_t n = getrandom(buffer + done, size - done, 0);
    if (n > 0) {
      done += static_cast<size_t>(n);
      continue;
    }
    // Kernels without getrandom(2) still have /dev/urandom.
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw std::runtime_error("no source of random bytes");
    while (done < size) {
      ssize_t r = read(fd, buffer + done, size - done);
      if (r <= 0) {
        close(fd);
        throw std::runtime_error("cannot read /dev/urandom");
      }
      done += static_cast<size_t>(r);
    }
    close(fd);
  }
}

}  // namespace

Route ClassifyPath(const std::string& raw_path) {
  std::string path = raw_path.substr(0, raw_path.find('?'));
  size_t rest = MatchSegment(path, 0, "/json");
  if (rest == std::string::npos) {
    return path.size() > 1 && path[0] == '/' ? Route::kWebSocket : Route::kBadRequest;
  }
  if (rest == path.size() || MatchSegment(path, rest, "list") != std::string::npos) {
    return Route::kList;
  }
  if (MatchSegment(path, rest, "protocol") != std::string::npos) return Route::kProtocol;
  if (MatchSegment(path, rest, "version") != std::string::npos) return Route::kVersion;
  return Route::kBadRequest;
}

bool ParseInspectAddress(const std::string& value, std::string* host, int* port) {
  auto parse_port = [](const std::string& text, int* out) {
    if (text.empty() || text.size() > 5) return false;
    for (char c : text) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    }
    int n = std::stoi(text);
    if (n > 65535) return false;
    *out = n;
    return true;
  };
  if (value.empty()) return false;
  if (value[0] == '[') {
    size_t close = value.find(']');
    if (close == std::string::npos || close == 1) return false;
    std::string rest = value.substr(close + 1);
    int p = 0;
    if (!rest.empty() && (rest[0] != ':' || !parse_port(rest.substr(1), &p))) return false;
    *host = value.substr(1, close - 1);
    if (!rest.empty()) *port = p;
    return true;
  }
  size_t colon = value.rfind(':');
  if (colon == std::string::npos) {
    int p = 0;
    if (parse_port(value, &p)) {
      *port = p;
    } else {
      *host = value;
    }
    return true;
  }
  int p = 0;
  if (colon == 0 || !parse_port(value.substr(colon + 1), &p)) return false;
  *host = value.substr(0, colon);
  *port = p;
  return true;
}

std::string FormatHostPort(const std::string& host, int port) {
  bool v6 = host.find(':') != std::string::npos;
  return (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

std::string FileUrlFromPath(const std::string& path) {
  if (path.empty() || path[0] != '/') return "";
  static const char kHex[] = "0123456789ABCDEF";
  std::string url = "file://";
  for (unsigned char c : path) {
    bool plain = std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~' ||
                 c == '!' || c == '$' || c == '&' || c == '\'' || c == '(' || c == ')' ||
                 c == '*' || c == '+' || c == ',' || c == ';' || c == '=' || c == ':' || c == '@';
    if (plain) {
      url += static_cast<char>(c);
    } else {
      url += '%';
      url += kHex[c >> 4];
      url += kHex[c & 15];
    }
  }
  return url;
}

std::string NewUuidV4() {
  unsigned char b[16];
  FillRandom(b, sizeof b);
  b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);  // version 4
  b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);  // RFC 4122 variant
  char out[37];
  std::snprintf(out, sizeof out,
                "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14],
                b[15]);
  return out;
}

std::string FormatTargetList(const std::vector<TargetInfo>& targets, const std::string& host) {
  std::string json = "[ ";
  bool first = true;
  for (const TargetInfo& target : targets) {
    std::string address = host + "/" + target.id;
    std::map<std::string, std::string> object;
    object["description"] = "vigil instance";
    object["devtoolsFrontendUrl"] =
        "devtools://devtools/bundled/js_app.html?experiments=true&v8only=true&ws=" + address;
    object["devtoolsFrontendUrlCompat"] =
        "devtools://devtools/bundled/inspector.html?experiments=true&v8only=true&ws=" + address;
    object["faviconUrl"] = "https://nodejs.org/static/images/favicons/favicon.ico";
    object["id"] = target.id;
    object["title"] = Escape(target.title);
    object["type"] = "node";
    object["url"] = Escape(target.url);
    object["webSocketDebuggerUrl"] = "ws://" + address;
    if (!first) json += ", ";
    first = false;
    json += MapToJson(object);
  }
  json += "]\n\n";
  return json;
}

std::string FormatVersion(const std::string& browser) {
  return MapToJson({{"Browser", browser}, {"Protocol-Version", "1.1"}});
}

}  // namespace vigil::inspector
