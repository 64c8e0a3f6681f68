// A check's documentation, as `factcheck --explain` prints it, docs/checks/ holds it and SARIF's
// help carries it: made from the check's doc(), with what factcheck says of each example worked
// out by running it, so the page never drifts from what the check does.
#include <fmt/format.h>

#include <cctype>

#include "reports/reports.h"

namespace factcheck {

namespace {

// What the check says of an example: one line per finding of its own, or that it says nothing.
std::string verdicts(const Check& check, std::string_view example) {
  const Claims claims = extract(example);
  std::string out;
  for (const Finding& f : factcheck::check(claims)) {
    if (f.check != check.id()) continue;
    out += fmt::format("{}: {} [{}]\n", to_string(f.severity), f.message, f.check);
  }
  return out.empty() ? "(no finding: left alone)\n" : out;
}

std::string indented(std::string_view text) {
  std::string out = "    ";
  for (char c : text) {
    out += c;
    if (c == '\n') out += "    ";
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.empty() || out.back() != '\n') out += '\n';
  return out;
}

}  // namespace

std::string explain(const Check& check) {
  const CheckDoc doc = check.doc();
  std::string out = fmt::format("# {}\n\n", check.id());
  std::string summary(check.summary());
  if (!summary.empty())
    summary[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(summary[0])));
  out += fmt::format("{}. Most serious verdict: {}.\n\n", summary,
                     to_string(check.default_severity()));
  out += fmt::format("## What it checks\n\n{}\n\n", doc.what);
  out += fmt::format("## What it leaves alone\n\n{}\n\n", doc.leaves_alone);
  out += "## Examples\n\nConsistent, or left alone:\n\n" + indented(doc.passes) + "\n" +
         indented(verdicts(check, doc.passes));
  out += "\nFlagged:\n\n" + indented(doc.fails) + "\n" + indented(verdicts(check, doc.fails));
  return out;
}

}  // namespace factcheck
