// The command line, parsed in one place, spelled like node's options.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace vigil {

struct CliOptions {
  enum class Command { kRun, kVersion, kHelp, kDaemon, kCtl };
  Command command = Command::kRun;
  enum class Mode { kScript, kEval, kPrint, kRepl };
  Mode mode = Mode::kRepl;
  std::string script;
  std::string eval_source;
  std::vector<std::string> args;       // after the script (or after -e CODE)
  std::vector<std::string> exec_argv;  // the options themselves, as given
  bool check = false;                  // -c / --check: syntax only, nothing runs
  std::string v8_flags;                // passed through to V8
  size_t max_old_space_mb = 0;

  // Inspector (--inspect, --inspect-brk, --inspect-wait, --inspect-port).
  bool inspect = false;
  bool inspect_brk = false;
  bool inspect_wait = false;
  std::string inspect_host = "127.0.0.1";
  int inspect_port = 9229;
  std::string inspect_publish_uid = "stderr,http";

  // Profiles written at exit (--cpu-prof*, --heap-prof*, --diagnostic-dir).
  bool cpu_prof = false;
  std::string cpu_prof_dir;
  std::string cpu_prof_name;
  uint64_t cpu_prof_interval = 1000;
  bool heap_prof = false;
  std::string heap_prof_dir;
  std::string heap_prof_name;
  uint64_t heap_prof_interval = 512 * 1024;
  std::string diagnostic_dir;

  bool watch = false;  // --watch: the library supervises a child
  // --security-revert=CVE-...: node's opt-outs of security fixes. The only
  // one node 20 knows changes Windows behaviour only, so it is accepted
  // (and announced) without effect.
  std::vector<std::string> security_reverts;

  // Build step only: compile and warm up the library, write its code cache.
  std::string build_code_cache;

  std::vector<std::string> rest;  // arguments of `vigil daemon` / `vigil ctl`
};

// Parses argv; on a bad option returns false with node's message in *error.
bool ParseOptions(int argc, char** argv, CliOptions* options, std::string* error);

std::string UsageText();

}  // namespace vigil
