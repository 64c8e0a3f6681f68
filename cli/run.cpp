// The batch: each document is rendered as soon as it is checked and then let go, so memory
// does not grow with the number of inputs. Only the HTML report, which holds every article,
// keeps them all (in a spool file). Outputs are checked against the inputs before anything is
// written, written beside their final names and renamed into place only when complete.
#include "cli/run.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "cli/inputs.h"
#include "cli/outputs.h"
#include "reports/stream.h"

namespace factcheck::cli {

namespace {

void complain(std::string_view path, std::string_view why) {
  std::string line = fmt::format("factcheck: {}: {}\n", terminal_safe(path), terminal_safe(why));
  std::fwrite(line.data(), 1, line.size(), stderr);
}

// The HTML report's sections as documents finish, kept in an unnamed temporary file (memory
// when none can be made) until the head, which counts every document, can be written first.
class HtmlSpool {
 public:
  explicit HtmlSpool(HtmlOptions options) : writer_(std::move(options)), file_(std::tmpfile()) {}
  ~HtmlSpool() {
    if (file_) std::fclose(file_);
  }
  HtmlSpool(const HtmlSpool&) = delete;
  HtmlSpool& operator=(const HtmlSpool&) = delete;

  void gone(std::string_view path, const BaselineComparison& cmp) { writer_.gone(path, cmp); }
  // The section goes to the spool file as it is made, a few kilobytes at a time.
  void add(const DocumentResult& doc, const BaselineComparison* cmp) {
    if (!file_) {
      writer_.document(doc, cmp, memory_);
      return;
    }
    writer_.document(doc, cmp, [&](std::string_view part) { write(part); });
  }
  // A long document's section a window at a time (HtmlWriter::begin_parts).
  void begin_parts(const DocumentResult& head) { writer_.begin_parts(head); }
  void part(const DocumentResult& part, const BaselineComparison* cmp) { writer_.part(part, cmp); }
  void end_parts(const BaselineComparison* absent) {
    if (!file_) {
      writer_.end_parts([&](std::string_view part) { memory_ += part; }, absent);
      return;
    }
    writer_.end_parts([&](std::string_view part) { write(part); }, absent);
  }
  // Writes the whole report to `out`; the reason when the spool could not be read back.
  std::optional<std::string> copy_to(AtomicFile& out) {
    writer_.head([&](std::string_view part) { out.write(part); });
    if (file_ && !error_) {
      std::rewind(file_);
      char buffer[1 << 16];
      for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file_)) > 0;) {
        out.write(std::string_view(buffer, n));
      }
      if (std::ferror(file_)) error_ = errno;
    } else {
      out.write(memory_);
    }
    out.write(writer_.tail());
    if (error_) return "its spool file: " + reason(error_);
    return std::nullopt;
  }

 private:
  void write(std::string_view part) {
    if (!error_ && std::fwrite(part.data(), 1, part.size(), file_) != part.size()) error_ = errno;
  }

  HtmlWriter writer_;
  std::FILE* file_;
  std::string memory_;
  int error_ = 0;
};

// When the run started, for the HTML report: "2026-05-03 14:02 UTC". SOURCE_DATE_EPOCH, when
// set, stands for now, so a build can make the same report twice.
std::string run_date() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != 0) {
    now = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  }
  std::tm utc{};
  if (gmtime_r(&now, &utc) == nullptr) return {};
  char text[32];
  return std::string(text, std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", &utc));
}

// "factcheck: 120/510 articles" on standard error while a long run goes on, rewritten in place
// at most four times a second, and only when standard error is a terminal.
class Progress {
 public:
  explicit Progress(std::size_t total)
      : total_(total), on_(total >= kAtLeast && isatty(STDERR_FILENO) != 0) {}
  void step() {
    ++done_;
    if (!on_) return;
    const auto now = std::chrono::steady_clock::now();
    if (shown_ && now - last_ < std::chrono::milliseconds(250) && done_ < total_) return;
    last_ = now;
    shown_ = true;
    std::string line = fmt::format("\rfactcheck: {}/{} articles", done_, total_);
    std::fwrite(line.data(), 1, line.size(), stderr);
  }
  // Clears the line, so what follows starts at its beginning.
  void done() {
    if (shown_) std::fputs("\r\x1b[K", stderr);
    shown_ = false;
  }

 private:
  static constexpr std::size_t kAtLeast = 20;  // fewer articles finish before it would help
  std::size_t total_;
  std::size_t done_ = 0;
  bool on_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_;
};

// One thing to report, in command-line order: a file to check, or a folder that could not
// be walked.
struct Item {
  std::string path;
  std::optional<std::string> walk_error;
};

// Whether a finding makes the run fail: at or above --fail-on and, with a baseline, new or
// changed in severity.
bool fails(const DocumentResult& doc, std::size_t i, const BaselineComparison* cmp,
           const CliOptions& o) {
  if (!o.fail_on || doc.findings[i].severity < *o.fail_on || silenced(doc, i)) return false;
  if (!cmp) return true;
  const auto& state = cmp->states[i];
  return state && (*state == BaselineState::kNew || *state == BaselineState::kUpdated);
}

// A document as a worker hands it on: checked whole, or, when it is long, read and left to be
// checked window by window as its reports are written.
struct Checked {
  DocumentResult doc;
  std::optional<LoadedDocument> pending;
};

// Reads and checks one item; a failure inside the pipeline names the item rather than
// ending the batch. A document longer than a window is left pending.
Checked check_item(const Item& item, const ReadOptions& options) {
  Checked out;
  DocumentResult& doc = out.doc;
  doc.path = item.path;
  if (item.walk_error) {
    doc.error = *item.walk_error;
    return out;
  }
  try {
    LoadedDocument loaded = load_document(item.path, options);
    if (checked_text(loaded).size() > options.check.window) {
      out.pending = std::move(loaded);
    } else {
      doc = check_whole(loaded, options);
    }
    return out;
  } catch (const std::exception& e) {
    doc = DocumentResult{};
    doc.path = item.path;
    doc.error = fmt::format("internal error: {}", e.what());
    out.pending.reset();
    return out;
  }
}

// Checks every item on `workers` threads, the calling thread one of them, and hands each
// result to `finish` in item order, so the output is the same bytes whatever the number of
// workers. Each worker takes the next index from a shared counter; a worker that files a result
// while nobody is finishing becomes the one that finishes every result ready in order, so no
// thread sleeps waiting for another (a sleep and a wake-up a document cost more system time than
// the work). At most `window` results wait ahead of the one being finished, so memory does not
// grow with the number of items. `finish` returns false to stop early.
void check_in_order(const std::vector<Item>& items, unsigned workers,
                    const std::function<Checked(const Item&)>& work,
                    const std::function<bool(Checked)>& finish) {
  if (workers <= 1 || items.size() <= 1) {
    for (const Item& item : items) {
      if (!finish(work(item))) return;
    }
    return;
  }
  const std::size_t window = 4 * static_cast<std::size_t>(workers);
  std::vector<std::optional<Checked>> slots(window);
  std::mutex mutex;
  std::condition_variable space;  // the window moved on, or the batch stopped
  std::size_t finished = 0;       // items handed to `finish` (guarded by mutex)
  bool finishing = false;         // a worker is handing results to `finish` (guarded by mutex)
  bool stop = false;              // guarded by mutex
  std::atomic<std::size_t> next{0};

  auto worker = [&] {
    for (;;) {
      const std::size_t i = next.fetch_add(1);
      if (i >= items.size()) return;
      {
        std::unique_lock lock(mutex);
        if (i >= finished + window) space.wait(lock, [&] { return stop || i < finished + window; });
        if (stop) return;
      }
      Checked doc = work(items[i]);
      std::unique_lock lock(mutex);
      slots[i % window] = std::move(doc);
      if (finishing) continue;  // the worker finishing will reach it
      finishing = true;
      while (!stop && finished < items.size() && slots[finished % window].has_value()) {
        std::optional<Checked> ready = std::move(slots[finished % window]);
        slots[finished % window].reset();
        lock.unlock();
        const bool go_on = finish(std::move(*ready));
        lock.lock();
        ++finished;
        if (!go_on) stop = true;
        space.notify_all();
      }
      finishing = false;
      if (stop) return;
    }
  };
  std::vector<std::jthread> threads;
  const std::size_t team = std::min<std::size_t>(workers, items.size());
  threads.reserve(team - 1);
  for (std::size_t t = 1; t < team; ++t) threads.emplace_back(worker);
  worker();
}

// Whether `recorded` (a baseline path) lies inside one of the folders walked, where a file
// that was not found is a file that is gone.
bool inside(std::string_view recorded, const std::vector<std::string>& folders) {
  return std::any_of(folders.begin(), folders.end(), [&](const std::string& folder) {
    return recorded.size() > folder.size() && recorded.substr(0, folder.size()) == folder;
  });
}

}  // namespace

int run(const CliOptions& o) {
  int status = kExitClean;
  bool failed = false;

  std::optional<Baseline> baseline;
  if (o.baseline) {
    std::string bytes;
    if (auto why = read_file(*o.baseline, bytes, o.stdin_limit)) {
      complain(*o.baseline, "cannot read the baseline: " + *why);
      return kExitTrouble;
    }
    std::string why;
    baseline = Baseline::parse(bytes, why);
    if (!baseline) {
      complain(*o.baseline, why);
      return kExitTrouble;
    }
  }

  std::vector<Item> items;
  std::vector<std::string> files;  // every input to read, kept only to check the outputs
  const bool writes_files = o.html || o.write_baseline;
  std::vector<std::string> walked;  // folders walked, as baseline paths ending in '/'
  for (const std::string& input : o.inputs) {
    std::error_code ec;
    if (input != "-" && std::filesystem::is_directory(input, ec)) {
      std::string folder = baseline_path(input);
      if (folder.back() != '/') folder += '/';
      walked.push_back(std::move(folder));
    }
    Expansion e = expand(input);
    for (auto& [dir, why] : e.errors) items.push_back({dir, why});
    for (std::string& p : e.paths) {
      if (writes_files) files.push_back(p);
      items.push_back({std::move(p), std::nullopt});
    }
  }

  // Every output is checked before anything is written: never a device, a folder, an input
  // or another output. The baseline read may be rewritten: it was read whole above.
  struct Output {
    std::string_view what;
    const std::optional<std::string>& path;
  };
  const Output outputs[] = {{"the HTML report", o.html}, {"the baseline", o.write_baseline}};
  for (const Output& out : outputs) {
    if (!out.path) continue;
    std::vector<std::string> others = files;
    for (const Output& other : outputs) {
      if (&other != &out && other.path) others.push_back(*other.path);
    }
    if (auto why = refuse_output(*out.path, others)) {
      complain(*out.path, fmt::format("cannot write {}: it {}", out.what, *why));
      return kExitTrouble;
    }
  }
  AtomicFile baseline_out;
  BaselineWriter baseline_writer;
  if (o.write_baseline) {
    if (auto why = baseline_out.open(*o.write_baseline)) {
      complain(*o.write_baseline, "cannot write the baseline: " + *why);
      return kExitTrouble;
    }
    baseline_out.write(baseline_writer.begin());
  }
  AtomicFile html_out;
  std::optional<HtmlSpool> html;
  if (o.html) {
    if (auto why = html_out.open(*o.html)) {
      complain(*o.html, "cannot write the HTML report: " + *why);
      return kExitTrouble;
    }
    html.emplace(HtmlOptions{run_date()});
  }

  CheckedOutput out(stdout);
  const TextOptions text_options = text_options_for(o);
  JsonWriter json;
  SarifWriter sarif;
  Tally tally;
  const ReadOptions check_options = read_options(o);
  if (o.format == Format::kJson) out.write(json.begin());
  if (o.format == Format::kSarif) out.write(sarif.begin());

  auto render = [&](const DocumentResult& doc, const BaselineComparison* cmp) {
    switch (o.format) {
      case Format::kText:
        render_text(doc, text_options, cmp, [&](std::string_view part) { out.write(part); });
        break;
      case Format::kJson:
        json.document(doc, cmp, [&](std::string_view part) { out.write(part); });
        break;
      case Format::kSarif:
        sarif.document(doc, cmp, [&](std::string_view part) { out.write(part); });
        break;
    }
  };
  Progress progress(items.size());
  std::set<std::string> seen;  // baseline paths of the documents read
  // A long document is checked and written a window at a time, every report and the baselines
  // with it: each window's findings are matched against the baseline as they come, and the
  // accepted findings none matched are written after the last.
  auto stream = [&](const LoadedDocument& loaded) {
    const DocumentResult& head = loaded.doc;
    const auto write = [&](std::string_view part) { out.write(part); };
    std::optional<Baseline::Match> match;
    if (baseline) {
      match.emplace(*baseline, head.path);
      seen.insert(baseline_path(head.path));
    }
    Fingerprinter prints;  // for the baseline written
    std::optional<TextParts> text;
    if (o.format == Format::kText) text.emplace(head, text_options);
    if (o.format == Format::kJson) json.begin_parts(head, write);
    if (o.format == Format::kSarif) sarif.begin_parts(head);
    if (html) html->begin_parts(head);
    ++tally.documents;
    check_document(
        loaded, check_options,
        [&](DocumentResult& part, std::size_t /*first_sentence*/, std::size_t /*first_citation*/) {
          std::optional<BaselineComparison> comparison;
          if (match) {
            comparison = match->part(part);
            tally.compared(*comparison);
          }
          const BaselineComparison* cmp = comparison ? &*comparison : nullptr;
          for (std::size_t i = 0; i < part.findings.size(); ++i) {
            if (fails(part, i, cmp, o)) failed = true;
          }
          tally.counts += count(part);
          if (o.write_baseline) baseline_out.write(baseline_writer.part(part, prints));
          if (html) html->part(part, cmp);
          if (out.failed()) return;  // nobody reads the rest
          if (text) text->part(part, write, cmp);
          if (o.format == Format::kJson) json.part(part, write, cmp);
          if (o.format == Format::kSarif) sarif.part(part, write, cmp);
        });
    std::optional<BaselineComparison> absent;
    if (match) {
      absent = match->absent();
      tally.compared(*absent);
    }
    const BaselineComparison* gone = absent ? &*absent : nullptr;
    if (text && gone && !out.failed()) text->absent(*gone, write);
    if (o.format == Format::kJson) json.end_parts(write, gone);
    if (o.format == Format::kSarif) {
      if (gone) {
        sarif.end_parts(write, *gone);
      } else {
        sarif.end_parts();
      }
    }
    if (html) html->end_parts(gone);
  };
  auto finish = [&](Checked checked) {
    if (checked.pending) {
      stream(*checked.pending);
      progress.step();
      return !out.failed();
    }
    DocumentResult& doc = checked.doc;
    if (doc.error) {
      complain(doc.path, *doc.error);
      status = kExitTrouble;
    }
    std::optional<BaselineComparison> comparison;
    if (baseline) {
      comparison = baseline->compare(doc);
      seen.insert(baseline_path(doc.path));
    }
    const BaselineComparison* cmp = comparison ? &*comparison : nullptr;
    for (std::size_t i = 0; i < doc.findings.size(); ++i) {
      if (fails(doc, i, cmp, o)) failed = true;
    }
    render(doc, cmp);
    tally.add(doc, cmp);
    if (o.write_baseline) baseline_out.write(baseline_writer.document(doc));
    if (html) html->add(doc, cmp);
    progress.step();
    return !out.failed();  // nobody reads the rest
  };

  const unsigned workers = o.jobs != 0 ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  check_in_order(
      items, workers, [&](const Item& item) { return check_item(item, check_options); }, finish);

  progress.done();

  // A file of a walked folder that the baseline knows and this run did not find is gone: its
  // accepted findings are absent, after the documents read, in byte order of their paths.
  if (baseline && !out.failed()) {
    for (const std::string& recorded : baseline->paths()) {
      if (seen.count(recorded) || !inside(recorded, walked)) continue;
      DocumentResult gone;
      gone.path = recorded;
      BaselineComparison cmp = baseline->all_absent(recorded);
      render(gone, &cmp);
      if (html) html->gone(recorded, cmp);
      tally.with_baseline = true;
      tally.absent += cmp.absent.size();
    }
  }

  switch (o.format) {
    case Format::kText:
      out.write(render_summary(tally));
      break;
    case Format::kJson:
      out.write(json.end());
      break;
    case Format::kSarif:
      out.write(sarif.end());
      break;
  }
  // A report cut short is worse than none: a write error on standard output ends the run
  // with the reason, and leaves the files it would have replaced as they were.
  if (auto why = out.finish()) {
    complain("standard output", "cannot write: " + *why);
    return kExitTrouble;
  }

  if (o.write_baseline) {
    baseline_out.write(baseline_writer.end());
    if (auto why = baseline_out.commit()) {
      complain(*o.write_baseline, "cannot write the baseline: " + *why);
      status = kExitTrouble;
    }
  }
  if (html) {
    std::optional<std::string> why = html->copy_to(html_out);
    if (!why) why = html_out.commit();
    if (why) {
      complain(*o.html, "cannot write the HTML report: " + *why);
      status = kExitTrouble;
    } else {
      std::string line = fmt::format("factcheck: wrote the report to {}\n", terminal_safe(*o.html));
      std::fwrite(line.data(), 1, line.size(), stderr);
    }
  }
  if (status == kExitClean && failed) status = kExitFindings;
  return status;
}

}  // namespace factcheck::cli
