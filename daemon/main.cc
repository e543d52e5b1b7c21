// vigil's main: parses the command line and wires the runtime to the
// inspector and (later) the daemon. The runtime knows nothing of either.
#include <link.h>
#include <signal.h>
#include <unistd.h>
#include <sys/mman.h>
#include <cstring>
#include <uv.h>

#include <cerrno>
#include <climits>
#include <memory>
#include <cstdio>
#include <string>

#include "code_cache.h"
#include "environment.h"
#include "inspector/agent.h"
#include "options.h"
#include "platform.h"

namespace {

// Once the dynamic linker has relocated libnode, its symbol and relocation
// tables (8+ MB of .dynstr, .dynsym, .rela.*) are only read again for the
// few functions bound lazily later. They are clean file pages: dropping them
// lowers the resident set, and the pages still needed come back from the
// page cache on first touch.
void DropLinkerTables() {
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void*) -> int {
        if (info->dlpi_name == nullptr || std::strstr(info->dlpi_name, "libnode.so") == nullptr) return 0;
        for (int i = 0; i < info->dlpi_phnum; i++) {
          const ElfW(Phdr)& ph = info->dlpi_phdr[i];
          // The first, read-only segment holds the linker's tables.
          if (ph.p_type == PT_LOAD && ph.p_flags == PF_R && ph.p_offset == 0) {
            uintptr_t start = info->dlpi_addr + ph.p_vaddr;
            size_t page = 4096;
            uintptr_t begin = (start + page - 1) & ~(page - 1);
            uintptr_t end = (start + ph.p_memsz) & ~(page - 1);
            if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
            return 1;
          }
        }
        return 1;
      },
      nullptr);
}

// Loads every public builtin and exercises the paths every script takes, so
// that the cache holds their compiled inner functions too. A function the
// warm-up never ran is compiled from source in every run that needs it: a
// hello-world file once compiled ~60 such functions (the CommonJS loader's
// file path, console.log through a stream), ~7M instructions.
const char kWarmUp[] = R"JS(
// First what a script run needs: console.log / console.error through
// process.stdout / stderr, whose output is swallowed so the build's terminal
// stays quiet, and a CommonJS file that requires another (skipped, not
// fatal, where there is no writable temporary directory). The cache file
// keeps this load order, so these modules sit together at its start.
for (const stream of [process.stdout, process.stderr]) {
  stream._write = (chunk, encoding, callback) => callback();
}
console.log('hello %s', 'world', 42, { a: 1 });
console.error(new Error('warm-up'));
process.stdout.write('x', () => {});
delete process.stdout._write;
delete process.stderr._write;
const fs = require('fs');
const path = require('path');
let dir;
try {
  dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'vigil-warm-up-'));
  fs.writeFileSync(path.join(dir, 'main.js'), "module.exports = require('./dep') + 1;\n");
  fs.writeFileSync(path.join(dir, 'dep.js'), 'module.exports = 1;\n');
  require(path.join(dir, 'main.js'));
} catch {
} finally {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
// Then everything else.
const { builtinModules } = require('module');
for (const id of builtinModules) {
  try { require(id); } catch {}
}
const util = require('util');
util.inspect({ a: [1, 'two', { three: new Map([[3, new Set([4])]]) }], e: new Error('x') }, { depth: 4 });
util.format('%s %d %j', 'a', 1, { b: 2 });
require('path').resolve('a', '../b');
new (require('events'))().on('x', () => {}).emit('x');
setTimeout(() => {}, 0);
Promise.resolve().then(() => {});
// The stream paths of fs and crypto (reading a file into a hash, piping it
// into a write stream, whole-file callbacks), so that their functions are
// in the cache rather than compiled on a script's first chunk.
{
  const fs = require('fs');
  const hash = require('crypto').createHash('sha256');
  fs.createReadStream(process.execPath, { end: 262143 })
    .on('data', (chunk) => hash.update(chunk))
    .on('end', () => hash.digest('hex'));
  fs.createReadStream(process.execPath, { end: 262143 }).pipe(fs.createWriteStream('/dev/null'));
  fs.readFile(process.execPath, { flag: 'r' }, () => {});
  fs.readFile('/dev/null', 'utf8', () => {});
}
)JS";

// The bootstrap and the main module bind a few hundred more functions
// lazily; each lookup faults pages of the tables back in, 64 KB around each
// touched page, which brought 4.7 MB of them back by exit. They are dropped
// again once those bursts are over.
class LinkerTableDropper : public vigil::runtime::EnvironmentHooks {
 public:
  void OnContextCreated(vigil::runtime::Environment&) override { DropLinkerTables(); }
  void OnBeforeMainModule(vigil::runtime::Environment&) override { DropLinkerTables(); }
};

int BuildCodeCache(vigil::runtime::EnvironmentOptions options, const std::string& path) {
  options.mode = vigil::runtime::EnvironmentOptions::Mode::kEval;
  options.eval_source = kWarmUp;
  vigil::runtime::Environment env(std::move(options));
  int code = env.Run();
  if (code != 0 || !vigil::runtime::WriteCodeCache(env, path)) {
    std::fprintf(stderr, "vigil: could not write the code cache to %s\n", path.c_str());
    return 1;
  }
  return 0;
}

}  // namespace

namespace {

// The profilers the command line asks for (--cpu-prof*, --heap-prof*).
vigil::inspector::ProfilerOptions ProfilerOptionsFrom(const vigil::CliOptions& cli) {
  vigil::inspector::ProfilerOptions p;
  p.cpu_prof = cli.cpu_prof;
  p.cpu_prof_dir = cli.cpu_prof_dir;
  p.cpu_prof_name = cli.cpu_prof_name;
  p.cpu_prof_interval = cli.cpu_prof_interval;
  p.heap_prof = cli.heap_prof;
  p.heap_prof_dir = cli.heap_prof_dir;
  p.heap_prof_name = cli.heap_prof_name;
  p.heap_prof_interval = cli.heap_prof_interval;
  p.diagnostic_dir = cli.diagnostic_dir;
  return p;
}

}  // namespace

int main(int argc, char** argv) {
  DropLinkerTables();
  argv = uv_setup_args(argc, argv);
  // A closed pipe is an EPIPE error for the writer, not a fatal signal.
  signal(SIGPIPE, SIG_IGN);
  // Likewise, going over RLIMIT_FSIZE is an EFBIG error for the write, as
  // in node, rather than a killed process.
  signal(SIGXFSZ, SIG_IGN);

  vigil::CliOptions cli;
  std::string error;
  if (!vigil::ParseOptions(argc, argv, &cli, &error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 9;
  }
  switch (cli.command) {
    case vigil::CliOptions::Command::kVersion:
      std::printf("v%s\n", VIGIL_VERSION);
      return 0;
    case vigil::CliOptions::Command::kHelp:
      std::fputs(vigil::UsageText().c_str(), stdout);
      return 0;
    case vigil::CliOptions::Command::kDaemon:
    case vigil::CliOptions::Command::kCtl:
      std::fprintf(stderr, "%s: the daemon is not part of this build yet\n", argv[0]);
      return 9;
    case vigil::CliOptions::Command::kRun:
      break;
  }
  for (const std::string& cve : cli.security_reverts) {
    if (cve == "CVE-2024-27980") {
      // On stdout, as node prints it, before anything the script writes.
      std::printf("SECURITY WARNING: Reverting %s: Unsafe Windows batch file execution\n", cve.c_str());
      std::fflush(stdout);
    }
  }
  // As node: with no script and stdin not a terminal, or with the script
  // "-", the program is read from stdin and run like -e code named [stdin].
  bool stdin_script = (cli.mode == vigil::CliOptions::Mode::kScript && cli.script == "-") ||
                      (cli.mode == vigil::CliOptions::Mode::kRepl && !isatty(0));
  if (cli.mode == vigil::CliOptions::Mode::kRepl && !stdin_script) {
    std::fprintf(stderr, "%s: no script given (the REPL is not available yet); see --help\n", argv[0]);
    return 9;
  }
  std::string stdin_source;
  if (stdin_script) {
    char chunk[65536];
    for (;;) {
      ssize_t n = read(0, chunk, sizeof chunk);
      if (n > 0) {
        stdin_source.append(chunk, static_cast<size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        break;
      }
    }
    if (cli.mode == vigil::CliOptions::Mode::kScript) cli.args.insert(cli.args.begin(), "-");
  }

  if (!cli.v8_flags.empty()) vigil::runtime::Platform::SetFlags(cli.v8_flags);
  vigil::runtime::Platform::Get();

  vigil::runtime::EnvironmentOptions options;
  switch (cli.mode) {
    case vigil::CliOptions::Mode::kEval:
      options.mode = vigil::runtime::EnvironmentOptions::Mode::kEval;
      break;
    case vigil::CliOptions::Mode::kPrint:
      options.mode = vigil::runtime::EnvironmentOptions::Mode::kPrint;
      break;
    default:
      options.mode = vigil::runtime::EnvironmentOptions::Mode::kScript;
      break;
  }
  options.script = cli.script;
  options.eval_source = cli.eval_source;
  if (stdin_script) {
    options.mode = vigil::runtime::EnvironmentOptions::Mode::kEval;
    options.script.clear();
    options.eval_source = std::move(stdin_source);
    options.eval_name = "[stdin]";
  }
  options.args = cli.args;
  options.exec_argv = cli.exec_argv;
  options.argv0 = argv[0];
  char exe[PATH_MAX];
  size_t exe_size = sizeof(exe);
  options.exec_path = uv_exepath(exe, &exe_size) == 0 ? std::string(exe, exe_size) : argv[0];
  options.max_old_generation_mb = cli.max_old_space_mb;
  options.owns_process = true;

  if (!cli.build_code_cache.empty()) return BuildCodeCache(std::move(options), cli.build_code_cache);
  vigil::runtime::LoadCodeCache(vigil::runtime::DefaultCodeCachePath(options.exec_path));

  // The agent serves internalBinding('inspector') (the `inspector` module)
  // whether or not --inspect was given; it must outlive the environment,
  // whose destructor still calls its hooks.
  vigil::inspector::AgentOptions agent_options;
  agent_options.wait_for_debugger = cli.inspect_brk || cli.inspect_wait;
  agent_options.break_on_start = cli.inspect_brk;
  agent_options.server.host = cli.inspect_host;
  agent_options.server.port = cli.inspect_port;
  agent_options.server.browser = "vigil/v" VIGIL_VERSION;
  agent_options.server.publish_uid_stderr = cli.inspect_publish_uid.find("stderr") != std::string::npos;
  agent_options.server.publish_uid_http = cli.inspect_publish_uid.find("http") != std::string::npos;
  agent_options.profilers = ProfilerOptionsFrom(cli);
  // Each Worker gets an agent of its own, without a server: the inspector
  // module works there, and so do the profilers its execArgv asks for
  // (by default the parent's own options, as in node).
  {
    vigil::inspector::AgentOptions worker_agent_options = agent_options;
    worker_agent_options.wait_for_debugger = worker_agent_options.break_on_start = false;
    options.worker_setup = [worker_agent_options](vigil::runtime::Environment& env) -> std::shared_ptr<void> {
      vigil::inspector::AgentOptions options = worker_agent_options;
      std::vector<std::string> args = {"vigil"};
      args.insert(args.end(), env.options().exec_argv.begin(), env.options().exec_argv.end());
      args.push_back("[worker]");
      std::vector<char*> argv;
      for (std::string& arg : args) argv.push_back(arg.data());
      vigil::CliOptions cli;
      std::string error;
      if (vigil::ParseOptions(static_cast<int>(argv.size()), argv.data(), &cli, &error)) {
        options.profilers = ProfilerOptionsFrom(cli);
      }
      return std::make_shared<vigil::inspector::Agent>(env, options, nullptr);
    };
  }
  std::unique_ptr<vigil::inspector::Agent> agent;
  LinkerTableDropper linker_table_dropper;
  int code;
  {
    vigil::runtime::Environment env(std::move(options));
    agent = std::make_unique<vigil::inspector::Agent>(env, agent_options, nullptr);
    env.AddHooks(&linker_table_dropper);
    // A port in use is reported (as node words it) and the script runs anyway.
    if (cli.inspect) agent->Open(cli.inspect_host, cli.inspect_port);
    code = env.Run();
  }
  agent.reset();
  return code;
}
