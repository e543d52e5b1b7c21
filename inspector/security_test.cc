#include "inspector/security.h"

#include <gtest/gtest.h>

namespace vigil::inspector {
namespace {

TEST(InspectorHost, AcceptsLoopbackNamesAndLiterals) {
  EXPECT_TRUE(IsAllowedHost("localhost"));
  EXPECT_TRUE(IsAllowedHost("LocalHost:9229"));
  EXPECT_TRUE(IsAllowedHost("127.0.0.1"));
  EXPECT_TRUE(IsAllowedHost("127.0.0.1:9229"));
  EXPECT_TRUE(IsAllowedHost("192.168.1.20:9229"));
  EXPECT_TRUE(IsAllowedHost("[::1]"));
  EXPECT_TRUE(IsAllowedHost("[::1]:9229"));
  EXPECT_TRUE(IsAllowedHost("[fe80::1]:80"));
}

TEST(InspectorHost, RejectsRebindingNamesAndLenientSpellings) {
  EXPECT_FALSE(IsAllowedHost(""));
  EXPECT_FALSE(IsAllowedHost("evil.example"));
  EXPECT_FALSE(IsAllowedHost("evil.example:9229"));
  EXPECT_FALSE(IsAllowedHost("localhost6"));
  EXPECT_FALSE(IsAllowedHost("localhost."));
  EXPECT_FALSE(IsAllowedHost("localhost.evil.example"));
  EXPECT_FALSE(IsAllowedHost("0177.0.0.1"));
  EXPECT_FALSE(IsAllowedHost("127.1"));
  EXPECT_FALSE(IsAllowedHost("127.0.0.1.2"));
  EXPECT_FALSE(IsAllowedHost("2130706433"));
  EXPECT_FALSE(IsAllowedHost("0x7f.0.0.1"));
  EXPECT_FALSE(IsAllowedHost("256.0.0.1"));
  EXPECT_FALSE(IsAllowedHost("0.0.0.0"));
  EXPECT_FALSE(IsAllowedHost("0.0.0.0:9229"));
  EXPECT_FALSE(IsAllowedHost("[::]:9229"));
  EXPECT_FALSE(IsAllowedHost("[::1"));
  EXPECT_FALSE(IsAllowedHost("::1"));
  EXPECT_FALSE(IsAllowedHost("127.0.0.1:"));
  EXPECT_FALSE(IsAllowedHost("127.0.0.1:99999"));
  EXPECT_FALSE(IsAllowedHost("127.0.0.1:92a"));
  EXPECT_FALSE(IsAllowedHost(":9229"));
  // A repeated Host header reaches us joined with ", ".
  EXPECT_FALSE(IsAllowedHost("localhost, evil.example"));
  EXPECT_FALSE(IsAllowedHost("localhost, localhost"));
  EXPECT_FALSE(IsAllowedHost("127.0.0.1 "));
  EXPECT_FALSE(IsAllowedHost(std::string("[::1\0]/x]", 9)));
  EXPECT_FALSE(IsAllowedHost(std::string("[1::\0]", 6)));
}

TEST(InspectorOrigin, AcceptsDevtoolsAndLoopbackOrigins) {
  EXPECT_TRUE(IsAllowedOrigin("devtools://devtools"));
  EXPECT_TRUE(IsAllowedOrigin("http://127.0.0.1:9222"));
  EXPECT_TRUE(IsAllowedOrigin("http://127.5.0.1"));
  EXPECT_TRUE(IsAllowedOrigin("https://localhost:8080"));
  EXPECT_TRUE(IsAllowedOrigin("http://[::1]:9222"));
}

TEST(InspectorOrigin, RejectsWebPages) {
  EXPECT_FALSE(IsAllowedOrigin("http://evil.example"));
  EXPECT_FALSE(IsAllowedOrigin("https://evil.example:443"));
  EXPECT_FALSE(IsAllowedOrigin("http://192.168.1.2"));
  EXPECT_FALSE(IsAllowedOrigin("http://localhost.evil.example"));
  EXPECT_FALSE(IsAllowedOrigin("http://127.0.0.1.evil.example"));
  EXPECT_FALSE(IsAllowedOrigin("null"));
  EXPECT_FALSE(IsAllowedOrigin("file://"));
  EXPECT_FALSE(IsAllowedOrigin("chrome-extension://abc"));
  EXPECT_FALSE(IsAllowedOrigin("http://0177.0.0.1"));
  EXPECT_FALSE(IsAllowedOrigin("http://127.0.0.1/path"));
  EXPECT_FALSE(IsAllowedOrigin(std::string("devtools://\0\n", 13)));
  EXPECT_FALSE(IsAllowedOrigin("devtools://x y"));
}

TEST(InspectorIPv4, IsStrict) {
  EXPECT_TRUE(IsStrictIPv4("0.0.0.0"));
  EXPECT_TRUE(IsStrictIPv4("255.255.255.255"));
  EXPECT_FALSE(IsStrictIPv4("01.2.3.4"));
  EXPECT_FALSE(IsStrictIPv4("1.2.3"));
  EXPECT_FALSE(IsStrictIPv4("1.2.3.4."));
  EXPECT_FALSE(IsStrictIPv4("1..3.4"));
  EXPECT_FALSE(IsStrictIPv4("1.2.3.4444"));
}

}  // namespace
}  // namespace vigil::inspector
