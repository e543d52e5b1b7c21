#include "options.h"

#include <cstdlib>
#include <cstring>

namespace vigil {

namespace {

bool StartsWith(const std::string& s, const char* prefix) { return s.compare(0, std::strlen(prefix), prefix) == 0; }

// "[host:]port" as node accepts it for --inspect=.
bool ParseHostPort(const std::string& value, CliOptions* options) {
  std::string port = value;
  size_t colon = value.rfind(':');
  if (colon != std::string::npos) {
    options->inspect_host = value.substr(0, colon);
    if (options->inspect_host.size() > 2 && options->inspect_host.front() == '[') {
      options->inspect_host = options->inspect_host.substr(1, options->inspect_host.size() - 2);
    }
    port = value.substr(colon + 1);
  } else if (value.find_first_not_of("0123456789") != std::string::npos) {
    options->inspect_host = value;
    return true;
  }
  if (port.empty() || port.find_first_not_of("0123456789") != std::string::npos) return false;
  options->inspect_port = std::atoi(port.c_str());
  return options->inspect_port >= 0 && options->inspect_port <= 65535;
}

// Options node accepts that only matter to V8 or that vigil accepts and
// ignores because they change nothing here.
bool IsPassThroughV8Flag(const std::string& arg) {
  static const char* const kFlags[] = {"--expose-gc", "--expose_gc", "--allow-natives-syntax",
                                       "--stack-size=", "--stack_size=", "--harmony", "--no-opt",
                                       "--jitless", "--max-semi-space-size=", "--abort-on-uncaught-exception",
                                       "--random-seed=", "--predictable", "--single-threaded",
                                       "--no-concurrent-array-buffer-sweeping",
                                       "--perf-basic-prof", "--perf-prof", "--interpreted-frames-native-stack",
                                       "--trace-gc", "--use-strict", "--use_strict", "--stack-trace-limit="};
  for (const char* flag : kFlags) {
    size_t n = std::strlen(flag);
    if (arg.compare(0, n, flag) == 0 && (flag[n - 1] == '=' || arg.size() == n || StartsWith(flag, "--harmony"))) {
      return true;
    }
  }
  return false;
}

bool IsIgnoredNodeFlag(const std::string& arg) {
  static const char* const kFlags[] = {"--no-warnings", "--no-deprecation", "--trace-warnings",
                                       "--pending-deprecation", "--throw-deprecation", "--trace-deprecation",
                                       "--unhandled-rejections=", "--trace-uncaught", "--enable-source-maps",
                                       "--preserve-symlinks", "--no-experimental-fetch", "--experimental-vm-modules",
                                       "--no-experimental-global-webcrypto", "--experimental-global-webcrypto",
                                       "--experimental-abortcontroller", "--expose-internals", "--zero-fill-buffers",
                                       "--no-force-async-hooks-checks", "--experimental-wasm-modules",
                                       "--experimental-global-customevent"};
  for (const char* flag : kFlags) {
    size_t n = std::strlen(flag);
    if (arg.compare(0, n, flag) == 0 && (flag[n - 1] == '=' || arg.size() == n)) return true;
  }
  return false;
}

}  // namespace

bool ParseOptions(int argc, char** argv, CliOptions* options, std::string* error) {
  int i = 1;
  if (argc > 1 && std::strcmp(argv[1], "daemon") == 0) {
    options->command = CliOptions::Command::kDaemon;
    for (i = 2; i < argc; i++) options->rest.push_back(argv[i]);
    return true;
  }
  if (argc > 1 && std::strcmp(argv[1], "ctl") == 0) {
    options->command = CliOptions::Command::kCtl;
    for (i = 2; i < argc; i++) options->rest.push_back(argv[i]);
    return true;
  }
  const char* seen_cpu_prof_option = nullptr;
  const char* seen_heap_prof_option = nullptr;
  for (; i < argc; i++) {
    std::string arg = argv[i];
    if (arg.empty() || arg[0] != '-' || arg == "-") break;
    if (arg == "--") {
      i++;
      break;
    }
    options->exec_argv.push_back(arg);
    auto value_of = [&](const char* name, std::string* out) -> bool {
      size_t n = std::strlen(name);
      if (arg.size() > n && arg.compare(0, n, name) == 0 && arg[n] == '=') {
        // "--name=" with nothing after it is a missing value, as node says.
        if (arg.size() == n + 1) {
          *error = std::string(argv[0]) + ": " + arg + " requires an argument";
          return false;
        }
        *out = arg.substr(n + 1);
        return true;
      }
      if (arg == name) {
        if (i + 1 >= argc) {
          *error = std::string(argv[0]) + ": " + name + " requires an argument";
          return false;
        }
        *out = argv[++i];
        options->exec_argv.push_back(*out);
        // As node: a value that must start with '-' is written "\-..." so it
        // is not taken for an option; the backslash is dropped.
        if (out->size() > 1 && (*out)[0] == '\\' && (*out)[1] == '-') out->erase(0, 1);
        return true;
      }
      return false;
    };
    std::string value;
    if (arg == "-v" || arg == "--version") {
      options->command = CliOptions::Command::kVersion;
    } else if (arg == "-h" || arg == "--help") {
      options->command = CliOptions::Command::kHelp;
    } else if (value_of("-e", &value) || value_of("--eval", &value)) {
      options->mode = CliOptions::Mode::kEval;
      options->eval_source = value;
    } else if (value_of("-p", &value) || value_of("--print", &value)) {
      options->mode = CliOptions::Mode::kPrint;
      options->eval_source = value;
    } else if (!error->empty()) {
      return false;
    } else if (arg == "-pe" || arg == "-ep") {
      if (i + 1 >= argc) {
        *error = std::string(argv[0]) + ": " + arg + " requires an argument";
        return false;
      }
      options->mode = CliOptions::Mode::kPrint;
      options->eval_source = argv[++i];
    } else if (arg == "--inspect" || StartsWith(arg, "--inspect=")) {
      options->inspect = true;
      if (arg.size() > 10 && !ParseHostPort(arg.substr(10), options)) {
        *error = std::string(argv[0]) + ": bad option: " + arg;
        return false;
      }
    } else if (arg == "--inspect-brk" || StartsWith(arg, "--inspect-brk=")) {
      options->inspect = options->inspect_brk = true;
      if (arg.size() > 14 && !ParseHostPort(arg.substr(14), options)) {
        *error = std::string(argv[0]) + ": bad option: " + arg;
        return false;
      }
    } else if (arg == "--inspect-wait" || StartsWith(arg, "--inspect-wait=")) {
      options->inspect = options->inspect_wait = true;
      if (arg.size() > 15 && !ParseHostPort(arg.substr(15), options)) {
        *error = std::string(argv[0]) + ": bad option: " + arg;
        return false;
      }
    } else if (value_of("--inspect-port", &value) || value_of("--debug-port", &value)) {
      if (!ParseHostPort(value, options)) {
        *error = std::string(argv[0]) + ": bad option: " + arg;
        return false;
      }
    } else if (arg == "-c" || arg == "--check") {
      options->check = true;
    } else if (value_of("--security-revert", &value)) {
      if (value != "CVE-2024-27980") {
        *error = std::string(argv[0]) + ": Error: Attempt to revert an unknown CVE [" + value + "]";
        return false;
      }
      options->security_reverts.push_back(value);
    } else if (value_of("--build-code-cache", &value)) {
      options->build_code_cache = value;
      options->mode = CliOptions::Mode::kEval;
    } else if (value_of("--inspect-publish-uid", &value)) {
      options->inspect_publish_uid = value;
    } else if (value_of("--max-old-space-size", &value) || value_of("--max_old_space_size", &value)) {
      options->max_old_space_mb = static_cast<size_t>(std::atoll(value.c_str()));
      options->v8_flags += " --max-old-space-size=" + value;
    } else if (value_of("-r", &value) || value_of("--require", &value)) {
      // Preloaded by the library, which reads them from execArgv.
    } else if (arg == "--cpu-prof") {
      options->cpu_prof = true;
    } else if (value_of("--cpu-prof-dir", &value)) {
      options->cpu_prof_dir = value;
      seen_cpu_prof_option = "--cpu-prof-dir";
    } else if (value_of("--cpu-prof-name", &value)) {
      options->cpu_prof_name = value;
      seen_cpu_prof_option = "--cpu-prof-name";
    } else if (value_of("--cpu-prof-interval", &value)) {
      options->cpu_prof_interval = std::strtoull(value.c_str(), nullptr, 10);
      seen_cpu_prof_option = "--cpu-prof-interval";
    } else if (arg == "--heap-prof") {
      options->heap_prof = true;
    } else if (value_of("--heap-prof-dir", &value)) {
      options->heap_prof_dir = value;
      seen_heap_prof_option = "--heap-prof-dir";
    } else if (value_of("--heap-prof-name", &value)) {
      options->heap_prof_name = value;
      seen_heap_prof_option = "--heap-prof-name";
    } else if (value_of("--heap-prof-interval", &value)) {
      options->heap_prof_interval = std::strtoull(value.c_str(), nullptr, 10);
      seen_heap_prof_option = "--heap-prof-interval";
    } else if (arg == "--watch") {
      options->watch = true;
    } else if (arg == "--watch-preserve-output" || value_of("--watch-path", &value)) {
      // Read by the library's watch mode (execArgv).
    } else if (value_of("--heapsnapshot-signal", &value)) {
      // The library listens for it (execArgv).
    } else if (value_of("--diagnostic-dir", &value)) {
      options->diagnostic_dir = value;
    } else if (IsPassThroughV8Flag(arg)) {
      options->v8_flags += " " + arg;
    } else if (IsIgnoredNodeFlag(arg) || value_of("--input-type", &value) || value_of("--title", &value)) {
      // Accepted for compatibility; the library reads them from execArgv.
    } else {
      // A known option whose value is missing has already said so.
      if (error->empty()) *error = std::string(argv[0]) + ": bad option: " + arg;
      return false;
    }
    if (!error->empty()) return false;
  }
  // As node: an option of a profiler only goes with the profiler itself.
  if (!options->cpu_prof && seen_cpu_prof_option != nullptr) {
    *error = std::string(argv[0]) + ": " + seen_cpu_prof_option + " must be used with --cpu-prof";
    return false;
  }
  if (!options->heap_prof && seen_heap_prof_option != nullptr) {
    *error = std::string(argv[0]) + ": " + seen_heap_prof_option + " must be used with --heap-prof";
    return false;
  }
  if (options->check && (options->mode == CliOptions::Mode::kEval || options->mode == CliOptions::Mode::kPrint)) {
    *error = std::string(argv[0]) + ": either --check or --eval can be used, not both";
    return false;
  }
  if (options->mode == CliOptions::Mode::kRepl && i < argc) {
    options->mode = CliOptions::Mode::kScript;
    options->script = argv[i++];
  }
  if (options->watch && options->command == CliOptions::Command::kRun) {
    if (options->mode == CliOptions::Mode::kEval || options->mode == CliOptions::Mode::kPrint) {
      *error = std::string(argv[0]) + ": either --watch or --eval can be used, not both";
      return false;
    }
    if (options->mode != CliOptions::Mode::kScript) {
      *error = std::string(argv[0]) + ": --watch requires specifying a file";
      return false;
    }
  }
  for (; i < argc; i++) options->args.push_back(argv[i]);
  return true;
}

std::string UsageText() {
  return "Usage: vigil [options] [ script.js ] [arguments]\n"
         "       vigil daemon [--listen stdio | unix:PATH | tcp:127.0.0.1:PORT]\n"
         "       vigil ctl METHOD [params]\n"
         "\n"
         "Options:\n"
         "  -e, --eval script           evaluate script\n"
         "  -p, --print script          evaluate script and print result\n"
         "  --inspect[=[host:]port]     activate inspector on host:port (default: 127.0.0.1:9229)\n"
         "  --inspect-brk[=[host:]port] activate inspector and break at start of the main module\n"
         "  --inspect-wait[=[host:]port] activate inspector and wait for a debugger before running\n"
         "  --inspect-port=[host:]port  set host:port for the inspector\n"
         "  --max-old-space-size=MB     V8's old generation limit\n"
         "  -r, --require module        preload a module before the main one\n"
         "  --cpu-prof                  write a CPU profile (.cpuprofile) at exit\n"
         "  --cpu-prof-dir, --cpu-prof-name, --cpu-prof-interval (us, default 1000)\n"
         "  --heap-prof                 write a sampling heap profile (.heapprofile) at exit\n"
         "  --heap-prof-dir, --heap-prof-name, --heap-prof-interval (bytes, default 524288)\n"
         "  --diagnostic-dir dir        where profiles go by default (else the cwd)\n"
         "  --heapsnapshot-signal=SIG   write a heap snapshot each time SIG arrives\n"
         "  --watch                     run again when a loaded file changes\n"
         "  --watch-path=path           ... when anything under path changes instead\n"
         "  --watch-preserve-output     do not clear the screen on restart\n"
         "  --enable-source-maps        report stack traces at the positions of source maps\n"
         "  -v, --version               print vigil's version\n"
         "  -h, --help                  print this help\n"
         "\n"
         "Documentation: docs/ in vigil's repository.\n";
}

}  // namespace vigil
