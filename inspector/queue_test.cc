#include "inspector/queue.h"

#include <gtest/gtest.h>

#include <thread>

namespace vigil::inspector {
namespace {

TEST(InspectorQueue, KeepsOrderAndWakesTheWaiter) {
  InspectorQueue queue;
  InspectorEvent event;
  EXPECT_FALSE(queue.TryPop(&event));
  std::thread producer([&] {
    for (int i = 0; i < 1000; ++i) {
      queue.Push({InspectorEvent::Kind::kMessage, i, std::to_string(i)});
    }
  });
  for (int i = 0; i < 1000; ++i) {
    InspectorEvent got = queue.WaitAndPop();
    EXPECT_EQ(got.session_id, i);
    EXPECT_EQ(got.message, std::to_string(i));
  }
  producer.join();
  EXPECT_FALSE(queue.TryPop(&event));
  queue.Push({InspectorEvent::Kind::kEnded, 7, ""});
  ASSERT_TRUE(queue.TryPop(&event));
  EXPECT_EQ(event.kind, InspectorEvent::Kind::kEnded);
}

}  // namespace
}  // namespace vigil::inspector
