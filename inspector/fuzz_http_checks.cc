// libFuzzer target for the inspector's parsers of untrusted input: Host and
// Origin headers, request paths, --inspect values. Build with
// -DVIGIL_FUZZ=ON and clang; run build/bin/inspector_fuzz_http_checks.
#include <cstddef>
#include <cstdint>
#include <string>

#include "inspector/discovery.h"
#include "inspector/security.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  using namespace vigil::inspector;
  // An allowed Host must never contain what could smuggle a second name.
  if (IsAllowedHost(input) && input.find_first_of(", \t\r\n/") != std::string::npos) __builtin_trap();
  if (IsAllowedOrigin(input) && input.find_first_of(" \t\r\n") != std::string::npos) __builtin_trap();
  ClassifyPath(input);
  std::string host = "127.0.0.1";
  int port = 9229;
  if (ParseInspectAddress(input, &host, &port) && (port < 0 || port > 65535)) __builtin_trap();
  std::string url = FileUrlFromPath(input);
  if (!url.empty() && url.find_first_of(" \"#?%", 7) != std::string::npos) {
    // Only percent signs of escapes may appear after the scheme.
    for (size_t i = url.find('%', 7); i != std::string::npos; i = url.find('%', i + 1)) {
      if (i + 2 >= url.size()) __builtin_trap();
    }
    if (url.find_first_of(" \"#?", 7) != std::string::npos) __builtin_trap();
  }
  return 0;
}
