// check(): runs the registry over a document's claims.
#include "checker.h"

#include <algorithm>

namespace factcheck {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::kPass:
      return "pass";
    case Severity::kNote:
      return "note";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "note";
}

std::optional<Severity> severity_from_string(std::string_view name) {
  for (Severity s : {Severity::kPass, Severity::kNote, Severity::kWarning, Severity::kError}) {
    if (to_string(s) == name) return s;
  }
  return std::nullopt;
}

std::vector<Finding> check(const Claims& claims, const Options& options) {
  FindingSink sink;
  for (const auto& c : registry()) {
    if (std::find(options.disabled.begin(), options.disabled.end(), c->id()) !=
        options.disabled.end()) {
      continue;
    }
    c->run(claims, sink);
  }
  std::vector<Finding> findings = std::move(sink.findings());
  // Text order, so an editor can walk the article; ties broken so the output never varies.
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.check != b.check) return a.check < b.check;
    return a.span.end < b.span.end;
  });
  for (std::size_t i = 0; i < findings.size(); ++i) findings[i].id = "f" + std::to_string(i + 1);
  return findings;
}

}  // namespace factcheck
