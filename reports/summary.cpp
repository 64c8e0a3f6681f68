// The one summary line after the findings.
#include <fmt/format.h>

#include <algorithm>

#include "reports/stream.h"

namespace factcheck {

namespace {

// "1 error", "2 errors".
std::string words(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

Counts& Counts::operator+=(const Counts& o) {
  claims += o.claims;
  checked += o.checked;
  unchecked += o.unchecked;
  errors += o.errors;
  warnings += o.warnings;
  notes += o.notes;
  passed += o.passed;
  suppressed += o.suppressed;
  return *this;
}

DocumentResult window_part(const DocumentResult& head, CheckedWindow& window) {
  DocumentResult part;
  part.path = head.path;
  part.bytes = head.bytes;
  part.visible = head.visible;
  part.claims = std::move(window.claims);
  part.findings = std::move(window.findings);
  return part;
}

Counts count(const DocumentResult& doc) {
  Counts c;
  if (doc.error) return c;
  const std::vector<Claim>& claims = doc.claims.claims;
  // Claims numbered as the extractor numbers them (c1, c2, ...) are marked by their number, a bit
  // each; other ids (claims made by hand) are looked up in a list of every id a finding names.
  // A window of a long document numbers on from the windows before it: c<base + 1>, ...
  const std::size_t base = claims.empty() ? 0 : claim_number(claims.front().id) - 1;
  bool numbered = claims.empty() || claim_number(claims.front().id) != 0;
  for (std::size_t i = 0; i < claims.size() && numbered; ++i) {
    numbered = claim_number(claims[i].id) == base + i + 1;
  }
  std::vector<bool> marked(numbered ? claims.size() : 0, false);
  std::vector<std::string_view> named;  // the claim ids findings name, with repeats
  for (std::size_t i = 0; i < doc.findings.size(); ++i) {
    const Finding& f = doc.findings[i];
    if (!numbered) {
      named.insert(named.end(), f.claims.begin(), f.claims.end());
    } else {
      for (const std::string& id : f.claims) {
        const std::size_t n = claim_number(id);
        if (n > base && n <= base + claims.size()) marked[n - base - 1] = true;
      }
    }
    if (silenced(doc, i)) {
      ++c.suppressed;
      continue;
    }
    switch (f.severity) {
      case Severity::kPass:
        ++c.passed;
        break;
      case Severity::kNote:
        ++c.notes;
        break;
      case Severity::kWarning:
        ++c.warnings;
        break;
      case Severity::kError:
        ++c.errors;
        break;
    }
  }
  // A claim is checked when a finding names it; an id naming no claim counts for nothing.
  c.claims = claims.size();
  if (numbered) {
    c.checked = static_cast<std::size_t>(std::count(marked.begin(), marked.end(), true));
  } else {
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    for (const Claim& claim : claims) {
      c.checked += std::binary_search(named.begin(), named.end(), claim.id) ? 1 : 0;
    }
  }
  c.unchecked = c.claims - c.checked;
  return c;
}

std::string counts_line(const Counts& c) {
  std::string out = fmt::format(
      "{} ({} checked, {} unchecked); {}: {}, {}, {}, {}", words(c.claims, "claim", "claims"),
      c.checked, c.unchecked, words(c.findings(), "finding", "findings"),
      words(c.errors, "error", "errors"), words(c.warnings, "warning", "warnings"),
      words(c.notes, "note", "notes"), words(c.passed, "pass", "passes"));
  if (c.suppressed > 0) out += fmt::format(", {} suppressed", c.suppressed);
  return out;
}

void Tally::add(const DocumentResult& doc, const BaselineComparison* comparison) {
  ++documents;
  if (doc.error) ++unreadable;
  counts += count(doc);
  if (comparison) compared(*comparison);
}

void Tally::compared(const BaselineComparison& comparison) {
  with_baseline = true;
  for (const auto& state : comparison.states) {
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
  absent += comparison.absent.size();
}

std::vector<std::pair<std::string_view, std::size_t>> totals_fields(const Tally& t) {
  const Counts& c = t.counts;
  return {{"documents", t.documents}, {"unreadable", t.unreadable}, {"claims", c.claims},
          {"checked", c.checked},     {"unchecked", c.unchecked},   {"findings", c.findings()},
          {"errors", c.errors},       {"warnings", c.warnings},     {"notes", c.notes},
          {"passes", c.passed},       {"suppressed", c.suppressed}};
}

std::string render_summary(const Tally& t) {
  std::string out = words(t.documents, "article", "articles");
  if (t.unreadable > 0) out += fmt::format(" ({} unreadable)", t.unreadable);
  out += ": " + counts_line(t.counts);
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
