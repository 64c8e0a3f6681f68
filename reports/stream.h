// The text, summary, JSON and SARIF reports a document at a time.
//
// The command line renders each document as soon as it is checked and then lets it go, so a
// batch of many thousand articles needs the memory of one. The whole-batch renderers in
// reports.h are these writers run over a vector, so both give the same bytes.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "reports/baseline.h"
#include "reports/reports.h"

namespace factcheck {

/// The number of a claim id as the extractor writes them, "c" and digits with no leading zero
/// ("c12" -> 12); 0 for any other id. Reports find numbered claims by it, with no map of ids.
inline std::size_t claim_number(std::string_view id) {
  if (id.size() < 2 || id.size() > 20 || id[0] != 'c' || id[1] == '0') return 0;
  std::size_t n = 0;
  for (char ch : id.substr(1)) {
    if (ch < '0' || ch > '9') return 0;
    n = n * 10 + static_cast<std::size_t>(ch - '0');
  }
  return n;
}

/// The counts behind the summary line.
struct Tally {
  std::size_t documents = 0;
  std::size_t unreadable = 0;
  Counts counts;               // over the documents that could be read
  bool with_baseline = false;  // the counts below are shown only when a baseline was given
  std::size_t new_findings = 0;
  std::size_t unchanged = 0;
  std::size_t updated = 0;
  std::size_t absent = 0;

  void add(const DocumentResult& doc, const BaselineComparison* comparison = nullptr);
  /// The states and absent findings of a comparison (add() counts them with the document).
  void compared(const BaselineComparison& comparison);
};

/// "2 articles: 40 claims (12 checked, 28 unchecked); 12 findings: 1 error, 1 warning, 1 note,
/// 9 passes".
std::string render_summary(const Tally& tally);

/// The totals as names and counts, in the order the JSON and SARIF reports write them:
/// documents, unreadable, claims, checked, unchecked, findings, errors, warnings, notes,
/// passes, suppressed.
std::vector<std::pair<std::string_view, std::size_t>> totals_fields(const Tally& tally);

/// The counts in words, as every report writes them: "40 claims (12 checked, 28 unchecked);
/// 12 findings: 1 error, 1 warning, 1 note, 9 passes".
std::string counts_line(const Counts& counts);

/// The compiler-style lines of one document. With a comparison, each line ends with the
/// finding's baseline state ("(new)") and accepted findings no longer reported follow.
std::string render_text(const DocumentResult& doc, const TextOptions& options,
                        const BaselineComparison* comparison = nullptr);
/// Where render_text() hands its lines, in order.
using TextSink = std::function<void(std::string_view)>;
/// The same bytes, handed to `out` some 64 KB at a time: a document's lines are never held whole.
void render_text(const DocumentResult& doc, const TextOptions& options,
                 const BaselineComparison* comparison, const TextSink& out);

/// render_text() for a long document a window at a time: the lines it gives for the windows
/// joined, from TextParts(doc) and part() with each window in text order.
class TextParts {
 public:
  TextParts(const DocumentResult& doc, const TextOptions& options);
  /// With a comparison (Baseline::Match::part), each line ends with its finding's state.
  void part(const DocumentResult& part, const TextSink& out,
            const BaselineComparison* comparison = nullptr);
  /// The lines of accepted findings no longer reported (Baseline::Match::absent), at the end.
  void absent(const BaselineComparison& comparison, const TextSink& out);

 private:
  TextOptions options_;
  std::string path_;
  LineIndex lines_;     // of the whole document's bytes
  bool named_ = false;  // -q: the path has been given
};

/// The "factcheck/1" JSON document, one document at a time: begin(), document()..., end().
class JsonWriter {
 public:
  /// Where document() writes its pieces, in order.
  using Sink = std::function<void(std::string_view)>;

  std::string begin() const;
  std::string document(const DocumentResult& doc, const BaselineComparison* comparison = nullptr);
  /// The same bytes, handed to `out` a claim or finding at a time: a document's JSON is never
  /// held whole, however long the article.
  void document(const DocumentResult& doc, const BaselineComparison* comparison, const Sink& out);
  /// Closes the documents and adds "totals", the counts over every document (see Counts).
  std::string end() const;

  /// A long document a window at a time: begin_parts() with the document read (no error), part()
  /// with each window in text order (a document of its own, numbered on from the windows before),
  /// then end_parts(). Claims are written as they come; citations and findings wait in a
  /// temporary file for their place. The bytes are document()'s on the windows joined.
  /// With a baseline, part() takes the states of the window's findings and end_parts() the
  /// accepted findings none matched (Baseline::Match).
  void begin_parts(const DocumentResult& doc, const Sink& out);
  void part(const DocumentResult& part, const Sink& out,
            const BaselineComparison* comparison = nullptr);
  void end_parts(const Sink& out, const BaselineComparison* absent = nullptr);

  JsonWriter();
  ~JsonWriter();
  JsonWriter(JsonWriter&&) noexcept = default;
  JsonWriter& operator=(JsonWriter&&) noexcept = default;

 private:
  struct Parts;
  bool first_ = true;
  Tally tally_;
  std::unique_ptr<Parts> parts_;  // the document being written a window at a time
};

/// SARIF 2.1.0, one document at a time: begin(), document()..., end().
class SarifWriter {
 public:
  /// Where document() writes its pieces, in order.
  using Sink = std::function<void(std::string_view)>;

  std::string begin() const;
  std::string document(const DocumentResult& doc, const BaselineComparison* comparison = nullptr);
  /// The same bytes, handed to `out` some 64 KB at a time: a document's results are never held
  /// whole, however long the article.
  void document(const DocumentResult& doc, const BaselineComparison* comparison, const Sink& out);
  /// Closes the results and adds the invocation, which names every unreadable input, and the
  /// totals as the run's property "totals".
  std::string end() const;

  /// A long document a window at a time, as JsonWriter's: begin_parts() with the document read,
  /// part() with each window in text order, end_parts(); the bytes are document()'s on the
  /// windows joined.
  void begin_parts(const DocumentResult& doc);
  void part(const DocumentResult& part, const Sink& out,
            const BaselineComparison* comparison = nullptr);
  void end_parts();
  /// With a baseline: the accepted findings none matched, as results.
  void end_parts(const Sink& out, const BaselineComparison& absent);

  SarifWriter();
  ~SarifWriter();
  SarifWriter(SarifWriter&&) noexcept = default;
  SarifWriter& operator=(SarifWriter&&) noexcept = default;

 private:
  struct Parts;
  bool first_ = true;
  Tally tally_;
  std::vector<std::pair<std::string, std::string>> unreadable_;  // path, reason
  std::unique_ptr<Parts> parts_;  // the document being written a window at a time
};

/// The HTML report, one document at a time. Each document's section is made as soon as it is
/// checked; the top of the page (problems, index) needs every document's counts, so head() comes
/// last and the caller puts it first: a batch of any size needs the memory of one document and
/// a row (with its errors and warnings) for each.
class HtmlWriter {
 public:
  explicit HtmlWriter(HtmlOptions options = {});
  ~HtmlWriter();
  /// The document's <section>, with each finding's baseline state when `comparison` is given.
  std::string document(const DocumentResult& doc, const BaselineComparison* comparison = nullptr);
  /// The same, appended to `out`.
  void document(const DocumentResult& doc, const BaselineComparison* comparison, std::string& out);
  /// Where document() writes its pieces, in order.
  using Sink = std::function<void(std::string_view)>;
  /// The same bytes, handed to `out` a few kilobytes at a time: a document's section is never
  /// held whole, however long the article.
  void document(const DocumentResult& doc, const BaselineComparison* comparison, const Sink& out);
  /// Accepted findings of a file the run no longer found (deleted from a walked folder), from
  /// Baseline::all_absent: listed at the top after the index, and not counted as a document.
  void gone(std::string_view path, const BaselineComparison& comparison);
  /// Everything before the first section: title, totals, controls, problems, the index and
  /// the files gone.
  std::string head() const;
  /// The same, handed to `out` in pieces: the list of problems is read back from where it was
  /// kept (a temporary file when one can be made), never held whole.
  void head(const Sink& out) const;
  /// Everything after the last section, the inline script included.
  std::string tail() const;

  /// A long document a window at a time, as JsonWriter's: begin_parts() with the document read
  /// (no error), part() with each window in text order (a document of its own, numbered on from
  /// the windows before), then end_parts(), which hands on the section. Each window's cards,
  /// problems and article wait in temporary files; the bytes are document()'s on the windows
  /// joined.
  void begin_parts(const DocumentResult& doc);
  void part(const DocumentResult& part, const BaselineComparison* comparison = nullptr);
  void end_parts(const Sink& out, const BaselineComparison* absent = nullptr);

 private:
  struct Row;
  struct Parts;
  class Spool;
  void write_controls(std::string& out) const;
  void write_problems(std::string& out, const Sink& sink, std::size_t errors,
                      std::size_t warnings) const;
  void write_index(std::string& out) const;
  void write_gone(std::string& out) const;

  HtmlOptions options_;
  std::vector<Row> rows_;
  std::unique_ptr<Spool> errors_, warnings_;   // each document's problems, an <li> each
  std::map<std::string, std::size_t> checks_;  // every check reported: its errors and warnings
  std::vector<std::pair<std::string, std::vector<BaselineEntry>>> gone_;  // path, its entries
  std::unique_ptr<Parts> parts_;  // the document being written a window at a time
};

/// Text for a terminal: control characters (C0, DEL, C1) from an article or a file name shown
/// as "\x1b" or "\u009b", so no input can move the cursor, change colours or break a line.
std::string terminal_safe(std::string_view text);

/// A path as a SARIF artifact URI: relative paths stay relative, absolute ones become file://,
/// and bytes a URI cannot hold are percent-encoded.
std::string path_to_uri(std::string_view path);

}  // namespace factcheck
