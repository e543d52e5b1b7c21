// Checks that keep the inspector from being reached by web pages: a page on
// evil.example can make the browser talk to 127.0.0.1 through DNS rebinding,
// but it cannot make the browser send a Host header that names a loopback
// literal, nor forge the Origin header of a WebSocket handshake.
#pragma once

#include <string>

namespace vigil::inspector {

// True when the Host header value (with an optional :port) names "localhost"
// or a strictly spelled IP literal (dotted-quad IPv4 or bracketed IPv6).
// Lenient spellings that resolvers accept (0177.0.0.1, 127.1), unspecified
// addresses (0.0.0.0, [::]), other names and lists made by repeated headers
// ("a, b") are refused.
bool IsAllowedHost(const std::string& host_header);

// True when a WebSocket handshake's Origin header may connect: devtools://
// (the Chrome DevTools frontend) or an http(s) origin on a loopback host.
// An absent Origin (non-browser clients) is the caller's decision: they
// should accept it.
bool IsAllowedOrigin(const std::string& origin);

// True for a strictly spelled dotted-quad IPv4 address: four decimal parts,
// 0..255, without leading zeros.
bool IsStrictIPv4(const std::string& text);

}  // namespace vigil::inspector
