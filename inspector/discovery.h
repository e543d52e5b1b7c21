// The HTTP discovery surface of the inspector, as node serves it: the /json
// endpoints' answers, target ids and file:// URLs. Pure functions, so that
// they are unit-tested without sockets.
#pragma once

#include <string>
#include <vector>

namespace vigil::inspector {

struct TargetInfo {
  std::string id;     // a random UUIDv4, also the WebSocket path
  std::string title;  // "vigil[<pid>]"
  std::string url;    // file:// URL of the main module ("file://" for -e)
};

// The HTTP routes a GET request may name.
enum class Route { kList, kVersion, kProtocol, kWebSocket, kBadRequest };

// Classifies a request path as node does: "/json" and "/json/list" list the
// targets, "/json/version" and "/json/protocol" describe the server; the
// segment match is case-insensitive and a query string is ignored. Anything
// else is not a discovery request (node then answers 400 unless it is a
// WebSocket handshake for a target).
Route ClassifyPath(const std::string& path);

// Parses the value of --inspect=[host:]port / --inspect-port=: "9229",
// "0", "127.0.0.1:9229", "localhost", "[::1]:9229". Leaves *host untouched
// when the value is only a port and *port untouched when it is only a host.
bool ParseInspectAddress(const std::string& value, std::string* host, int* port);

// "ws://" + host + "/" + id, with IPv6 hosts bracketed.
std::string FormatHostPort(const std::string& host, int port);

// A file:// URL for an absolute path, percent-encoding what RFC 3986 does
// not allow in a path. Returns "" for anything that is not absolute.
std::string FileUrlFromPath(const std::string& path);

// A random RFC 4122 version 4 UUID from the kernel's CSPRNG.
std::string NewUuidV4();

// The bodies node sends for /json/list and /json/version. `host` is the
// request's Host header (or the bound address when the request had none).
std::string FormatTargetList(const std::vector<TargetInfo>& targets, const std::string& host);
std::string FormatVersion(const std::string& browser);

}  // namespace vigil::inspector
