#include "pool_jobs.h"

namespace vigil::runtime {

PoolJobs::PoolJobs(Environment& env) : channel_(WorkChannel::New(env.loop())) {}

void PoolJobs::Close() {
  // Cancel() does not run AfterWork() at once (it comes back through the
  // channel's eventfd), so the set does not change under this loop.
  for (PoolTask* task : in_flight_) channel_->Cancel(task);
  channel_->CloseWhenIdle();
}

// The state is looked up here, while JavaScript runs, and kept: teardown
// must not add an entry to the Environment's binding data while it walks
// them, and a task's late completion must not look it up either.
PoolTask::PoolTask(Environment& env) : env_(env), jobs_(PoolJobs::For(env)) {}

PoolTask::~PoolTask() {
  if (in_flight_) jobs_->in_flight_.erase(this);
}

void PoolTask::Submit() {
  in_flight_ = true;
  jobs_->in_flight_.insert(this);
  jobs_->channel_->Submit(this);
}

bool PoolTask::Cancel() { return in_flight_ && jobs_->channel_->Cancel(this); }

void PoolTask::Done(int status) {
  in_flight_ = false;
  jobs_->in_flight_.erase(this);
  AfterWork(status);
}

}  // namespace vigil::runtime
