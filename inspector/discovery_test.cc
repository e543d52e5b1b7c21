#include "inspector/discovery.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

namespace vigil::inspector {
namespace {

TEST(InspectorRoutes, MatchesNodesPaths) {
  EXPECT_EQ(ClassifyPath("/json"), Route::kList);
  EXPECT_EQ(ClassifyPath("/json/"), Route::kList);
  EXPECT_EQ(ClassifyPath("/json/list"), Route::kList);
  EXPECT_EQ(ClassifyPath("/JSON/List"), Route::kList);
  EXPECT_EQ(ClassifyPath("/json/list?x=1"), Route::kList);
  EXPECT_EQ(ClassifyPath("/json/version"), Route::kVersion);
  EXPECT_EQ(ClassifyPath("/json/protocol"), Route::kProtocol);
  EXPECT_EQ(ClassifyPath("/json/protocol/"), Route::kProtocol);
  EXPECT_EQ(ClassifyPath("/json/listing"), Route::kBadRequest);
  EXPECT_EQ(ClassifyPath("/json/activate/abc"), Route::kBadRequest);
  EXPECT_EQ(ClassifyPath("/jsonx"), Route::kWebSocket);
  EXPECT_EQ(ClassifyPath("/"), Route::kBadRequest);
  EXPECT_EQ(ClassifyPath("/0f8e..."), Route::kWebSocket);
}

TEST(InspectorAddress, ParsesInspectValues) {
  std::string host = "127.0.0.1";
  int port = 9229;
  EXPECT_TRUE(ParseInspectAddress("0", &host, &port));
  EXPECT_EQ(port, 0);
  EXPECT_EQ(host, "127.0.0.1");
  EXPECT_TRUE(ParseInspectAddress("localhost:9333", &host, &port));
  EXPECT_EQ(host, "localhost");
  EXPECT_EQ(port, 9333);
  EXPECT_TRUE(ParseInspectAddress("0.0.0.0", &host, &port));
  EXPECT_EQ(host, "0.0.0.0");
  EXPECT_EQ(port, 9333);
  EXPECT_TRUE(ParseInspectAddress("[::1]:9444", &host, &port));
  EXPECT_EQ(host, "::1");
  EXPECT_EQ(port, 9444);
  EXPECT_FALSE(ParseInspectAddress("", &host, &port));
  EXPECT_FALSE(ParseInspectAddress("host:70000", &host, &port));
  EXPECT_FALSE(ParseInspectAddress(":9229", &host, &port));
  EXPECT_FALSE(ParseInspectAddress("[::1", &host, &port));
}

TEST(InspectorFileUrl, EncodesPaths) {
  EXPECT_EQ(FileUrlFromPath("/home/a/app.js"), "file:///home/a/app.js");
  EXPECT_EQ(FileUrlFromPath("/tmp/my app/100%.js"), "file:///tmp/my%20app/100%25.js");
  EXPECT_EQ(FileUrlFromPath("/tmp/#?.js"), "file:///tmp/%23%3F.js");
  EXPECT_EQ(FileUrlFromPath("/tmp/\xc3\xa9.js"), "file:///tmp/%C3%A9.js");
  EXPECT_EQ(FileUrlFromPath("relative.js"), "");
  EXPECT_EQ(FileUrlFromPath("node:fs"), "");
}

TEST(InspectorUuid, IsVersion4AndUnique) {
  std::regex shape("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    std::string id = NewUuidV4();
    EXPECT_TRUE(std::regex_match(id, shape)) << id;
    EXPECT_TRUE(seen.insert(id).second) << id;
  }
}

TEST(InspectorJson, ListLooksLikeNodes) {
  std::string body = FormatTargetList({{"abc", "vigil[12]", "file:///x\".js"}}, "127.0.0.1:9229");
  EXPECT_EQ(body.substr(0, 4), "[ {\n");
  EXPECT_NE(body.find("  \"description\": \"vigil instance\",\n"), std::string::npos);
  EXPECT_NE(body.find("\"devtoolsFrontendUrl\": \"devtools://devtools/bundled/js_app.html?"
                      "experiments=true&v8only=true&ws=127.0.0.1:9229/abc\""),
            std::string::npos);
  EXPECT_NE(body.find("\"webSocketDebuggerUrl\": \"ws://127.0.0.1:9229/abc\""), std::string::npos);
  EXPECT_NE(body.find("\"url\": \"file:///x_.js\""), std::string::npos);
  EXPECT_EQ(body.substr(body.size() - 6), "\n} ]\n\n");
  EXPECT_EQ(FormatTargetList({}, "h"), "[ ]\n\n");
}

TEST(InspectorJson, Version) {
  EXPECT_EQ(FormatVersion("vigil/0.1.0"),
            "{\n  \"Browser\": \"vigil/0.1.0\",\n  \"Protocol-Version\": \"1.1\"\n} ");
}

}  // namespace
}  // namespace vigil::inspector
