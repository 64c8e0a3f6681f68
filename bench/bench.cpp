// factcheck_bench: how many megabytes of article text per second one core reads.
//
// Loads every article of a folder into memory first, so disk and page cache play no part,
// then runs the library stages over all of them, again and again until at least
// --seconds of CPU time have passed: extract() alone, extract()+check(), and extract()+check()
// with render_json() or render_html(). With --cli it also runs the command-line binary end to end,
// on one big file built from the articles, and reports its wall-clock rate and peak memory, taken
// from the child's own rusage (no /usr/bin/time needed).
//
// Not a test: timings depend on the machine. bench/README.md says how to run it.
#include <fmt/format.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <new>
#include <sstream>
#include <string>
#include <vector>

#include "checker/checker.h"
#include "extractor/extractor.h"
#include "extractor/internal.h"
#include "extractor/pattern.h"
#include "reports/reports.h"

namespace fs = std::filesystem;
using namespace factcheck;

// Heap allocations this program has made: the global operator new below counts them, so each
// stage reports its allocations a pass and a claim. Global state, but the only way to see the
// allocations inside the library. Atomic, should a stage ever run on more than one thread.
std::atomic<std::size_t> g_allocations{0};

void* operator new(std::size_t size) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
// The nothrow forms too (std::stable_sort's buffer uses them): left to the runtime, a sanitizer's
// would allocate what the operator delete above frees with std::free, which ASan reports.
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(size == 0 ? 1 : size);
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }

namespace {

constexpr const char* kUsage =
    "usage: factcheck_bench [--seconds S] [--only "
    "triggers|floor|extract|check|text|json|sarif|html]\n"
    "                       [--cli FACTCHECK] [--big-mb N] [--keep-big] [--peers]\n"
    "                       [--windows BYTES] [PATH...]\n"
    "  PATH        a folder (walked for .txt) or a file; default: " FACTCHECK_DEFAULT_CORPUS
    "\n"
    "  --seconds   run each library stage for at least S seconds of CPU time (default 2)\n"
    "  --only      run only that stage (default: all of them)\n"
    "  --cli       also run this factcheck binary end to end on one big file\n"
    "  --big-mb    size of that file in megabytes (default 200), built in /tmp\n"
    "  --keep-big  leave the big file in /tmp afterwards\n"
    "  --peers     also time compromise and Recognizers-Text (npm, with node) on the same\n"
    "              articles, installed under the build folder on first use\n"
    "  --windows   only join the articles into one document and list the findings it gives\n"
    "              read whole but not in windows of BYTES, and the other way round\n";

struct Article {
  std::string path;
  std::string bytes;
};

// Peak resident set size of this process so far, in MiB (ru_maxrss is in KiB on Linux).
double peak_rss_mib(int who = RUSAGE_SELF) {
  rusage usage{};
  getrusage(who, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

// Every .txt file under each path (folders walked, files taken as they are), in path order.
std::vector<Article> load(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
        if (entry.is_regular_file() && entry.path().extension() == ".txt") {
          files.push_back(entry.path().string());
        }
      }
    } else {
      files.push_back(path);
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<Article> articles;
  for (const std::string& file : files) {
    Article a{file, read_file(file)};
    if (auto why = validate_text(a.bytes)) {
      std::cerr << "factcheck_bench: skipping " << file << ": " << *why << "\n";
      continue;
    }
    articles.push_back(std::move(a));
  }
  return articles;
}

// CPU time this thread has used, in seconds: the machine may be shared, and a core's rate is
// bytes over the CPU time spent on them, whatever else runs beside.
double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

struct Rate {
  double seconds = 0;      // wall clock
  double cpu_seconds = 0;  // this thread's CPU time
  std::size_t passes = 0;
  std::size_t bytes = 0;
  std::size_t docs = 0;
  std::size_t items = 0;  // claims or findings seen in the last pass, so the work is not elided
  std::size_t allocations = 0;  // heap allocations, all passes
};

// Runs `work` over every article, pass after pass, until at least `min_seconds` have passed.
Rate measure(const std::vector<Article>& articles, double min_seconds,
             const std::function<std::size_t(const std::string&)>& work) {
  using Clock = std::chrono::steady_clock;
  Rate rate;
  const auto start = Clock::now();
  const double cpu_start = thread_cpu_seconds();
  const std::size_t allocations_start = g_allocations.load(std::memory_order_relaxed);
  do {
    std::size_t items = 0;
    for (const Article& a : articles) {
      items += work(a.bytes);
      rate.bytes += a.bytes.size();
      ++rate.docs;
    }
    rate.items = items;
    ++rate.passes;
    rate.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    rate.cpu_seconds = thread_cpu_seconds() - cpu_start;
  } while (rate.cpu_seconds < min_seconds);
  rate.allocations = g_allocations.load(std::memory_order_relaxed) - allocations_start;
  return rate;
}

double mb_per_cpu_second(const Rate& r) {
  return static_cast<double>(r.bytes) / 1e6 / r.cpu_seconds;
}

void print_rate(std::string_view stage, const Rate& r, std::string_view items_name) {
  const double mb = static_cast<double>(r.bytes) / 1e6;
  fmt::print(
      "{:<20} {:8.2f} MB/s per core {:8.0f} docs/s  ({:.2f} MB/s wall; {} passes in "
      "{:.2f} s cpu, {:.2f} s wall; {} {} a pass)\n",
      stage, mb / r.cpu_seconds, static_cast<double>(r.docs) / r.cpu_seconds, mb / r.seconds,
      r.passes, r.cpu_seconds, r.seconds, r.items, items_name);
}

// How many sentences, and how many of their bytes, hold no trigger of a claim: extract() runs the
// lexer and the figure scanner over them and skips every kind (SentenceWork::can_hold_claims).
void print_triggers(const std::vector<Article>& articles) {
  std::size_t sentences = 0, skipped = 0, bytes = 0, skipped_bytes = 0;
  for (const Article& a : articles) {
    Claims doc;
    detail::segment(a.bytes, 0, doc);
    detail::SentenceWork work(a.bytes, {0, 0});
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
      work.reset(doc.sentences[i].span, i);
      detail::scan_quantities(work, work.quantities);
      ++sentences;
      bytes += work.span.size();
      if (!work.can_hold_claims()) {
        ++skipped;
        skipped_bytes += work.span.size();
      }
    }
  }
  fmt::print("{:<20} {} of {} sentences ({:.1f}%), {:.1f}% of their bytes, skip every kind\n",
             "no claim trigger", skipped, sentences,
             100.0 * static_cast<double>(skipped) /
                 static_cast<double>(std::max<std::size_t>(sentences, 1)),
             100.0 * static_cast<double>(skipped_bytes) /
                 static_cast<double>(std::max<std::size_t>(bytes, 1)));
}

// One big file of at least `megabytes`, the articles one after another, a blank line apart.
std::string build_big_file(const std::vector<Article>& articles, std::size_t megabytes) {
  const std::string path = fmt::format("/tmp/factcheck-bench-{}mb-{}.txt", megabytes, getpid());
  std::ofstream out(path, std::ios::binary);
  std::size_t written = 0;
  while (written < megabytes * 1000000) {
    for (const Article& a : articles) {
      out << a.bytes << "\n\n";
      written += a.bytes.size() + 2;
    }
  }
  return path;
}

// Runs the factcheck binary on `input` with standard output thrown away; prints its wall-clock
// rate and the peak memory its own rusage reports. Returns false when it could not run.
bool run_cli(const std::string& binary, const std::string& input) {
  const auto size = fs::file_size(input);
  std::fflush(stdout);  // or the child's freopen writes our buffered lines a second time
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid < 0) return false;
  if (pid == 0) {
    std::FILE* sink = std::freopen("/dev/null", "w", stdout);
    if (sink == nullptr) _exit(127);
    execl(binary.c_str(), binary.c_str(), "--format", "json", input.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) < 0) return false;
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  const double cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                     static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  const double rss = static_cast<double>(usage.ru_maxrss) / 1024.0;
  const double mb = static_cast<double>(size) / 1e6;
  fmt::print(
      "cli --format json     {:8.2f} MB/s per core ({:.2f} MB/s wall) on {:.1f} MB: "
      "{:.2f} s cpu, {:.2f} s wall; peak RSS {:.0f} MiB ({:.1f}x input); exit {}\n",
      mb / cpu, mb / wall, mb, cpu, wall, rss, rss * 1048576.0 / static_cast<double>(size), code);
  // Exit 0 (clean) and 1 (findings) are both normal runs.
  return code == 0 || code == 1;
}

// Runs bench/peers.js under node on the articles and prints each peer's rate beside `ours`
// (MB/s per core of extract+check with text output). Skips, saying why, when node is missing.
void run_peers(const std::vector<Article>& articles, double seconds, double ours) {
  int out[2];
  if (pipe(out) != 0) return;
  std::fflush(stdout);
  const pid_t pid = fork();
  if (pid < 0) return;
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    close(out[1]);
    std::vector<std::string> args = {"node", FACTCHECK_PEERS_SCRIPT, FACTCHECK_PEERS_PREFIX,
                                     fmt::format("{}", seconds)};
    for (const Article& a : articles) args.push_back(a.path);
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execvp("node", argv.data());
    _exit(127);
  }
  close(out[1]);
  std::string text;
  char buf[4096];
  for (ssize_t n; (n = read(out[0], buf, sizeof buf)) > 0;)
    text.append(buf, static_cast<std::size_t>(n));
  close(out[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) == 127) {
    fmt::print("peers: skipped (node not found)\n");
    return;
  }
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream in(line);
    std::string tag, name;
    double rate = 0, bytes = 0, cpu = 0, figures = 0;
    in >> tag >> name;
    if (tag == "peer" && (in >> rate >> bytes >> cpu >> figures) && rate > 0) {
      fmt::print(
          "peer {:<16} {:8.4f} MB/s per core ({:.0f} bytes in {:.2f} s cpu, {:.1f} figures an "
          "article)",
          name, rate, bytes, cpu, figures);
      if (ours > 0) fmt::print("; factcheck extract+check+text is {:.0f}x faster", ours / rate);
      fmt::print("\n");
    } else {
      fmt::print("peers: {}\n", line);
    }
  }
}

// The findings of the articles joined into one document, read whole and read in windows of
// `window` bytes (check_windows, as the command line reads a long document), and those only one
// of the two gives: what a window's edge loses. Returns how many differ.
std::size_t compare_windows(const std::vector<Article>& articles, std::size_t window) {
  std::string text;
  for (const Article& a : articles) text += a.bytes + "\n\n";
  auto key = [](const Finding& f) {
    return fmt::format("{} {} [{},{}) {} | {}", f.check, to_string(f.severity), f.span.begin,
                       f.span.end, f.message, f.explanation);
  };
  std::vector<std::string> whole;
  {
    const Claims claims = extract(text);
    for (const Finding& f : check(claims)) whole.push_back(key(f));
  }
  Options options;
  options.window = window;
  std::vector<std::string> windowed;
  std::size_t windows = 0;
  check_windows(segment_document(text), options, [&](CheckedWindow& w) {
    ++windows;
    for (const Finding& f : w.findings) windowed.push_back(key(f));
  });
  std::sort(whole.begin(), whole.end());
  std::sort(windowed.begin(), windowed.end());
  std::vector<std::string> lost, gained;
  std::set_difference(whole.begin(), whole.end(), windowed.begin(), windowed.end(),
                      std::back_inserter(lost));
  std::set_difference(windowed.begin(), windowed.end(), whole.begin(), whole.end(),
                      std::back_inserter(gained));
  for (const std::string& f : lost) fmt::print("whole only:    {}\n", f);
  for (const std::string& f : gained) fmt::print("windowed only: {}\n", f);
  fmt::print(
      "{:.3f} MB in {} windows of {} bytes: {} findings whole, {} windowed; {} whole only, "
      "{} windowed only\n",
      static_cast<double>(text.size()) / 1e6, windows, window, whole.size(), windowed.size(),
      lost.size(), gained.size());
  return lost.size() + gained.size();
}

}  // namespace

int main(int argc, char** argv) {
  double min_seconds = 2.0;
  std::string only;
  std::string cli;
  std::size_t big_mb = 200;
  bool keep_big = false;
  bool peers = false;
  std::size_t window = 0;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "factcheck_bench: " << a << " needs a value\n" << kUsage;
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--seconds") {
      min_seconds = std::atof(value().c_str());
    } else if (a == "--only") {
      only = value();
    } else if (a == "--cli") {
      cli = value();
    } else if (a == "--big-mb") {
      big_mb = static_cast<std::size_t>(std::atol(value().c_str()));
    } else if (a == "--windows") {
      window = static_cast<std::size_t>(std::atol(value().c_str()));
    } else if (a == "--peers") {
      peers = true;
    } else if (a == "--keep-big") {
      keep_big = true;
    } else if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (!a.empty() && a[0] == '-') {
      std::cerr << "factcheck_bench: unknown option " << a << "\n" << kUsage;
      return 2;
    } else {
      paths.push_back(a);
    }
  }
  if (paths.empty()) paths.push_back(FACTCHECK_DEFAULT_CORPUS);

  const std::vector<Article> articles = load(paths);
  std::size_t total = 0;
  for (const Article& a : articles) total += a.bytes.size();
  if (articles.empty() || total == 0) {
    std::cerr << "factcheck_bench: no articles to read in the given paths\n";
    return 2;
  }
  if (window > 0) return compare_windows(articles, window) == 0 ? 0 : 1;
  fmt::print(
      "factcheck {} bench: {} articles, {:.3f} MB, single thread; peak RSS after loading "
      "{:.1f} MiB\n",
      version(), articles.size(), static_cast<double>(total) / 1e6, peak_rss_mib());

  if (only.empty() || only == "triggers") print_triggers(articles);

  // The floor: one PCRE2-JIT pass of the scanner's own figure pattern over the same bytes, the
  // least any reading of the figures costs; every stage below prints its rate as a fraction of it.
  double floor_rate = 0;
  if (only.empty() || only == "floor") {
    const Pattern figure("figure", detail::figure_regex());
    Match m;
    Rate r = measure(articles, min_seconds, [&](const std::string& text) {
      std::size_t figures = 0;
      for (std::size_t at = 0; figure.find(text, at, m); ++figures) {
        at = std::max(m.span().end, m.span().begin + 1);
      }
      return figures;
    });
    print_rate("pcre2 figure pass", r, "figures");
    floor_rate = mb_per_cpu_second(r);
  }
  // The claims of one pass, counted once untimed: allocations are reported per claim.
  std::size_t claims_a_pass = 0;
  for (const Article& a : articles) claims_a_pass += extract(a.bytes).claims.size();
  auto print_stage = [&](std::string_view stage, const Rate& r, std::string_view items_name) {
    print_rate(stage, r, items_name);
    const double allocations = static_cast<double>(r.allocations) / static_cast<double>(r.passes);
    fmt::print("{:<20} {:8.0f} allocations a pass, {:.1f} a claim\n", "", allocations,
               allocations / static_cast<double>(std::max<std::size_t>(claims_a_pass, 1)));
    if (floor_rate > 0) {
      fmt::print("{:<20} {:8.3f} of the pcre2 figure pass (1/{:.1f})\n", "",
                 mb_per_cpu_second(r) / floor_rate, floor_rate / mb_per_cpu_second(r));
    }
  };
  if (only.empty() || only == "extract") {
    Rate r = measure(articles, min_seconds,
                     [](const std::string& text) { return extract(text).claims.size(); });
    print_stage("extract", r, "claims");
  }
  if (only.empty() || only == "check") {
    Rate r = measure(articles, min_seconds, [](const std::string& text) {
      Claims claims = extract(text);
      return check(claims).size();
    });
    print_stage("extract+check", r, "findings");
  }
  // The whole pipeline with one report: render(docs) of the one document, checked. SARIF
  // carries every check's rules and help once a run, as the command line writes it, so its
  // stage renders one report of all the articles a pass, not one an article.
  double text_rate = 0;
  auto with_report = [&](std::string_view name,
                         std::string (*render)(const std::vector<DocumentResult>&),
                         bool batch = false) {
    if (!only.empty() && only != name) return;
    std::vector<DocumentResult> docs;
    Rate r = measure(articles, min_seconds, [&](const std::string& text) -> std::size_t {
      DocumentResult& doc = docs.emplace_back();
      doc.path = "bench.txt";
      doc.bytes = std::make_shared<const std::string>(text);
      doc.claims = extract(*doc.bytes);
      doc.findings = check(doc.claims);
      if (batch && docs.size() < articles.size()) return 0;
      const std::size_t bytes = render(docs).size();
      docs.clear();
      return bytes;
    });
    print_stage(fmt::format("extract+check+{}", name), r, fmt::format("{} bytes", name));
    if (name == "text") text_rate = mb_per_cpu_second(r);
  };
  with_report("text", [](const std::vector<DocumentResult>& docs) {
    return render_text(docs, TextOptions{}) + render_summary(docs);
  });
  with_report("json", render_json);
  with_report("sarif", render_sarif, /*batch=*/true);
  with_report("html", render_html);
  fmt::print("peak RSS of the library stages: {:.1f} MiB\n", peak_rss_mib());
  if (peers) run_peers(articles, min_seconds, text_rate);

  if (!cli.empty()) {
    const std::string big = build_big_file(articles, big_mb);
    const bool ok = run_cli(cli, big);
    if (!keep_big) fs::remove(big);
    if (!ok) {
      std::cerr << "factcheck_bench: " << cli << " did not run cleanly\n";
      return 1;
    }
  }
  return 0;
}
