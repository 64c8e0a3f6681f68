// SARIF 2.1.0: one rule per check, one result per finding, passes as results of kind "pass".
#include <fmt/format.h>

#include <cctype>
#include <nlohmann/json.hpp>

#include "reports/stream.h"

namespace factcheck {

namespace {

using nlohmann::ordered_json;

constexpr std::string_view kSchemaUri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
// The key of partialFingerprints; the version changes if the fingerprint's recipe ever does.
constexpr std::string_view kFingerprintKey = "factcheck/v1";

// SARIF's level for a severity; a pass is a result of kind "pass", whose level must be "none".
std::string_view level(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
      return "note";
    case Severity::kPass:
      return "none";
  }
  return "none";
}

std::string dump(const ordered_json& j, std::string_view prefix) {
  std::string dumped = j.dump(1, ' ', false, ordered_json::error_handler_t::replace);
  std::string out;
  out.reserve(dumped.size() + dumped.size() / 4);
  for (char c : dumped) {
    out.push_back(c);
    if (c == '\n') out += prefix;
  }
  return out;
}

std::string capitalised(std::string_view s) {
  std::string out(s);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

ordered_json rule_json(const Check& c) {
  std::string full = fmt::format(
      "{}. Its most serious verdict is {} {}; statements it finds consistent are reported as "
      "passes.",
      capitalised(c.summary()), c.default_severity() == Severity::kError ? "an" : "a",
      to_string(c.default_severity()));
  const CheckDoc doc = c.doc();
  if (!doc.what.empty()) {
    full = fmt::format("{} Left alone: {}", doc.what, doc.leaves_alone);
  }
  ordered_json rule = {{"id", std::string(c.id())},
                       {"shortDescription", {{"text", std::string(c.summary())}}},
                       {"fullDescription", {{"text", full}}},
                       {"defaultConfiguration", {{"level", level(c.default_severity())}}}};
  if (!doc.what.empty()) {
    const std::string page = explain(c);
    rule["help"] = {{"text", page}, {"markdown", page}};
  }
  return rule;
}

std::optional<std::size_t> rule_index(std::string_view check) {
  const auto& checks = registry();
  for (std::size_t i = 0; i < checks.size(); ++i) {
    if (checks[i]->id() == check) return i;
  }
  return std::nullopt;
}

ordered_json artifact_location(std::string_view path) {
  return {{"artifactLocation", {{"uri", path_to_uri(path)}}}};
}

ordered_json result_json(const DocumentResult& doc, const Finding& f, const LineIndex& lines,
                         const std::string& print, std::optional<BaselineState> state,
                         bool suppressed) {
  LineIndex::Position start = lines.position(f.span.begin);
  LineIndex::Position end = lines.position(f.span.end);
  ordered_json region = {{"startLine", start.line},    {"startColumn", start.column},
                         {"endLine", end.line},        {"endColumn", end.column},
                         {"byteOffset", f.span.begin}, {"byteLength", f.span.size()}};
  if (doc.bytes && f.span.end <= doc.bytes->size()) {
    region["snippet"] = {{"text", doc.bytes->substr(f.span.begin, f.span.size())}};
  }
  ordered_json location = artifact_location(doc.path);
  location["region"] = std::move(region);
  ordered_json r;
  r["ruleId"] = f.check;
  if (auto index = rule_index(f.check)) r["ruleIndex"] = *index;
  r["kind"] = f.severity == Severity::kPass ? "pass" : "fail";
  r["level"] = level(f.severity);
  r["message"] = {{"text", f.message}};
  r["locations"] = ordered_json::array({{{"physicalLocation", std::move(location)}}});
  r["partialFingerprints"] = {{std::string(kFingerprintKey), print}};
  if (state) r["baselineState"] = to_string(*state);
  if (suppressed) {
    r["suppressions"] = ordered_json::array(
        {{{"kind", "inSource"}, {"justification", "a factcheck-disable comment in the article"}}});
  }
  ordered_json properties = {{"id", f.id}, {"claims", f.claims}, {"explanation", f.explanation}};
  if (!f.slip.empty()) properties["slip"] = f.slip;
  r["properties"] = std::move(properties);
  return r;
}

// An accepted finding no longer reported: its file, but no region, since its text is gone.
ordered_json absent_json(const BaselineEntry& e) {
  ordered_json r;
  r["ruleId"] = e.check;
  if (auto index = rule_index(e.check)) r["ruleIndex"] = *index;
  r["kind"] = e.severity == Severity::kPass ? "pass" : "fail";
  r["level"] = level(e.severity);
  r["message"] = {{"text", e.message}};
  r["locations"] = ordered_json::array({{{"physicalLocation", artifact_location(e.path)}}});
  r["partialFingerprints"] = {{std::string(kFingerprintKey), e.fingerprint}};
  r["baselineState"] = "absent";
  r["properties"] = {{"text", e.text}};
  return r;
}

}  // namespace

std::string path_to_uri(std::string_view path) {
  std::string out;
  if (!path.empty() && path.front() == '/') out = "file://";
  for (char ch : path) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out.push_back(ch);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

std::string SarifWriter::begin() const {
  ordered_json rules = ordered_json::array();
  for (const auto& c : registry()) rules.push_back(rule_json(*c));
  std::string v(version());
  ordered_json tool = {{"driver",
                        {{"name", "factcheck"},
                         {"version", v},
                         {"semanticVersion", v},
                         {"rules", std::move(rules)}}}};
  return fmt::format(
      "{{\n \"$schema\": \"{}\",\n \"version\": \"2.1.0\",\n \"runs\": [\n  {{\n   \"tool\": {},\n"
      "   \"columnKind\": \"unicodeCodePoints\",\n   \"results\": [",
      kSchemaUri, dump(tool, "   "));
}

void SarifWriter::document(const DocumentResult& doc, const BaselineComparison* comparison,
                           const Sink& sink) {
  // Results are handed on some 64 KB at a time, so a document's results are never held whole.
  constexpr std::size_t kPiece = 1 << 16;
  std::string out;
  auto add = [&](const ordered_json& result) {
    out += first_ ? "\n    " : ",\n    ";
    first_ = false;
    out += dump(result, "    ");
    if (out.size() >= kPiece) {
      sink(out);
      out.clear();
    }
  };
  tally_.add(doc);
  if (doc.error) {
    unreadable_.emplace_back(doc.path, *doc.error);
    return;
  }
  if (doc.bytes) {
    LineIndex lines(*doc.bytes);
    Fingerprinter prints(doc);
    for (std::size_t i = 0; i < doc.findings.size(); ++i) {
      std::optional<BaselineState> state;
      if (comparison && i < comparison->states.size()) state = comparison->states[i];
      add(result_json(doc, doc.findings[i], lines, prints.next(), state, silenced(doc, i)));
    }
  }
  if (comparison) {
    for (const BaselineEntry& e : comparison->absent) add(absent_json(e));
  }
  if (!out.empty()) sink(out);
}

std::string SarifWriter::document(const DocumentResult& doc, const BaselineComparison* comparison) {
  std::string out;
  document(doc, comparison, [&out](std::string_view part) { out += part; });
  return out;
}

// A long document's results, written a window at a time: the bytes document() gives for the
// windows joined.
struct SarifWriter::Parts {
  explicit Parts(std::string_view bytes) : lines(bytes) {}
  LineIndex lines;
  Fingerprinter prints;  // findings are fingerprinted in order across windows
};

SarifWriter::SarifWriter() = default;
SarifWriter::~SarifWriter() = default;

void SarifWriter::begin_parts(const DocumentResult& doc) {
  ++tally_.documents;
  parts_ = std::make_unique<Parts>(doc.bytes ? std::string_view(*doc.bytes) : std::string_view());
}

void SarifWriter::part(const DocumentResult& part, const Sink& sink,
                       const BaselineComparison* comparison) {
  constexpr std::size_t kPiece = 1 << 16;
  tally_.counts += count(part);
  std::string out;
  for (std::size_t i = 0; i < part.findings.size(); ++i) {
    const Finding& f = part.findings[i];
    out += first_ ? "\n    " : ",\n    ";
    first_ = false;
    std::optional<BaselineState> state;
    if (comparison && i < comparison->states.size()) state = comparison->states[i];
    out += dump(
        result_json(part, f, parts_->lines, parts_->prints.next(part, f), state, silenced(part, i)),
        "    ");
    if (out.size() >= kPiece) {
      sink(out);
      out.clear();
    }
  }
  if (!out.empty()) sink(out);
}

void SarifWriter::end_parts() { parts_.reset(); }

void SarifWriter::end_parts(const Sink& sink, const BaselineComparison& absent) {
  std::string out;
  for (const BaselineEntry& e : absent.absent) {
    out += first_ ? "\n    " : ",\n    ";
    first_ = false;
    out += dump(absent_json(e), "    ");
  }
  if (!out.empty()) sink(out);
  parts_.reset();
}

std::string SarifWriter::end() const {
  ordered_json invocation = {{"executionSuccessful", unreadable_.empty()}};
  if (!unreadable_.empty()) {
    ordered_json notes = ordered_json::array();
    for (const auto& [path, why] : unreadable_) {
      notes.push_back({{"level", "error"},
                       {"message", {{"text", fmt::format("{}: {}", path, why)}}},
                       {"locations", {{{"physicalLocation", artifact_location(path)}}}}});
    }
    invocation["toolExecutionNotifications"] = std::move(notes);
  }
  ordered_json invocations = ordered_json::array({std::move(invocation)});
  ordered_json totals = ordered_json::object();
  for (const auto& [name, count] : totals_fields(tally_)) totals[std::string(name)] = count;
  const ordered_json properties = {{"totals", std::move(totals)}};
  return fmt::format("{}\n   \"invocations\": {},\n   \"properties\": {}\n  }}\n ]\n}}\n",
                     first_ ? "]," : "\n   ],", dump(invocations, "   "), dump(properties, "   "));
}

std::string render_sarif(const std::vector<DocumentResult>& docs) {
  SarifWriter writer;
  std::string out = writer.begin();
  for (const DocumentResult& doc : docs) out += writer.document(doc);
  return out + writer.end();
}

}  // namespace factcheck
