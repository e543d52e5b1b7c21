#include "inspector/security.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cctype>

namespace vigil::inspector {
namespace {

bool IsDigits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return std::isdigit(c) != 0;
  });
}

bool IsValidPort(const std::string& s) {
  if (!IsDigits(s) || s.size() > 5) return false;
  return std::stoi(s) <= 65535;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Splits "host[:port]" or "[v6][:port]" into the host part (brackets kept)
// and validates the port part. Returns false when the shape is wrong.
bool SplitHostPort(const std::string& value, std::string* host) {
  if (value.empty()) return false;
  if (value[0] == '[') {
    size_t close = value.find(']');
    if (close == std::string::npos) return false;
    std::string rest = value.substr(close + 1);
    if (!rest.empty() && (rest[0] != ':' || !IsValidPort(rest.substr(1)))) return false;
    *host = value.substr(0, close + 1);
    return true;
  }
  size_t colon = value.find(':');
  if (colon == std::string::npos) {
    *host = value;
    return true;
  }
  if (value.find(':', colon + 1) != std::string::npos) return false;
  if (!IsValidPort(value.substr(colon + 1))) return false;
  *host = value.substr(0, colon);
  return !host->empty();
}

// "[...]" holding a specified IPv6 address. Zone ids are not valid in a Host
// header, so inet_pton's refusal of them is what we want.
bool IsBracketedIPv6(const std::string& host, bool loopback_only) {
  if (host.size() < 3 || host.front() != '[' || host.back() != ']') return false;
  std::string inner = host.substr(1, host.size() - 2);
  in6_addr addr{};
  if (inet_pton(AF_INET6, inner.c_str(), &addr) != 1) return false;
  static const in6_addr kAny = IN6ADDR_ANY_INIT;
  if (IN6_ARE_ADDR_EQUAL(&addr, &kAny)) return false;
  return !loopback_only || IN6_IS_ADDR_LOOPBACK(&addr);
}

// Host and Origin values are printable ASCII without spaces. Anything else
// (a NUL that C functions would stop at, controls, spaces) is forged.
bool IsPrintableToken(const std::string& value) {
  for (unsigned char c : value) {
    if (c <= 0x20 || c >= 0x7f) return false;
  }
  return true;
}

}  // namespace

bool IsStrictIPv4(const std::string& text) {
  int parts = 0;
  size_t start = 0;
  while (true) {
    size_t dot = text.find('.', start);
    std::string part = text.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (!IsDigits(part) || part.size() > 3) return false;
    if (part.size() > 1 && part[0] == '0') return false;
    if (std::stoi(part) > 255) return false;
    ++parts;
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return parts == 4;
}

bool IsAllowedHost(const std::string& host_header) {
  if (!IsPrintableToken(host_header)) return false;
  std::string host;
  if (!SplitHostPort(host_header, &host)) return false;
  if (Lower(host) == "localhost") return true;
  if (host[0] == '[') return IsBracketedIPv6(host, false);
  return IsStrictIPv4(host) && host != "0.0.0.0";
}

bool IsAllowedOrigin(const std::string& origin) {
  if (!IsPrintableToken(origin)) return false;
  if (origin.rfind("devtools://", 0) == 0) return true;
  std::string rest;
  if (origin.rfind("http://", 0) == 0) {
    rest = origin.substr(7);
  } else if (origin.rfind("https://", 0) == 0) {
    rest = origin.substr(8);
  } else {
    return false;
  }
  // An origin has no path; anything after the authority is suspicious.
  if (rest.find('/') != std::string::npos) return false;
  std::string host;
  if (!SplitHostPort(rest, &host)) return false;
  if (Lower(host) == "localhost") return true;
  if (host[0] == '[') return IsBracketedIPv6(host, true);
  return IsStrictIPv4(host) && host.rfind("127.", 0) == 0;
}

}  // namespace vigil::inspector
