// The checker: claims in, findings out.
//
// This is the stage's one public header. Each check is one file in checks/, listed
// once in registry.cpp; checks are const, keep no state between documents, and never
// throw for a false claim: a false claim is a Finding.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/extractor.h"

namespace factcheck {

/// How serious a finding is. Ordered: a higher value is more serious.
enum class Severity {
  kPass,     // a statement checked and found consistent
  kNote,     // useful to the editor, not a contradiction
  kWarning,  // a contradiction under a reading that needs an editor's judgement
  kError,    // no values within the written precision make the statement true
};

std::string_view to_string(Severity severity);
/// "error" -> kError; nullopt for anything else.
std::optional<Severity> severity_from_string(std::string_view name);

/// A verdict of one check on one or more claims.
struct Finding {
  std::string id;     // "f1", "f2", ... after sorting by span
  std::string check;  // the check id: "percent-change"
  Severity severity = Severity::kNote;
  std::vector<std::string> claims;  // claim ids
  ByteSpan span;                    // the statement judged, never wider than its sentences
  std::string message;              // one line, lower case, no final period, with the numbers
  std::string explanation;          // the arithmetic: computed value, allowed interval, verdict
  std::string slip;  // the likely slip when one explains the figure exactly, else empty
};

/// Where a check puts its findings.
class FindingSink {
 public:
  /// Its text is kept at its length: strings joined piece by piece hold room to grow, which
  /// a document's many findings would pay for until they are written.
  void add(Finding finding) {
    finding.message.shrink_to_fit();
    finding.explanation.shrink_to_fit();
    findings_.push_back(std::move(finding));
  }
  std::vector<Finding>& findings() { return findings_; }

 private:
  std::vector<Finding> findings_;
};

/// A check's documentation, in the manner of ruff's rule pages: `--explain`, SARIF's help and
/// docs/checks/ are made from it.
struct CheckDoc {
  std::string_view what;          // what it checks and why it matters
  std::string_view leaves_alone;  // what it deliberately does not judge
  std::string_view passes;        // an example it finds consistent or leaves alone
  std::string_view fails;         // an example it flags
};

/// One check: what it verifies, and how.
class Check {
 public:
  virtual ~Check() = default;
  /// Stable kebab-case id: SARIF ruleId, baselines.
  virtual std::string_view id() const = 0;
  /// One line, the same sentence as the file comment and --list-checks.
  virtual std::string_view summary() const = 0;
  /// What it checks, what it leaves alone, and an example of each verdict.
  virtual CheckDoc doc() const { return {}; }
  /// The most serious severity it reports (SARIF defaultConfiguration.level).
  virtual Severity default_severity() const = 0;
  /// Whether it builds a working index of the whole document that outweighs the findings it
  /// makes: check() runs such checks first, so the index is let go before others' findings pile up.
  virtual bool indexes_document() const { return false; }
  virtual void run(const Claims& claims, FindingSink& out) const = 0;
};

/// Every check, in display order.
const std::vector<std::unique_ptr<const Check>>& registry();

/// The citation supporting each claim, as an index into claims.citations: the last one in the
/// claim's sentence, else the first one in its paragraph; nullopt when neither has one. The
/// citation check and every report's list of sources use this one rule.
std::vector<std::optional<std::size_t>> supporting_citations(const Claims& claims);
/// The first citation of each paragraph (an index into claims.citations), found through the
/// sentences it overlaps; nullopt for a paragraph that cites nothing.
std::vector<std::optional<std::size_t>> first_citations(const Claims& claims);

struct Options {
  std::vector<std::string> disabled;  // check ids not to run
  // A document longer than this many bytes is read and checked a window of about this size at a
  // time (see check_windows), so its memory does not grow with its length.
  std::size_t window = std::size_t{1} << 20;
  // ... and at most about this many figures (runs of digits) at a time, so that dense text, whose
  // claims and findings cost many times its bytes, takes no more memory in a window than prose
  // (heaptrack: at 16,384, one window's claims were 16 MiB of a line of percentages' 35 MiB peak).
  std::size_t window_figures = 8192;
};

/// Runs every enabled check; findings sorted by (span.begin, check, span.end) and numbered on
/// from `findings_before` (f<findings_before + 1>, ...).
std::vector<Finding> check(const Claims& claims, const Options& options = {},
                           std::size_t findings_before = 0);

/// A run of whole sentences of a segmented document: [first, last).
struct Window {
  std::size_t first = 0;
  std::size_t last = 0;
};

/// A segmented document (segment_document) cut into windows of at least `bytes` of text each, the
/// last excepted: each ends at a sentence's end, at a paragraph's when one comes soon after, or
/// sooner at the sentence that brings it to `figures` numbers (at the last paragraph's end past
/// half of them, when there is one). One window holds every sentence of a document of `bytes` or
/// fewer.
std::vector<Window> windows(const Claims& segmented, std::size_t bytes,
                            std::size_t figures = static_cast<std::size_t>(-1));

/// One window of a document as checked: its claims (extract_range: indices from the window's
/// start) and findings, numbered on from the windows before, with where its indices start in the
/// whole document.
struct CheckedWindow {
  Claims claims;
  std::vector<Finding> findings;
  std::size_t first_sentence = 0;  // claims.sentences[i] is the document's first_sentence + i
  std::size_t first_citation = 0;  // claims.citations[i] is the document's first_citation + i
};

/// Extracts and checks a segmented document a window at a time, handing each window to `each`
/// in text order and letting it go before the next: memory of one window, whatever the length.
/// What a check compares across windows is in README.md ("Long documents"); below
/// options.window bytes this is extract() and check() on the whole.
void check_windows(const Claims& segmented, const Options& options,
                   const std::function<void(CheckedWindow&)>& each);

}  // namespace factcheck
