// checker/checks/enumeration_count.cpp
//
// Stated count of a list against the items it names.
//
// "the four partners (Acme, Birch, Cobalt, Delta and Ember)" states four and names five: no
// reading makes both true, an error. "the five-model suite (A, B, C, D and E)" passes. A list that
// says it is partial ("including", "such as", "among others", "etc.") may name fewer items than
// the count, so only naming more than the count is flagged there. Counts with no list, and lists
// with no stated count, are left alone: there is nothing to compare.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "checker/checks/all.h"
#include "checker/checks/common.h"
#include "checker/interval.h"

namespace factcheck::checks {

namespace {

constexpr std::string_view kId = "enumeration-count";
constexpr std::string_view kSummary = "stated count of a list against the items it names";

// Words that mark a list as a sample of a larger set rather than all of it.
bool is_partial_list(std::string_view claim_text) {
  return mentions(lower(claim_text), "enumeration-count-partial");
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    out += items[i];
  }
  return out;
}

class EnumerationCountCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override { return kSummary; }
  CheckDoc doc() const override {
    return {.what =
                "A stated count of a list against the items it names: \"the four partners (Acme, "
                "Birch, Cobalt, Delta and Ember)\" states four and names five, an error. A list "
                "that says it is partial (\"including\", \"such as\", \"among others\") may name "
                "fewer, so only naming more than the count is flagged there.",
            .leaves_alone =
                "Counts with no list and lists with no stated count: there is nothing to compare.",
            .passes = "The three partners (Acme, Birch and Cobalt) signed on Monday.",
            .fails = "The four partners (Acme, Birch, Cobalt, Delta and Ember) signed on Monday."};
  }
  Severity default_severity() const override { return Severity::kError; }

  void run(const Claims& claims, FindingSink& out) const override {
    for (const Claim& c : claims.claims) {
      if (c.kind != ClaimKind::kEnumeration || c.count <= 0 || c.items.empty()) continue;
      const std::size_t listed = c.items.size();
      const std::size_t stated = static_cast<std::size_t>(c.count);
      const std::string_view text =
          c.span.end <= claims.text.size() ? claims.text.substr(c.span.begin, c.span.size()) : "";
      const bool partial = is_partial_list(text);
      // The stated count as written ("four", "5"), else the number itself.
      std::string count_text = std::to_string(c.count);
      for (const Quantity& q : c.quantities) {
        if (q.unit == "count" && static_cast<int>(q.value) == c.count) count_text = q.text;
      }
      Finding f;
      f.check = std::string(kId);
      f.claims = {c.id};
      f.span = c.span;
      const std::string list = "(" + joined(c.items) + ")";
      if (listed == stated || (partial && listed < stated)) {
        f.severity = Severity::kPass;
        f.message = listed == stated ? "stated count " + count_text + " matches the " +
                                           std::to_string(listed) + " items listed"
                                     : "stated count " + count_text + " allows the " +
                                           std::to_string(listed) + " items of a partial list";
        f.explanation = "counted " + std::to_string(listed) + " items " + list + " against " +
                        count_text + " stated" +
                        (listed == stated ? "; consistent"
                                          : "; the list says it is partial, so it may name "
                                            "fewer: consistent");
      } else {
        f.severity = Severity::kError;
        f.message = "stated count " + count_text + " does not match the " + std::to_string(listed) +
                    " items listed";
        f.explanation = "counted " + std::to_string(listed) + " items " + list + " against " +
                        count_text + " (" + std::to_string(stated) + ") stated; " +
                        (listed > stated ? "the list names more items than the count"
                                         : "the list names fewer items than the count") +
                        "; a count is exact, so no rounding reconciles them: inconsistent";
      }
      out.add(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<const Check> make_enumeration_count() {
  return std::make_unique<EnumerationCountCheck>();
}

}  // namespace factcheck::checks
