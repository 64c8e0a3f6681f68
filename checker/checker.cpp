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
  // Findings are rarely more than two a claim: room reserved for that is written only as used,
  // so the vector seldom doubles (holding two copies at once) when it is largest.
  sink.findings().reserve(2 * claims.claims.size() + 64);
  // Checks that index the whole document run first, while few findings are held: on dense text
  // repeated-figure's index alone is a fifth of the peak. Order of running changes no output:
  // findings are sorted below, and those of one check keep the order it made them in.
  for (const bool indexes : {true, false}) {
    for (const auto& c : registry()) {
      if (c->indexes_document() != indexes ||
          std::find(options.disabled.begin(), options.disabled.end(), c->id()) !=
              options.disabled.end()) {
        continue;
      }
      c->run(claims, sink);
    }
  }
  std::vector<Finding> findings = std::move(sink.findings());
  // Text order, so an editor can walk the article; ties broken so the output never varies. The
  // order is found on indices and then applied in place, so that sorting needs no second copy
  // of the findings (std::stable_sort's buffer would hold one).
  std::vector<std::size_t> order(findings.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const Finding& a = findings[x];
    const Finding& b = findings[y];
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.check != b.check) return a.check < b.check;
    if (a.span.end != b.span.end) return a.span.end < b.span.end;
    return x < y;  // as found: what a stable sort keeps
  });
  // Position i takes the finding at order[i]: each cycle of the permutation moves one by one.
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (order[i] == i) continue;
    Finding held = std::move(findings[i]);
    std::size_t at = i;
    while (order[at] != i) {
      const std::size_t from = order[at];
      findings[at] = std::move(findings[from]);
      order[at] = at;
      at = from;
    }
    findings[at] = std::move(held);
    order[at] = at;
  }
  for (std::size_t i = 0; i < findings.size(); ++i) findings[i].id = "f" + std::to_string(i + 1);
  return findings;
}

}  // namespace factcheck
