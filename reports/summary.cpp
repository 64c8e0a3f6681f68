// The one summary line after the findings.
#include <fmt/format.h>

#include <algorithm>

#include "reports/stream.h"

namespace factcheck {

namespace {

// "1 error", "2 errors".
std::string count(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

void Tally::add(const DocumentResult& doc, const BaselineComparison* comparison) {
  ++documents;
  if (doc.error) {
    ++unreadable;
    return;
  }
  claims += doc.claims.claims.size();
  std::vector<std::string_view> named;
  for (const Finding& f : doc.findings) {
    named.insert(named.end(), f.claims.begin(), f.claims.end());
    switch (f.severity) {
      case Severity::kPass:
        ++passed;
        break;
      case Severity::kNote:
        ++notes;
        break;
      case Severity::kWarning:
        ++warnings;
        break;
      case Severity::kError:
        ++errors;
        break;
    }
  }
  std::sort(named.begin(), named.end());
  checked += static_cast<std::size_t>(std::unique(named.begin(), named.end()) - named.begin());
  if (comparison) {
    with_baseline = true;
    for (const auto& state : comparison->states) {
      if (!state) continue;
      switch (*state) {
        case BaselineState::kNew:
          ++new_findings;
          break;
        case BaselineState::kUnchanged:
          ++unchanged;
          break;
        case BaselineState::kUpdated:
          ++updated;
          break;
        case BaselineState::kAbsent:
          ++absent;
          break;
      }
    }
    absent += comparison->absent.size();
  }
}

std::string render_summary(const Tally& t) {
  std::string out = count(t.documents, "article", "articles");
  if (t.unreadable > 0) out += fmt::format(" ({} unreadable)", t.unreadable);
  out += ": " + count(t.claims, "claim", "claims");
  out += fmt::format(", {} checked, {} passed, ", t.checked, t.passed);
  out += count(t.errors, "error", "errors") + ", ";
  out += count(t.warnings, "warning", "warnings") + ", ";
  out += count(t.notes, "note", "notes");
  if (t.with_baseline) {
    out += fmt::format("; against the baseline: {} new, ", t.new_findings);
    if (t.updated > 0) out += fmt::format("{} updated, ", t.updated);
    out += fmt::format("{} unchanged, {} absent", t.unchanged, t.absent);
  }
  return out + "\n";
}

std::string render_summary(const std::vector<DocumentResult>& docs) {
  Tally tally;
  for (const DocumentResult& doc : docs) tally.add(doc);
  return render_summary(tally);
}

}  // namespace factcheck
