// The "factcheck/1" JSON document (DESIGN.md, "JSON output"; docs/json-schema.md).
#include <cmath>
#include <nlohmann/json.hpp>

#include "reports/stream.h"

namespace factcheck {

namespace {

using nlohmann::ordered_json;

ordered_json span_json(const ByteSpan& span, const LineIndex& lines) {
  LineIndex::Position p = lines.position(span.begin);
  return {{"begin", span.begin}, {"end", span.end}, {"line", p.line}, {"column", p.column}};
}

std::string_view slice(std::string_view text, const ByteSpan& span) {
  return text.substr(span.begin, span.size());
}

// Numbers print as integers when they are whole, so "value": 2400000000 reads as written.
// An open bound ("more than 30%" has no upper one) is null; the range check comes before the
// conversion, which is undefined for infinities and huge values.
ordered_json number(double v) {
  if (!std::isfinite(v)) return nullptr;
  if (v > -9e15 && v < 9e15 && v == std::trunc(v)) return static_cast<long long>(v);
  return v;
}

ordered_json quantity_json(const Quantity& q, const LineIndex& lines) {
  ordered_json j;
  j["text"] = q.text;
  j["span"] = span_json(q.span, lines);
  j["value"] = number(q.value);
  j["low"] = number(q.low);
  j["high"] = number(q.high);
  j["unit"] = q.unit;
  j["hedge"] = q.hedge.empty() ? ordered_json(nullptr) : ordered_json(q.hedge);
  return j;
}

ordered_json optional_quantity(const std::optional<Quantity>& q, const LineIndex& lines) {
  return q ? quantity_json(*q, lines) : ordered_json(nullptr);
}

ordered_json claim_json(const Claim& c, const Claims& claims, const LineIndex& lines) {
  ordered_json j;
  j["id"] = c.id;
  j["kind"] = to_string(c.kind);
  j["span"] = span_json(c.span, lines);
  j["text"] = slice(claims.text, c.span);
  j["citation"] =
      c.citation ? ordered_json(claims.citations[*c.citation].id) : ordered_json(nullptr);
  ordered_json qs = ordered_json::array();
  for (const Quantity& q : c.quantities) qs.push_back(quantity_json(q, lines));
  j["quantities"] = std::move(qs);
  if (!c.metric.empty()) j["metric"] = c.metric;
  switch (c.kind) {
    case ClaimKind::kPercentChange:
    case ClaimKind::kDifference:
    case ClaimKind::kMultiple: {
      if (c.kind == ClaimKind::kMultiple && !c.old_value && !c.new_value && c.changes.empty())
        break;
      j["old"] = optional_quantity(c.old_value, lines);
      j["new"] = optional_quantity(c.new_value, lines);
      ordered_json changes = ordered_json::array();
      for (const Quantity& q : c.changes) changes.push_back(quantity_json(q, lines));
      j["changes"] = std::move(changes);
      j["direction"] = c.direction == Direction::kNone ? ordered_json(nullptr)
                                                       : ordered_json(to_string(c.direction));
      j["direction_word"] =
          c.direction_word.empty() ? ordered_json(nullptr) : ordered_json(c.direction_word);
      break;
    }
    case ClaimKind::kDate:
      j["date"] = c.date;
      j["weekday"] = c.weekday.empty() ? ordered_json(nullptr) : ordered_json(c.weekday);
      if (!c.date_end.empty()) j["date_end"] = c.date_end;
      if (c.fiscal) j["fiscal"] = true;
      break;
    case ClaimKind::kEnumeration:
      j["count"] = c.count;
      j["items"] = c.items;
      break;
    case ClaimKind::kRate:
      j["per"] = c.per;
      break;
    case ClaimKind::kShare:
      j["whole"] = c.whole;
      break;
    default:
      break;
  }
  return j;
}

// A part of the whole document, indented to its depth there (one space a level, as dump(1)
// gives); JSON strings hold no raw line breaks, so indenting after each one is exact.
std::string indented(const ordered_json& j, std::string_view prefix) {
  std::string dumped = j.dump(1, ' ', false, ordered_json::error_handler_t::replace);
  std::string out;
  out.reserve(dumped.size() + dumped.size() / 8);
  for (char c : dumped) {
    out.push_back(c);
    if (c == '\n') out += prefix;
  }
  return out;
}

ordered_json document_json(const DocumentResult& doc, const BaselineComparison* comparison) {
  ordered_json d;
  d["path"] = doc.path;
  d["error"] = doc.error ? ordered_json(*doc.error) : ordered_json(nullptr);
  ordered_json claims = ordered_json::array();
  ordered_json citations = ordered_json::array();
  ordered_json findings = ordered_json::array();
  if (!doc.error && doc.bytes) {
    LineIndex lines(*doc.bytes);
    for (const Claim& c : doc.claims.claims) claims.push_back(claim_json(c, doc.claims, lines));
    for (const Citation& k : doc.claims.citations) {
      citations.push_back({{"id", k.id},
                           {"source", k.source},
                           {"date", k.date.empty() ? ordered_json(nullptr) : ordered_json(k.date)},
                           {"span", span_json(k.span, lines)},
                           {"text", slice(doc.claims.text, k.span)}});
    }
    std::vector<std::string> prints = fingerprints(doc);
    for (std::size_t i = 0; i < doc.findings.size(); ++i) {
      const Finding& f = doc.findings[i];
      ordered_json j = {{"id", f.id},
                        {"check", f.check},
                        {"severity", to_string(f.severity)},
                        {"claims", f.claims},
                        {"span", span_json(f.span, lines)},
                        {"message", f.message},
                        {"explanation", f.explanation},
                        {"slip", f.slip.empty() ? ordered_json(nullptr) : ordered_json(f.slip)},
                        {"fingerprint", prints[i]}};
      if (comparison && i < comparison->states.size() && comparison->states[i]) {
        j["baseline"] = to_string(*comparison->states[i]);
      }
      findings.push_back(std::move(j));
    }
  }
  d["claims"] = std::move(claims);
  d["citations"] = std::move(citations);
  d["findings"] = std::move(findings);
  if (comparison) {
    ordered_json absent = ordered_json::array();
    for (const BaselineEntry& e : comparison->absent) {
      absent.push_back({{"fingerprint", e.fingerprint},
                        {"check", e.check},
                        {"severity", to_string(e.severity)},
                        {"text", e.text},
                        {"message", e.message}});
    }
    d["absent"] = std::move(absent);
  }
  return d;
}

}  // namespace

std::string JsonWriter::begin() const {
  ordered_json tool = {{"name", "factcheck"}, {"version", std::string(version())}};
  return "{\n \"schema\": \"factcheck/1\",\n \"tool\": " + indented(tool, " ") +
         ",\n \"documents\": [";
}

std::string JsonWriter::document(const DocumentResult& doc, const BaselineComparison* comparison) {
  std::string out = first_ ? "\n  " : ",\n  ";
  first_ = false;
  return out + indented(document_json(doc, comparison), "  ");
}

std::string JsonWriter::end() const { return first_ ? "]\n}\n" : "\n ]\n}\n"; }

std::string render_json(const std::vector<DocumentResult>& docs) {
  JsonWriter writer;
  std::string out = writer.begin();
  for (const DocumentResult& doc : docs) out += writer.document(doc);
  return out + writer.end();
}

}  // namespace factcheck
