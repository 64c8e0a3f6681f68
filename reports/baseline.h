// Baselines: the findings a newsroom has accepted, and how a new run compares with them.
//
// A baseline matches findings by fingerprint (see fingerprint() in reports.h): the check id,
// the finding's own text with its whitespace collapsed, and which occurrence of that same text
// and check it is. Byte offsets play no part, so text added above a finding or a paragraph moved
// leaves its fingerprint alone; editing the sentence the finding judges changes it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "reports/reports.h"

namespace factcheck {

/// How a finding of this run stands against the baseline.
enum class BaselineState {
  kNew,        // not in the baseline
  kUnchanged,  // in the baseline with the same severity
  kUpdated,    // in the baseline with another severity
  kAbsent,     // in the baseline, no longer reported
};

/// "new", "unchanged", "updated", "absent": the SARIF baselineState names.
std::string_view to_string(BaselineState state);

/// One accepted finding, as the baseline file records it.
struct BaselineEntry {
  std::string fingerprint;
  std::string check;
  Severity severity = Severity::kNote;
  std::string path;     // the document's path as given, written by baseline_path()
  std::string text;     // the finding's span, quoted from the article
  std::string message;  // the finding's message when it was accepted
};

/// A document's findings against the baseline.
struct BaselineComparison {
  /// One per doc.findings; nullopt for passes, which a baseline does not record.
  std::vector<std::optional<BaselineState>> states;
  /// Accepted findings of this document that were not reported this time.
  std::vector<BaselineEntry> absent;
};

/// A path as a baseline records it, losslessly and as valid UTF-8: a backslash doubled, a
/// byte that is not part of valid UTF-8 written \\xHH (lower-case hex), the rest as it is.
/// "caf\xE9.txt" (Latin-1) is recorded "caf\\xe9.txt", so it still matches its entries.
std::string baseline_path(std::string_view path);

/// The fingerprint of every finding of a document, in the order of doc.findings.
std::vector<std::string> fingerprints(const DocumentResult& doc);

/// The same fingerprints one at a time, for a report that writes each finding as it goes: a
/// list of every one (a 16-byte string on the heap per finding) is never held.
class Fingerprinter {
 public:
  explicit Fingerprinter(const DocumentResult& doc) : doc_(&doc) {}
  /// One for a document handed on a window at a time (see next(doc, finding)).
  Fingerprinter() = default;
  /// The fingerprint of the next finding, doc.findings[0]'s first; each finding once, in order.
  std::string next();
  /// The fingerprint of `finding`, the next of its document in order, read from `part` (a window
  /// of the document holding it): the same as next() over the windows joined.
  std::string next(const DocumentResult& part, const Finding& finding);

 private:
  const DocumentResult* doc_ = nullptr;
  std::size_t at_ = 0;
  // Occurrences of the same check on the same words so far.
  std::unordered_map<std::string, std::size_t> seen_;
};

/// The entries a baseline records for a document: every finding except passes.
std::vector<BaselineEntry> baseline_entries(const DocumentResult& doc);
/// The same for a window of a long document (a document of its own, see window_part), the
/// windows fingerprinted in order by `prints`: over the windows, the entries of the whole.
std::vector<BaselineEntry> baseline_entries(const DocumentResult& part, Fingerprinter& prints);

/// Accepted findings, by document path.
class Baseline {
 public:
  /// Reads a baseline file's contents; nullopt with `error` set when they are not one.
  static std::optional<Baseline> parse(std::string_view json, std::string& error);

  /// Each finding of `doc` against the entries of its path, in time linear in both.
  BaselineComparison compare(const DocumentResult& doc) const;
  /// The same a window at a time (see BaselineMatch).
  class Match;
  std::size_t size() const;
  /// Every path with accepted findings, as recorded (see baseline_path()), in byte order.
  std::vector<std::string> paths() const;
  /// Every accepted finding of a recorded path reported absent: the file is gone.
  BaselineComparison all_absent(std::string_view recorded_path) const;

 private:
  std::map<std::string, std::vector<BaselineEntry>, std::less<>> by_path_;
};

/// A long document's findings against the baseline a window at a time: part() with each window
/// in text order gives the states of its findings, absent() after the last window the accepted
/// findings none matched; together, Baseline::compare() on the windows joined.
class Baseline::Match {
 public:
  /// The entries of `path`'s document; `baseline` must outlive the match.
  Match(const Baseline& baseline, std::string_view path);
  /// The states of the window's findings (`absent` empty).
  BaselineComparison part(const DocumentResult& part);
  /// The accepted findings no window's finding matched.
  BaselineComparison absent() const;

 private:
  const std::vector<BaselineEntry>* accepted_;
  // The accepted entries of each fingerprint not yet matched, the first in file order last.
  std::unordered_map<std::string_view, std::vector<std::size_t>> unused_;
  std::vector<bool> used_;
  Fingerprinter prints_;
};

/// Writes a baseline file a document at a time, so a large batch needs no more memory than one.
class BaselineWriter {
 public:
  /// The opening of the file.
  std::string begin() const;
  /// The entries of one document (empty for an unreadable one).
  std::string document(const DocumentResult& doc);
  /// The entries of a window of a long document, fingerprinted in order by `prints`.
  std::string part(const DocumentResult& part, Fingerprinter& prints);
  /// The closing of the file.
  std::string end() const;

 private:
  bool first_ = true;
};

}  // namespace factcheck
