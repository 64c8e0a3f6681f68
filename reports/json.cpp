// The "factcheck/1" JSON document (DESIGN.md, "JSON output"; docs/json-schema.md).
#include <nlohmann/json.hpp>

#include "reports.h"

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
ordered_json number(double v) {
  if (v == static_cast<double>(static_cast<long long>(v)) && v > -9e15 && v < 9e15) {
    return static_cast<long long>(v);
  }
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
  j["citation"] = c.citation ? ordered_json(claims.citations[*c.citation].id) : ordered_json(nullptr);
  ordered_json qs = ordered_json::array();
  for (const Quantity& q : c.quantities) qs.push_back(quantity_json(q, lines));
  j["quantities"] = std::move(qs);
  if (!c.metric.empty()) j["metric"] = c.metric;
  switch (c.kind) {
    case ClaimKind::kPercentChange:
    case ClaimKind::kDifference:
    case ClaimKind::kMultiple: {
      if (c.kind == ClaimKind::kMultiple && !c.old_value && !c.new_value && c.changes.empty()) break;
      j["old"] = optional_quantity(c.old_value, lines);
      j["new"] = optional_quantity(c.new_value, lines);
      ordered_json changes = ordered_json::array();
      for (const Quantity& q : c.changes) changes.push_back(quantity_json(q, lines));
      j["changes"] = std::move(changes);
      j["direction"] =
          c.direction == Direction::kNone ? ordered_json(nullptr) : ordered_json(to_string(c.direction));
      j["direction_word"] = c.direction_word.empty() ? ordered_json(nullptr) : ordered_json(c.direction_word);
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

}  // namespace

std::string render_json(const std::vector<DocumentResult>& docs) {
  ordered_json root;
  root["schema"] = "factcheck/1";
  root["tool"] = {{"name", "factcheck"}, {"version", std::string(version())}};
  ordered_json documents = ordered_json::array();
  for (const DocumentResult& doc : docs) {
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
      for (const Finding& f : doc.findings) {
        findings.push_back({{"id", f.id},
                            {"check", f.check},
                            {"severity", to_string(f.severity)},
                            {"claims", f.claims},
                            {"span", span_json(f.span, lines)},
                            {"message", f.message},
                            {"explanation", f.explanation},
                            {"slip", f.slip.empty() ? ordered_json(nullptr) : ordered_json(f.slip)}});
      }
    }
    d["claims"] = std::move(claims);
    d["citations"] = std::move(citations);
    d["findings"] = std::move(findings);
    documents.push_back(std::move(d));
  }
  root["documents"] = std::move(documents);
  // Article text is UTF-8 already validated; replace rather than throw on the impossible.
  return root.dump(1, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace factcheck
