// The reports: findings and claims in, bytes out. One file per format.
//
// This is the stage's one public header. It knows the extractor's and the checker's
// types; neither of them knows it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/checker.h"
#include "extractor/extractor.h"

namespace factcheck {

/// One input as read and checked: what every report renders.
struct DocumentResult {
  std::string path;                          // exactly as given on the command line ("-" for stdin)
  std::optional<std::string> error;          // why it could not be read
  std::shared_ptr<const std::string> bytes;  // the original bytes; claims point into them
  Claims claims;
  std::vector<Finding> findings;
};

struct TextOptions {
  bool color = false;
  bool show_pass = false;
};

/// Compiler-style lines "path:line:col: severity: message [check-id]" in text order.
std::string render_text(const std::vector<DocumentResult>& docs, const TextOptions& options);
/// The one summary line: claims found, checked, passed, errors, warnings, notes.
std::string render_summary(const std::vector<DocumentResult>& docs);
/// The "factcheck/1" JSON document.
std::string render_json(const std::vector<DocumentResult>& docs);
/// SARIF 2.1.0.
std::string render_sarif(const std::vector<DocumentResult>& docs);
/// One self-contained HTML5 report holding every document.
std::string render_html(const std::vector<DocumentResult>& docs);

/// A fingerprint of a finding that survives edits elsewhere in the article.
std::string fingerprint(const DocumentResult& doc, const Finding& finding);

}  // namespace factcheck
