// Names of the files vigil writes for diagnostics (CPU and heap profiles,
// heap snapshots), as node names them: PREFIX.YYYYMMDD.HHMMSS.PID.THREAD.SEQ.EXT,
// with one sequence number for the whole process.
#pragma once

#include <string>

namespace vigil::runtime {

std::string DiagnosticFilename(const char* prefix, const char* ext, int thread_id = 0);

}  // namespace vigil::runtime
