// The batch: each document is rendered as soon as it is checked and then let go, so memory
// does not grow with the number of inputs. Only the HTML report, which holds every article,
// keeps them all.
#include "cli/run.h"

#include <fmt/format.h>

#include <cstdio>
#include <deque>
#include <fstream>
#include <future>
#include <optional>
#include <sstream>
#include <variant>

#include "cli/inputs.h"
#include "reports/stream.h"

namespace factcheck::cli {

namespace {

void write(std::FILE* f, std::string_view bytes) { std::fwrite(bytes.data(), 1, bytes.size(), f); }

void complain(std::string_view path, std::string_view why) {
  write(stderr, fmt::format("factcheck: {}: {}\n", terminal_safe(path), terminal_safe(why)));
}

// The HTML report's sections as documents finish, kept in an unnamed temporary file (memory
// when none can be made) until the head, which counts every document, can be written first.
class HtmlSpool {
 public:
  HtmlSpool() : file_(std::tmpfile()) {}
  ~HtmlSpool() {
    if (file_) std::fclose(file_);
  }
  HtmlSpool(const HtmlSpool&) = delete;
  HtmlSpool& operator=(const HtmlSpool&) = delete;

  void add(const DocumentResult& doc) {
    const std::string section = writer_.document(doc);
    if (file_) {
      ok_ = ok_ && std::fwrite(section.data(), 1, section.size(), file_) == section.size();
    } else {
      memory_ += section;
    }
  }
  // Writes the whole report to `path`; false when it cannot.
  bool write(const std::string& path) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    const std::string head = writer_.head();
    out.write(head.data(), static_cast<std::streamsize>(head.size()));
    if (file_) {
      std::rewind(file_);
      char buffer[1 << 16];
      for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file_)) > 0;) {
        out.write(buffer, static_cast<std::streamsize>(n));
      }
      ok_ = ok_ && !std::ferror(file_);
    } else {
      out.write(memory_.data(), static_cast<std::streamsize>(memory_.size()));
    }
    const std::string tail = writer_.tail();
    out.write(tail.data(), static_cast<std::streamsize>(tail.size()));
    out.close();
    return ok_ && static_cast<bool>(out);
  }

 private:
  HtmlWriter writer_;
  std::FILE* file_;
  std::string memory_;
  bool ok_ = true;
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

}  // namespace

int run(const CliOptions& o) {
  int status = kExitClean;
  bool failed = false;

  std::optional<Baseline> baseline;
  if (o.baseline) {
    std::ifstream in(*o.baseline, std::ios::binary);
    if (!in) {
      complain(*o.baseline, "cannot read the baseline");
      return kExitTrouble;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    std::string why;
    baseline = Baseline::parse(ss.str(), why);
    if (!baseline) {
      complain(*o.baseline, why);
      return kExitTrouble;
    }
  }
  std::ofstream baseline_out;
  BaselineWriter baseline_writer;
  if (o.write_baseline) {
    baseline_out.open(*o.write_baseline, std::ios::binary | std::ios::trunc);
    if (!baseline_out) {
      complain(*o.write_baseline, "cannot write the baseline");
      return kExitTrouble;
    }
    baseline_out << baseline_writer.begin();
  }

  std::vector<Item> items;
  for (const std::string& input : o.inputs) {
    Expansion e = expand(input);
    for (auto& [dir, why] : e.errors) items.push_back({dir, why});
    for (std::string& p : e.paths) items.push_back({std::move(p), std::nullopt});
  }

  const TextOptions text_options = text_options_for(o);
  JsonWriter json;
  SarifWriter sarif;
  Tally tally;
  std::optional<HtmlSpool> html;
  if (o.html) html.emplace();
  const ReadOptions check_options = read_options(o);
  if (o.format == Format::kJson) write(stdout, json.begin());
  if (o.format == Format::kSarif) write(stdout, sarif.begin());

  auto finish = [&](DocumentResult doc) {
    if (doc.error) {
      complain(doc.path, *doc.error);
      status = kExitTrouble;
    }
    std::optional<BaselineComparison> comparison;
    if (baseline) comparison = baseline->compare(doc);
    const BaselineComparison* cmp = comparison ? &*comparison : nullptr;
    for (std::size_t i = 0; i < doc.findings.size(); ++i) {
      if (fails(doc, i, cmp, o)) failed = true;
    }
    switch (o.format) {
      case Format::kText:
        write(stdout, render_text(doc, text_options, cmp));
        break;
      case Format::kJson:
        json.document(doc, cmp, [](std::string_view part) { write(stdout, part); });
        break;
      case Format::kSarif:
        write(stdout, sarif.document(doc, cmp));
        break;
    }
    tally.add(doc, cmp);
    if (o.write_baseline) baseline_out << baseline_writer.document(doc);
    if (html) html->add(doc);
  };

  // Documents are checked up to `jobs` at a time and finished in command-line order.
  std::deque<std::future<DocumentResult>> pending;
  auto start = [&](const Item& item) {
    if (item.walk_error) {
      DocumentResult doc;
      doc.path = item.path;
      doc.error = *item.walk_error;
      std::promise<DocumentResult> ready;
      ready.set_value(std::move(doc));
      pending.push_back(ready.get_future());
    } else if (o.jobs <= 1) {
      pending.push_back(
          std::async(std::launch::deferred, read_document, item.path, std::cref(check_options)));
    } else {
      pending.push_back(
          std::async(std::launch::async, read_document, item.path, std::cref(check_options)));
    }
  };
  for (const Item& item : items) {
    if (pending.size() >= o.jobs) {
      finish(pending.front().get());
      pending.pop_front();
    }
    start(item);
  }
  while (!pending.empty()) {
    finish(pending.front().get());
    pending.pop_front();
  }

  switch (o.format) {
    case Format::kText:
      write(stdout, render_summary(tally));
      break;
    case Format::kJson:
      write(stdout, json.end());
      break;
    case Format::kSarif:
      write(stdout, sarif.end());
      break;
  }
  std::fflush(stdout);

  if (o.write_baseline) {
    baseline_out << baseline_writer.end();
    baseline_out.close();
    if (!baseline_out) {
      complain(*o.write_baseline, "cannot write the baseline");
      status = kExitTrouble;
    }
  }
  if (o.html) {
    if (html->write(*o.html)) {
      write(stderr, fmt::format("factcheck: wrote the report to {}\n", terminal_safe(*o.html)));
    } else {
      complain(*o.html, "cannot write the HTML report");
      status = kExitTrouble;
    }
  }
  if (status == kExitClean && failed) status = kExitFindings;
  return status;
}

}  // namespace factcheck::cli
