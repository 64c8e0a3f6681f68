// The "factcheck/1" JSON document (DESIGN.md, "JSON output"; docs/json-schema.md).
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>

#include "reports/spool.h"
#include "reports/stream.h"

namespace factcheck {

namespace {

using nlohmann::ordered_json;

// JSON written straight into a string, laid out byte for byte as nlohmann's dump(1) lays out
// the same value: the claims of a long article are the bulk of the output, and building a tree
// for each only to print it cost more than finding them. Strings that are not valid UTF-8 (a
// file name) and fractional numbers still go through nlohmann, so their spelling is its own.
class Pretty {
 public:
  // `base`: the indentation the outermost value's lines carry.
  Pretty(std::string& out, std::size_t base) : out_(out), base_(base) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The next member of the current object.
  Pretty& key(std::string_view name) {
    // Names are ours, ASCII with nothing to escape: the line break, indentation and quoted name
    // are put together here and appended in one step.
    char line[96];
    const std::size_t indent = base_ + firsts_.size();
    if (keyed_ || firsts_.empty() || indent + name.size() + 6 > sizeof line || !plain_ascii(name)) {
      element();
      string_value(name);
      out_ += ": ";
    } else {
      char* p = line;
      if (!firsts_.back()) *p++ = ',';
      firsts_.back() = false;
      *p++ = '\n';
      p = std::fill_n(p, indent, ' ');
      *p++ = '"';
      p = std::copy(name.begin(), name.end(), p);
      *p++ = '"';
      *p++ = ':';
      *p++ = ' ';
      out_.append(line, static_cast<std::size_t>(p - line));
    }
    keyed_ = true;
    return *this;
  }
  void string(std::string_view s) {
    element();
    string_value(s);
  }
  void null() {
    element();
    out_ += "null";
  }
  void boolean(bool b) {
    element();
    out_ += b ? "true" : "false";
  }
  void integer(long long v) {
    element();
    append_integer(v);
  }
  void unsigned_integer(std::size_t v) {
    element();
    append_integer(v);
  }
  // Whole numbers print as integers, so "value": 2400000000 reads as written; an open bound
  // ("more than 30%" has no upper one) is null. The range check comes before the conversion,
  // which is undefined for infinities and huge values.
  void number(double v) {
    if (!std::isfinite(v)) return null();
    if (v > -9e15 && v < 9e15 && v == std::trunc(v)) return integer(static_cast<long long>(v));
    element();
    // nlohmann's own shortest round-trip spelling (what dump() writes), without building a value.
    std::array<char, 64> buf{};
    const char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), v);
    out_.append(buf.data(), static_cast<std::size_t>(end - buf.data()));
  }
  void optional_string(std::string_view s) { s.empty() ? null() : string(s); }
  void strings(const std::vector<std::string>& items) {
    begin_array();
    for (const std::string& item : items) string(item);
    end_array();
  }

 private:
  // Digits written in place, where std::to_string builds a string first.
  template <typename Int>
  void append_integer(Int v) {
    std::array<char, 24> buf{};
    const char* end = std::to_chars(buf.data(), buf.data() + buf.size(), v).ptr;
    out_.append(buf.data(), static_cast<std::size_t>(end - buf.data()));
  }
  // Before a value: the comma and line break an array element needs; an object member's
  // value follows its key on the same line.
  void element() {
    if (keyed_) {
      keyed_ = false;
      return;
    }
    if (firsts_.empty()) return;
    out_ += firsts_.back() ? "\n" : ",\n";
    firsts_.back() = false;
    out_.append(base_ + firsts_.size(), ' ');
  }
  static bool plain_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) {
      const unsigned char u = static_cast<unsigned char>(c);
      return u >= 0x20 && u < 0x80 && c != '"' && c != '\\';
    });
  }
  void open(char bracket) {
    element();
    out_ += bracket;
    firsts_.push_back(true);
  }
  void close(char bracket) {
    const bool empty = firsts_.back();
    firsts_.pop_back();
    if (!empty) {
      out_ += '\n';
      out_.append(base_ + firsts_.size(), ' ');
    }
    out_ += bracket;
  }
  void string_value(std::string_view s) {
    // Most strings (units, ids) are ASCII with nothing to escape: copied whole.
    if (plain_ascii(s)) {
      out_ += '"';
      out_ += s;
      out_ += '"';
      return;
    }
    if (!plain_utf8(s)) {
      out_ +=
          ordered_json(std::string(s)).dump(-1, ' ', false, ordered_json::error_handler_t::replace);
      return;
    }
    out_ += '"';
    // Bytes that need no escape are copied in runs, not one at a time.
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      const unsigned char u = static_cast<unsigned char>(c);
      if (u >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"':
          out_ += "\\\"";
          break;
        case '\\':
          out_ += "\\\\";
          break;
        case '\b':
          out_ += "\\b";
          break;
        case '\f':
          out_ += "\\f";
          break;
        case '\n':
          out_ += "\\n";
          break;
        case '\r':
          out_ += "\\r";
          break;
        case '\t':
          out_ += "\\t";
          break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          out_ += "\\u00";
          out_ += kHex[u >> 4];
          out_ += kHex[u & 15];
        }
      }
    }
    out_.append(s.data() + run, s.size() - run);
    out_ += '"';
  }
  // Valid UTF-8, which nlohmann passes through unchanged (control bytes are escaped above).
  static bool plain_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
      if (static_cast<unsigned char>(s[i]) < 0x80) {
        ++i;
        continue;
      }
      const std::size_t n = decode_utf8(s, i).length;
      if (n == 0) return false;
      i += n;
    }
    return true;
  }

  std::string& out_;
  std::size_t base_;
  std::vector<char> firsts_;  // per open bracket: nothing written inside it yet
  bool keyed_ = false;        // a key was written and its value comes next
};

void write_span(Pretty& j, const ByteSpan& span, const LineIndex& lines) {
  LineIndex::Position p = lines.position(span.begin);
  j.begin_object();
  j.key("begin").unsigned_integer(span.begin);
  j.key("end").unsigned_integer(span.end);
  j.key("line").unsigned_integer(p.line);
  j.key("column").unsigned_integer(p.column);
  j.end_object();
}

std::string_view slice(std::string_view text, const ByteSpan& span) {
  return text.substr(span.begin, span.size());
}

// The JSON name of a change statement's period kind (docs/json-schema.md).
std::string_view period_kind_name(PeriodKind k) {
  switch (k) {
    case PeriodKind::kYear:
      return "year";
    case PeriodKind::kHalf:
      return "half";
    case PeriodKind::kQuarter:
      return "quarter";
    case PeriodKind::kMonth:
      return "month";
    case PeriodKind::kWeek:
      return "week";
    case PeriodKind::kOther:
      return "other";
    case PeriodKind::kNone:
      break;
  }
  return "none";
}

void write_quantity(Pretty& j, const Quantity& q, const LineIndex& lines) {
  j.begin_object();
  j.key("text").string(q.text);
  write_span(j.key("span"), q.span, lines);
  j.key("value").number(q.value);
  j.key("low").number(q.low);
  j.key("high").number(q.high);
  j.key("unit").string(q.unit);
  j.key("hedge").optional_string(q.hedge);
  j.end_object();
}

void write_optional_quantity(Pretty& j, const Boxed<Quantity>& q, const LineIndex& lines) {
  if (q) {
    write_quantity(j, *q, lines);
  } else {
    j.null();
  }
}

void write_claim(Pretty& j, const Claim& c, const Claims& claims, const LineIndex& lines) {
  j.begin_object();
  j.key("id").string(c.id);
  j.key("kind").string(to_string(c.kind));
  write_span(j.key("span"), c.span, lines);
  j.key("text").string(slice(claims.text, c.span));
  if (c.citation) {
    j.key("citation").string(claims.citations[*c.citation].id);
  } else {
    j.key("citation").null();
  }
  j.key("quantities").begin_array();
  for (const Quantity& q : c.quantities) write_quantity(j, q, lines);
  j.end_array();
  if (!c.metric.empty()) j.key("metric").string(c.metric);
  switch (c.kind) {
    case ClaimKind::kPercentChange:
    case ClaimKind::kDifference:
    case ClaimKind::kMultiple: {
      if (c.kind == ClaimKind::kMultiple && !c.old_value && !c.new_value && c.changes.empty())
        break;
      write_optional_quantity(j.key("old"), c.old_value, lines);
      write_optional_quantity(j.key("new"), c.new_value, lines);
      j.key("changes").begin_array();
      for (const Quantity& q : c.changes) write_quantity(j, q, lines);
      j.end_array();
      if (c.direction == Direction::kNone) {
        j.key("direction").null();
      } else {
        j.key("direction").string(to_string(c.direction));
      }
      j.key("direction_word").optional_string(c.direction_word);
      break;
    }
    case ClaimKind::kDate:
      j.key("date").string(c.date);
      j.key("weekday").optional_string(c.weekday);
      if (!c.date_end.empty()) j.key("date_end").string(c.date_end);
      if (c.fiscal) j.key("fiscal").boolean(true);
      break;
    case ClaimKind::kEnumeration:
      j.key("count").integer(c.count);
      j.key("items").strings(c.items);
      break;
    case ClaimKind::kRate:
      j.key("per").strings(c.per);
      break;
    case ClaimKind::kShare:
      j.key("whole").string(c.whole);
      break;
    default:
      break;
  }
  // Written only when set, so a claim without them reads as before.
  if (c.comparison) {
    j.key("comparison").boolean(true);
    j.key("compared_to").optional_string(c.compared_to);
  }
  if (c.forecast) j.key("forecast").boolean(true);
  if (!c.period.empty()) {
    j.key("period").string(c.period);
    j.key("period_kind").string(period_kind_name(c.period_kind));
  }
  if (c.prior) write_quantity(j.key("prior"), *c.prior, lines);
  if (c.lead != Lead::kNone) j.key("lead").string(to_string(c.lead));
  if (!c.counted.empty()) j.key("counted").string(c.counted);
  j.end_object();
}

void write_citation(Pretty& j, const Citation& k, const Claims& claims, const LineIndex& lines) {
  j.begin_object();
  j.key("id").string(k.id);
  j.key("source").string(k.source);
  j.key("date").optional_string(k.date);
  write_span(j.key("span"), k.span, lines);
  j.key("text").string(slice(claims.text, k.span));
  j.end_object();
}

void write_finding(Pretty& j, const DocumentResult& doc, std::size_t i,
                   const std::string& fingerprint, const BaselineComparison* comparison,
                   const LineIndex& lines) {
  const Finding& f = doc.findings[i];
  j.begin_object();
  j.key("id").string(f.id);
  j.key("check").string(f.check);
  j.key("severity").string(to_string(f.severity));
  j.key("claims").strings(f.claims);
  write_span(j.key("span"), f.span, lines);
  j.key("message").string(f.message);
  j.key("explanation").string(f.explanation);
  j.key("slip").optional_string(f.slip);
  j.key("fingerprint").string(fingerprint);
  if (silenced(doc, i)) j.key("suppressed").boolean(true);
  if (comparison && i < comparison->states.size() && comparison->states[i]) {
    j.key("baseline").string(to_string(*comparison->states[i]));
  }
  j.end_object();
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
  // `first`: no field written yet (a document's fields written a window at a time go on).
  explicit DocumentWriter(const JsonWriter::Sink& out, bool first = true)
      : out_(out), first_(first) {}

  void key(std::string_view name, const ordered_json& value) {
    field(name);
    out_(indented(value, "   "));
  }
  // An array of `n` items, each written by `write(pretty, i)` when its turn comes.
  template <typename Fn>
  void objects(std::string_view name, std::size_t n, Fn write) {
    field(name);
    if (n == 0) {
      out_("[]");
      return;
    }
    out_("[\n    ");
    std::string item;
    for (std::size_t i = 0; i < n; ++i) {
      if (i) out_(",\n    ");
      item.clear();
      Pretty pretty(item, 4);
      write(pretty, i);
      out_(item);
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
  bool first_;
};

void write_absent(DocumentWriter& d, const BaselineComparison& comparison) {
  d.objects("absent", comparison.absent.size(), [&](Pretty& j, std::size_t i) {
    const BaselineEntry& e = comparison.absent[i];
    j.begin_object();
    j.key("fingerprint").string(e.fingerprint);
    j.key("check").string(e.check);
    j.key("severity").string(to_string(e.severity));
    j.key("text").string(e.text);
    j.key("message").string(e.message);
    j.end_object();
  });
}

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
  d.objects("claims", claims.size(),
            [&](Pretty& j, std::size_t i) { write_claim(j, claims[i], doc.claims, *index); });
  d.objects("citations", citations.size(),
            [&](Pretty& j, std::size_t i) { write_citation(j, citations[i], doc.claims, *index); });
  // Each finding's fingerprint made as it is written (findings are written in order, once).
  Fingerprinter prints(doc);
  d.objects("findings", read ? doc.findings.size() : 0, [&](Pretty& j, std::size_t i) {
    write_finding(j, doc, i, prints.next(), comparison, *index);
  });
  if (comparison) write_absent(d, *comparison);
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
  tally_.add(doc);
  write_document(doc, comparison, out);
}

std::string JsonWriter::document(const DocumentResult& doc, const BaselineComparison* comparison) {
  std::string out;
  document(doc, comparison, [&out](std::string_view part) { out += part; });
  return out;
}

// A long document written a window at a time: its claims go out as they come, its citations and
// findings wait in spools for their place after the claims. The bytes are those document() gives
// for the windows joined.
struct JsonWriter::Parts {
  explicit Parts(std::string_view bytes) : lines(bytes) {}
  LineIndex lines;
  Fingerprinter prints;  // findings are fingerprinted in order across windows
  TextSpool citations;
  TextSpool findings;
  std::size_t claims_written = 0;
  std::size_t citations_written = 0;
  std::size_t findings_written = 0;
  std::string item;
};

JsonWriter::JsonWriter() = default;
JsonWriter::~JsonWriter() = default;

void JsonWriter::begin_parts(const DocumentResult& doc, const Sink& out) {
  out(first_ ? "\n  " : ",\n  ");
  first_ = false;
  ++tally_.documents;
  parts_ = std::make_unique<Parts>(doc.bytes ? std::string_view(*doc.bytes) : std::string_view());
  out("{\n   \"path\": " + indented(ordered_json(doc.path), "   ") +
      ",\n   \"error\": null,\n   \"claims\": ");
}

void JsonWriter::part(const DocumentResult& part, const Sink& out,
                      const BaselineComparison* comparison) {
  Parts& p = *parts_;
  tally_.counts += count(part);
  // One item of an array four spaces in: its separator, then its lines.
  auto item = [&p](std::size_t& written, auto write) -> const std::string& {
    p.item.assign(written++ == 0 ? "[\n    " : ",\n    ");
    Pretty pretty(p.item, 4);
    write(pretty);
    return p.item;
  };
  for (const Claim& c : part.claims.claims) {
    out(item(p.claims_written, [&](Pretty& j) { write_claim(j, c, part.claims, p.lines); }));
  }
  for (const Citation& k : part.claims.citations) {
    p.citations.append(
        item(p.citations_written, [&](Pretty& j) { write_citation(j, k, part.claims, p.lines); }));
  }
  for (std::size_t i = 0; i < part.findings.size(); ++i) {
    const std::string print = p.prints.next(part, part.findings[i]);
    p.findings.append(item(p.findings_written, [&](Pretty& j) {
      write_finding(j, part, i, print, comparison, p.lines);
    }));
  }
}

void JsonWriter::end_parts(const Sink& out, const BaselineComparison* absent) {
  Parts& p = *parts_;
  out(p.claims_written ? "\n   ]" : "[]");
  out(",\n   \"citations\": ");
  p.citations.copy_to(out);
  out(p.citations_written ? "\n   ]" : "[]");
  out(",\n   \"findings\": ");
  p.findings.copy_to(out);
  out(p.findings_written ? "\n   ]" : "[]");
  if (absent) {
    DocumentWriter d(out, false);
    write_absent(d, *absent);
  }
  out("\n  }");
  parts_.reset();
}

std::string JsonWriter::end() const {
  // The totals written as dump(1) lays them out, with no JSON text parsed back.
  std::string out = first_ ? "]" : "\n ]";
  out += ",\n \"totals\": ";
  Pretty totals(out, 1);
  totals.begin_object();
  for (const auto& [name, count] : totals_fields(tally_)) totals.key(name).unsigned_integer(count);
  totals.end_object();
  return out + "\n}\n";
}

std::string render_json(const std::vector<DocumentResult>& docs) {
  JsonWriter writer;
  std::string out = writer.begin();
  for (const DocumentResult& doc : docs) out += writer.document(doc);
  return out + writer.end();
}

}  // namespace factcheck
