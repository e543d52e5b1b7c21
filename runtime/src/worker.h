// What the rest of the runtime needs of worker.cc.
#pragma once

namespace vigil::runtime {

class WorkerLink;

// Tells a Worker's parent that it ran out of its heap (its 'error' event
// then carries ERR_WORKER_OUT_OF_MEMORY). Called on the worker's thread.
void ReportWorkerOutOfMemory(WorkerLink& link);

}  // namespace vigil::runtime
