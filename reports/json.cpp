// The "factcheck/1" JSON document (DESIGN.md, "JSON output"; docs/json-schema.md).
#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>

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

// The pieces of one document, written as they are made: a document's claims never stand as one
// tree, so a 200 MB article needs memory for one claim's JSON at a time, not for all of them.
// The bytes are those of dump(1) on the whole document, indented two levels into the batch.
class DocumentWriter {
 public:
  explicit DocumentWriter(const JsonWriter::Sink& out) : out_(out) {}

  void key(std::string_view name, const ordered_json& value) {
    field(name);
    out_(indented(value, "   "));
  }
  // An array of `n` items, each made by `item(i)` only when its turn comes.
  template <typename Fn>
  void array(std::string_view name, std::size_t n, Fn item) {
    field(name);
    if (n == 0) {
      out_("[]");
      return;
    }
    out_("[\n    ");
    for (std::size_t i = 0; i < n; ++i) {
      if (i) out_(",\n    ");
      out_(indented(item(i), "    "));
    }
    out_("\n   ]");
  }
  void close() { out_(first_ ? "{}" : "\n  }"); }

 private:
  void field(std::string_view name) {
    out_(first_ ? "{\n   " : ",\n   ");
    first_ = false;
    out_(ordered_json(name).dump());
    out_(": ");
  }
  const JsonWriter::Sink& out_;
  bool first_ = true;
};

void write_document(const DocumentResult& doc, const BaselineComparison* comparison,
                    const JsonWriter::Sink& out) {
  DocumentWriter d(out);
  d.key("path", doc.path);
  d.key("error", doc.error ? ordered_json(*doc.error) : ordered_json(nullptr));
  const bool read = !doc.error && doc.bytes;
  std::optional<LineIndex> index;
  if (read) index.emplace(*doc.bytes);
  const std::vector<Claim> none_claims;
  const std::vector<Citation> none_citations;
  const std::vector<Claim>& claims = read ? doc.claims.claims : none_claims;
  const std::vector<Citation>& citations = read ? doc.claims.citations : none_citations;
  d.array("claims", claims.size(),
          [&](std::size_t i) { return claim_json(claims[i], doc.claims, *index); });
  d.array("citations", citations.size(), [&](std::size_t i) {
    const Citation& k = citations[i];
    return ordered_json{{"id", k.id},
                        {"source", k.source},
                        {"date", k.date.empty() ? ordered_json(nullptr) : ordered_json(k.date)},
                        {"span", span_json(k.span, *index)},
                        {"text", slice(doc.claims.text, k.span)}};
  });
  const std::vector<std::string> prints = read ? fingerprints(doc) : std::vector<std::string>{};
  d.array("findings", read ? doc.findings.size() : 0, [&](std::size_t i) {
    const Finding& f = doc.findings[i];
    ordered_json j = {{"id", f.id},
                      {"check", f.check},
                      {"severity", to_string(f.severity)},
                      {"claims", f.claims},
                      {"span", span_json(f.span, *index)},
                      {"message", f.message},
                      {"explanation", f.explanation},
                      {"slip", f.slip.empty() ? ordered_json(nullptr) : ordered_json(f.slip)},
                      {"fingerprint", prints[i]}};
    if (comparison && i < comparison->states.size() && comparison->states[i]) {
      j["baseline"] = to_string(*comparison->states[i]);
    }
    return j;
  });
  if (comparison) {
    d.array("absent", comparison->absent.size(), [&](std::size_t i) {
      const BaselineEntry& e = comparison->absent[i];
      return ordered_json{{"fingerprint", e.fingerprint},
                          {"check", e.check},
                          {"severity", to_string(e.severity)},
                          {"text", e.text},
                          {"message", e.message}};
    });
  }
  d.close();
}

}  // namespace

std::string JsonWriter::begin() const {
  ordered_json tool = {{"name", "factcheck"}, {"version", std::string(version())}};
  return "{\n \"schema\": \"factcheck/1\",\n \"tool\": " + indented(tool, " ") +
         ",\n \"documents\": [";
}

void JsonWriter::document(const DocumentResult& doc, const BaselineComparison* comparison,
                          const Sink& out) {
  out(first_ ? "\n  " : ",\n  ");
  first_ = false;
  write_document(doc, comparison, out);
}

std::string JsonWriter::document(const DocumentResult& doc, const BaselineComparison* comparison) {
  std::string out;
  document(doc, comparison, [&out](std::string_view part) { out += part; });
  return out;
}

std::string JsonWriter::end() const { return first_ ? "]\n}\n" : "\n ]\n}\n"; }

std::string render_json(const std::vector<DocumentResult>& docs) {
  JsonWriter writer;
  std::string out = writer.begin();
  for (const DocumentResult& doc : docs) out += writer.document(doc);
  return out + writer.end();
}

}  // namespace factcheck
