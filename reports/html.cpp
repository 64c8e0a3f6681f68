// The HTML report an editor reads: one self-contained HTML5 file holding every document.
//
// Each document shows a summary (claims by verdict, errors and warnings first), the article as
// written with every claim highlighted by its verdict, each finding with its arithmetic, and the
// sources the article cites. A batch opens with every error and warning across its articles and
// an index sorted by severity. Nothing is loaded from anywhere (the one script is inline and the
// page works without it); every byte of article text is escaped; the output is deterministic
// (the run date shows only when the caller gives one).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <utility>

#include "reports/html_assets.h"
#include "reports/spool.h"
#include "reports/stream.h"

namespace factcheck {

namespace {

// The verdict of a claim: the most severe finding naming it, or unchecked when none does.
// Ordered like Severity, with unchecked below pass.
enum class Verdict {
  kUnchecked,  // no finding names the claim
  kPass,       // checked and consistent
  kNote,       // useful to the editor
  kWarning,    // a contradiction that needs judgement
  kError,      // no reading makes it true
};

Verdict verdict_of(Severity s) {
  switch (s) {
    case Severity::kPass:
      return Verdict::kPass;
    case Severity::kNote:
      return Verdict::kNote;
    case Severity::kWarning:
      return Verdict::kWarning;
    case Severity::kError:
      return Verdict::kError;
  }
  return Verdict::kNote;
}

std::string_view name(Verdict v) {
  switch (v) {
    case Verdict::kUnchecked:
      return "unchecked";
    case Verdict::kPass:
      return "pass";
    case Verdict::kNote:
      return "note";
    case Verdict::kWarning:
      return "warning";
    case Verdict::kError:
      return "error";
  }
  return "unchecked";
}

// Icons carry the verdict in grey print and for colour-blind readers. U+FE0E asks for the
// text (not emoji) form, so they keep the colour of the text around them.
std::string_view icon(Verdict v) {
  switch (v) {
    case Verdict::kUnchecked:
      return "\u00B7";
    case Verdict::kPass:
      return "\u2714\uFE0E";
    case Verdict::kNote:
      return "\u2139\uFE0E";
    case Verdict::kWarning:
      return "\u26A0\uFE0E";
    case Verdict::kError:
      return "\u2716\uFE0E";
  }
  return "\u00B7";
}

std::string_view plural(Verdict v) {
  switch (v) {
    case Verdict::kUnchecked:
      return "claims unchecked";
    case Verdict::kPass:
      return "passes";
    case Verdict::kNote:
      return "notes";
    case Verdict::kWarning:
      return "warnings";
    case Verdict::kError:
      return "errors";
  }
  return "unchecked";
}

constexpr Verdict kVerdictsBySeverity[] = {Verdict::kError, Verdict::kWarning, Verdict::kNote,
                                           Verdict::kPass, Verdict::kUnchecked};

// ---------------------------------------------------------------------------------------------
// Escaping. Every byte of text passes through here: &, <, >, " and ' become references, and
// bytes that are not valid UTF-8, or are control characters HTML forbids, become U+FFFD.

// Code points HTML forbids in text: C0 and C1 controls but tab and line breaks, and
// noncharacters.
bool forbidden(char32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r') return false;
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xFDD0 && cp <= 0xFDEF) ||
         (cp & 0xFFFE) == 0xFFFE;
}

// Bytes escape_to() copies as they are: printable ASCII but the five it escapes, tab and line
// breaks. Anything else stops a run and is looked at a code point at a time.
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x7F; ++c) plain[static_cast<std::size_t>(c)] = true;
  for (unsigned char c : std::string_view("&<>\"'")) plain[c] = false;
  plain['\t'] = plain['\n'] = plain['\r'] = true;
  return plain;
}();

void escape_to(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    // A run of plain bytes is appended at once.
    std::size_t run = i;
    while (run < s.size() && kPlain[static_cast<unsigned char>(s[run])]) ++run;
    out.append(s.substr(i, run - i));
    i = run;
    if (i >= s.size()) break;
    const auto [cp, n] = decode_utf8(s, i);
    if (n == 0 || forbidden(cp)) {
      out += "\uFFFD";
      i += n == 0 ? 1 : n;
      continue;
    }
    switch (cp) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.append(s.substr(i, n));
    }
    i += n;
  }
}

std::string esc(std::string_view s) {
  std::string out;
  escape_to(out, s);
  return out;
}

bool is_continuation(std::string_view s, std::size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

// Moves a byte offset back to the first byte of the character it falls in (at most 3 bytes).
std::size_t char_floor(std::string_view s, std::size_t i) {
  for (int k = 0; k < 3 && i > 0 && is_continuation(s, i); ++k) --i;
  return i;
}

// Moves a byte offset forward past the character it falls in (at most 3 bytes).
std::size_t char_ceil(std::string_view s, std::size_t i) {
  for (int k = 0; k < 3 && is_continuation(s, i); ++k) ++i;
  return i;
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) n += !is_continuation(s, i);
  return n;
}

// At most `limit` code points of s, with an ellipsis when cut: for link labels.
std::string shorten(std::string_view s, std::size_t limit) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_continuation(s, i)) continue;
    if (count++ == limit) return std::string(s.substr(0, i)) + "\u2026";
  }
  return std::string(s);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// A number for a label: "45.2", "-3", with a typographic minus.
std::string signed_percent(double v) {
  std::string s = fmt::format("{:.1f}", std::abs(v));
  if (s.size() > 2 && s.substr(s.size() - 2) == ".0") s.resize(s.size() - 2);
  if (s == "0") return "0%";
  return (v < 0 ? "\u2212" : "+") + s + "%";
}

// ---------------------------------------------------------------------------------------------
// One document's view: verdicts per claim, findings per claim, anchors already placed.

struct Mark {
  enum class Type : std::uint8_t { kClaim, kCitation, kFinding };  // what the bytes are
  ByteSpan span;  // on character boundaries, trailing white space trimmed
  // Into claims, citations or findings; with the type in one word, as a text with a claim every
  // few bytes has a mark for each.
  std::size_t index : 56 = 0;
  Type type : 8 = Type::kClaim;
};
static_assert(sizeof(Mark) == 24);

// A list of indices for each of n items, held in two vectors: a vector for each claim would cost
// its 24 bytes and an allocation, which a line of a million figures pays for a million times.
class IndexLists {
 public:
  std::span<const std::size_t> operator[](std::size_t i) const {
    return {items_.data() + starts_[i], starts_[i + 1] - starts_[i]};
  }
  std::span<std::size_t> operator[](std::size_t i) {
    return {items_.data() + starts_[i], starts_[i + 1] - starts_[i]};
  }
  std::size_t size() const { return starts_.size() - 1; }
  // Built list by list, in order: open(), then add() for each index of that list.
  void open() { starts_.push_back(items_.size()); }
  void add(std::size_t index) {
    items_.push_back(index);
    ++starts_.back();
  }
  // The lists of the other direction: item k lists every i whose list holds k, in order of i.
  IndexLists inverse(std::size_t n) const {
    IndexLists out;
    out.starts_.assign(n + 1, 0);
    for (std::size_t k : items_) ++out.starts_[k + 1];
    for (std::size_t k = 0; k < n; ++k) out.starts_[k + 1] += out.starts_[k];
    out.items_.resize(items_.size());
    std::vector<std::size_t> next(out.starts_.begin(), out.starts_.end() - 1);
    for (std::size_t i = 0; i + 1 < starts_.size(); ++i) {
      for (std::size_t k : (*this)[i]) out.items_[next[k]++] = i;
    }
    return out;
  }

 private:
  std::vector<std::size_t> starts_{0};  // list i is items_[starts_[i], starts_[i + 1])
  std::vector<std::size_t> items_;
};

// Where a window of a long document starts in the whole one's numbering: its claims, findings
// and citations are counted on from these, so their ids are those of the windows joined.
struct Bases {
  std::size_t claims = 0;
  std::size_t findings = 0;
  std::size_t citations = 0;
};

class DocumentView {
 public:
  DocumentView(const DocumentResult& doc, std::size_t number, Bases bases = {});

  const DocumentResult& doc;
  std::string_view text;
  std::string prefix;  // "d1-": every id of this document starts with it
  Bases bases;
  std::vector<Verdict> claim_verdict;
  IndexLists claim_findings;  // most severe first
  IndexLists finding_claims;  // claims found by id
  std::vector<Mark> marks;    // by begin, outer first
  std::vector<bool> claim_anchored, citation_anchored, finding_anchored;

  std::string claim_id(std::size_t i) const {
    return prefix + "c" + std::to_string(bases.claims + i + 1);
  }
  std::string finding_id(std::size_t j) const {
    return prefix + "f" + std::to_string(bases.findings + j + 1);
  }
  std::string summary_id(std::size_t j) const {
    return prefix + "s" + std::to_string(bases.findings + j + 1);
  }
  std::string text_id(std::size_t j) const {
    return prefix + "t" + std::to_string(bases.findings + j + 1);
  }
  std::string citation_id(std::size_t k) const {
    return prefix + "k" + std::to_string(bases.citations + k + 1);
  }
  // The finding's name as shown: its id, or its position when it has none.
  std::string finding_label(std::size_t j) const {
    const std::string& id = doc.findings[j].id;
    return id.empty() ? "f" + std::to_string(bases.findings + j + 1) : id;
  }
  std::string_view claim_text(std::size_t i) const {
    ByteSpan s = clamp(doc.claims.claims[i].span);
    return text.substr(s.begin, s.size());
  }
  // Where the text shows a finding: its first claim placed in the text, or its own span.
  std::optional<std::string> place_of(std::size_t j) const {
    for (std::size_t c : finding_claims[j]) {
      if (claim_anchored[c]) return claim_id(c);
    }
    if (finding_anchored[j]) return text_id(j);
    return std::nullopt;
  }
  ByteSpan clamp(ByteSpan s) const {
    s.end = std::min(s.end, text.size());
    s.begin = std::min(s.begin, s.end);
    return {char_floor(text, s.begin), char_ceil(text, s.end)};
  }
};

DocumentView::DocumentView(const DocumentResult& d, std::size_t number, Bases b)
    : doc(d), prefix("d" + std::to_string(number) + "-"), bases(b) {
  if (doc.bytes) {
    text = *doc.bytes;
  } else {
    text = doc.claims.text;
  }
  const std::vector<Claim>& claims = doc.claims.claims;
  const std::vector<Finding>& findings = doc.findings;
  // Claims numbered c1, c2, ... in order, as the extractor numbers them, are found by their
  // number; other ids (claims made by hand) through a map, the first claim of an id winning.
  bool numbered = true;
  for (std::size_t i = 0; i < claims.size() && numbered; ++i) {
    numbered = claim_number(claims[i].id) == bases.claims + i + 1;
  }
  std::map<std::string_view, std::size_t> by_id;
  if (!numbered) {
    for (std::size_t i = 0; i < claims.size(); ++i) by_id.emplace(claims[i].id, i);
  }
  auto find = [&](std::string_view id) -> std::optional<std::size_t> {
    if (numbered) {
      const std::size_t n = claim_number(id);
      if (n <= bases.claims || n > bases.claims + claims.size()) return std::nullopt;
      return n - bases.claims - 1;
    }
    auto it = by_id.find(id);
    if (it == by_id.end()) return std::nullopt;
    return it->second;
  };

  claim_verdict.assign(claims.size(), Verdict::kUnchecked);
  for (std::size_t j = 0; j < findings.size(); ++j) {
    finding_claims.open();
    for (const std::string& id : findings[j].claims) {
      const std::optional<std::size_t> c = find(id);
      if (!c) continue;
      finding_claims.add(*c);
      claim_verdict[*c] = std::max(claim_verdict[*c], verdict_of(findings[j].severity));
    }
  }
  claim_findings = finding_claims.inverse(claims.size());
  for (std::size_t c = 0; c < claims.size(); ++c) {
    std::span<std::size_t> list = claim_findings[c];
    std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
      return findings[a].severity > findings[b].severity;
    });
  }

  auto add = [&](Mark::Type type, std::size_t index, ByteSpan span) {
    span = clamp(span);
    while (span.end > span.begin && is_space(text[span.end - 1])) --span.end;
    if (!span.empty()) marks.push_back({span, index, type});
  };
  // At most a mark for each claim, citation and finding: reserved once, as a vector that doubled
  // would hold both copies at its largest.
  marks.reserve(claims.size() + doc.claims.citations.size() + findings.size());
  for (std::size_t i = 0; i < claims.size(); ++i) add(Mark::Type::kClaim, i, claims[i].span);
  for (std::size_t k = 0; k < doc.claims.citations.size(); ++k) {
    add(Mark::Type::kCitation, k, doc.claims.citations[k].span);
  }
  for (std::size_t j = 0; j < findings.size(); ++j) {
    if (finding_claims[j].empty()) add(Mark::Type::kFinding, j, findings[j].span);
  }
  // Claims come in text order and are most of the marks: often there is nothing to sort, and
  // a stable sort would still take a buffer of half the marks.
  const auto by_place = [](const Mark& a, const Mark& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  };
  if (!std::is_sorted(marks.begin(), marks.end(), by_place)) {
    std::stable_sort(marks.begin(), marks.end(), by_place);
  }
  claim_anchored.assign(claims.size(), false);
  citation_anchored.assign(doc.claims.citations.size(), false);
  finding_anchored.assign(findings.size(), false);
}

// ---------------------------------------------------------------------------------------------
// The article: text ranges with their marks, nested properly even where claims overlap.

// Hands on what a document's markup holds so far once it is large, so that a section is never
// held whole: called between pieces of text, lines, cards and rows.
using Spill = std::function<void(std::string& out)>;
constexpr std::size_t kPiece = 1 << 16;  // bytes held before they are handed on

class ArticleWriter {
 public:
  // A dry writer writes nothing and only places the anchors, so the cards written before the
  // article know which of its ids will exist.
  ArticleWriter(DocumentView& view, std::string& out, const Spill& spill, bool dry)
      : view_(view), out_(out), spill_(spill), dry_(dry) {}

  // Writes bytes [begin, end) with every mark that covers part of them. Ranges come in text
  // order. A mark that crosses another's end is closed and reopened around it, so the tags nest;
  // its id goes on its first piece and its marker after its last.
  void range(std::size_t begin, std::size_t end);

 private:
  // range() for a piece of a range: the lists it sweeps hold the marks of the piece.
  void piece(std::size_t begin, std::size_t end);
  void open(std::size_t m, std::string& out);
  void close(std::size_t m, std::size_t at, std::string& out);
  void marker(const Mark& mark, std::string& out);

  DocumentView& view_;
  std::string& out_;
  const Spill& spill_;  // between pieces: a line may be the whole article
  bool dry_;
  std::size_t next_ = 0;            // first mark not yet seen
  std::vector<std::size_t> carry_;  // marks seen that may reach into later ranges
  std::vector<std::size_t> stack_;  // marks open now, outermost first
  static constexpr std::size_t kNotOpen = static_cast<std::size_t>(-1);
  std::vector<std::size_t> slot_;  // each mark's place in stack_, or kNotOpen
};

void ArticleWriter::open(std::size_t m, std::string& out) {
  const Mark& mark = view_.marks[m];
  const std::vector<Finding>& findings = view_.doc.findings;
  std::string id;
  switch (mark.type) {
    case Mark::Type::kClaim: {
      const Claim& claim = view_.doc.claims.claims[mark.index];
      const Verdict v = view_.claim_verdict[mark.index];
      if (!view_.claim_anchored[mark.index]) {
        view_.claim_anchored[mark.index] = true;
        id = " id=\"" + view_.claim_id(mark.index) + "\"";
      }
      if (dry_) return;
      std::string title = std::string(name(v)) + ": " + std::string(to_string(claim.kind));
      if (!view_.claim_findings[mark.index].empty()) {
        title += " \u2014 " + findings[view_.claim_findings[mark.index].front()].message;
      }
      out +=
          "<mark class=\"v-" + std::string(name(v)) + "\"" + id + " title=\"" + esc(title) + "\">";
      break;
    }
    case Mark::Type::kCitation:
      if (!view_.citation_anchored[mark.index]) {
        view_.citation_anchored[mark.index] = true;
        id = " id=\"" + view_.citation_id(mark.index) + "\"";
      }
      if (dry_) return;
      out += "<span class=\"cite\"" + id + ">";
      break;
    case Mark::Type::kFinding: {
      const Finding& f = findings[mark.index];
      const Verdict v = verdict_of(f.severity);
      if (!view_.finding_anchored[mark.index]) {
        view_.finding_anchored[mark.index] = true;
        id = " id=\"" + view_.text_id(mark.index) + "\"";
      }
      if (dry_) return;
      out += "<mark class=\"v-" + std::string(name(v)) + "\"" + id + " title=\"" +
             esc(std::string(name(v)) + ": " + f.message) + "\">";
      break;
    }
  }
}

void ArticleWriter::marker(const Mark& mark, std::string& out) {
  auto link = [&](std::size_t j) {
    const Finding& f = view_.doc.findings[j];
    const Verdict v = verdict_of(f.severity);
    const std::string label = esc(view_.finding_label(j));
    // The icon is for the eye; a screen reader hears the verdict's name before the label.
    out += "<a class=\"v-" + std::string(name(v)) + "\" href=\"#" + view_.finding_id(j) +
           "\" title=\"" + std::string(name(v)) + ": " + esc(f.message) +
           "\"><span aria-hidden=\"true\">" + std::string(icon(v)) + "</span><span class=\"vh\">" +
           std::string(name(v)) + " </span>" + label + "</a>";
  };
  if (mark.type == Mark::Type::kCitation) return;
  out += "<sup class=\"ref\">";
  if (mark.type == Mark::Type::kFinding) {
    link(mark.index);
  } else if (view_.claim_findings[mark.index].empty()) {
    out += "<span class=\"v-unchecked\" title=\"unchecked: no check judged this figure\">" +
           std::string(icon(Verdict::kUnchecked)) + "</span>";
  } else {
    bool first = true;
    for (std::size_t j : view_.claim_findings[mark.index]) {
      if (!first) out += " ";
      first = false;
      link(j);
    }
  }
  out += "</sup>";
}

void ArticleWriter::close(std::size_t m, std::size_t at, std::string& out) {
  if (dry_) return;
  const Mark& mark = view_.marks[m];
  out += mark.type == Mark::Type::kCitation ? "</span>" : "</mark>";
  if (mark.span.end == at) marker(mark, out);
}

void ArticleWriter::range(std::size_t begin, std::size_t end) {
  // A long range (one line of a hundred thousand figures) goes in pieces of a few thousand
  // marks, cut where a mark starts and none crosses: every mark open there ends there, so the
  // tags written are the same as in one sweep, and the sweep's lists never hold a whole line.
  constexpr std::size_t kMarksPerPiece = 4096;
  const std::vector<Mark>& marks = view_.marks;
  std::size_t reach = begin;  // the furthest end of the marks before the one looked at
  for (std::size_t m : carry_) reach = std::max<std::size_t>(reach, marks[m].span.end);
  std::size_t counted = 0;
  for (std::size_t k = next_; k < marks.size() && marks[k].span.begin < end; ++k) {
    const std::size_t at = marks[k].span.begin;
    if (counted >= kMarksPerPiece && at > begin && at >= reach) {
      piece(begin, at);
      begin = at;
      counted = 0;
    }
    reach = std::max<std::size_t>(reach, marks[k].span.end);
    ++counted;
  }
  piece(begin, end);
}

void ArticleWriter::piece(std::size_t begin, std::size_t end) {
  const std::vector<Mark>& marks = view_.marks;
  // Marks that ended before this range can no longer be written.
  std::erase_if(carry_, [&](std::size_t m) { return marks[m].span.end <= begin; });
  while (next_ < marks.size() && marks[next_].span.begin < end) {
    if (marks[next_].span.end > begin) carry_.push_back(next_);
    ++next_;
  }
  // One sweep over the breakpoints with the marks' starts and ends as sorted events, so the
  // work is in proportion to the marks and the tags written, never marks times breakpoints.
  // carry_ is in the order of the marks, by begin: the marks open at `begin` come first.
  std::vector<std::pair<std::size_t, std::size_t>> ends;  // (end, mark) of ends inside
  std::vector<std::size_t> points = {begin, end};
  for (std::size_t m : carry_) {
    if (marks[m].span.begin > begin) points.push_back(marks[m].span.begin);
    if (marks[m].span.end < end) {
      points.push_back(marks[m].span.end);
      ends.emplace_back(marks[m].span.end, m);
    }
  }
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());
  std::sort(ends.begin(), ends.end());
  slot_.resize(marks.size(), kNotOpen);

  std::size_t next_start = 0;  // into carry_
  std::size_t next_end = 0;    // into ends
  std::vector<std::size_t> reopen;
  for (std::size_t i = 0; i + 1 < points.size(); ++i) {
    const std::size_t p = points[i];
    // The open marks that end here: close from the lowest of them, and reopen the ones above
    // it that go on.
    std::size_t keep = stack_.size();
    for (; next_end < ends.size() && ends[next_end].first <= p; ++next_end) {
      keep = std::min(keep, slot_[ends[next_end].second]);
    }
    reopen.clear();
    while (stack_.size() > keep) {
      const std::size_t m = stack_.back();
      stack_.pop_back();
      slot_[m] = kNotOpen;
      close(m, p, out_);
      if (marks[m].span.end > p) reopen.push_back(m);
    }
    // Marks that start here (at the range's start: every mark that covers it).
    for (; next_start < carry_.size() && marks[carry_[next_start]].span.begin <= p; ++next_start) {
      reopen.push_back(carry_[next_start]);
    }
    // Longer marks outside, so the fewest pieces are needed.
    std::sort(reopen.begin(), reopen.end(), [&](std::size_t a, std::size_t b) {
      if (marks[a].span.end != marks[b].span.end) return marks[a].span.end > marks[b].span.end;
      return a < b;
    });
    for (std::size_t m : reopen) {
      open(m, out_);
      slot_[m] = stack_.size();
      stack_.push_back(m);
    }
    if (!dry_) escape_to(out_, view_.text.substr(p, points[i + 1] - p));
    if (out_.size() >= kPiece) spill_(out_);
  }
  while (!stack_.empty()) {
    const std::size_t m = stack_.back();
    stack_.pop_back();
    slot_[m] = kNotOpen;
    close(m, end, out_);
  }
}

// ---------------------------------------------------------------------------------------------
// Blocks: the article's lines as headings, paragraphs, lists and tables.

struct Line {
  std::size_t begin = 0;  // first byte after leading white space
  std::size_t end = 0;    // before trailing white space and the line break
};

std::string_view slice(std::string_view text, const Line& line) {
  return text.substr(line.begin, line.end - line.begin);
}

bool is_table_line(std::string_view s) { return !s.empty() && s.front() == '|'; }

// "- item", "* item", "• item": the bytes of the marker and its space, or 0.
std::size_t bullet_length(std::string_view s) {
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') return 2;
  if (s.substr(0, 4) == "\u2022 ") return 4;
  return 0;
}

// "# Title": the bytes of the hashes and the space, or 0.
std::size_t hash_heading_length(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && n < 6 && s[n] == '#') ++n;
  return n > 0 && n < s.size() && s[n] == ' ' ? n + 1 : 0;
}

// A headline: a short line that does not end a sentence, followed by more text.
bool is_headline(std::string_view s, bool last) {
  if (last || s.empty() || code_points(s) > 110) return false;
  if (std::count(s.begin(), s.end(), ' ') > 15) return false;
  const char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',') return false;
  // A closing quote or bracket ends a sentence too: "... (Source, 2026)".
  if (c == ')' || c == '"' || s.ends_with("\u201D")) return false;
  return true;
}

// The cells of a table line "| a | b |", trimmed, as byte ranges.
std::vector<Line> cells(std::string_view text, const Line& line) {
  std::vector<Line> out;
  std::size_t start = line.begin + 1;
  for (std::size_t i = start; i <= line.end; ++i) {
    if (i == line.end || text[i] == '|') {
      if (i == line.end && i == start) break;  // the closing pipe
      Line cell{start, i};
      while (cell.begin < cell.end && is_space(text[cell.begin])) ++cell.begin;
      while (cell.end > cell.begin && is_space(text[cell.end - 1])) --cell.end;
      out.push_back(cell);
      start = i + 1;
    }
  }
  return out;
}

// "|---|:---:|": the line under a table's header.
bool is_separator(std::string_view text, const Line& line) {
  for (std::size_t i = line.begin; i < line.end; ++i) {
    const char c = text[i];
    if (c != '|' && c != '-' && c != ':' && !is_space(c)) return false;
  }
  return true;
}

// The article's blocks as a flow of markup and text ranges, made a line at a time from the text
// alone, so that a long document's article can be written a window at a time: each range with
// the marks of its window, a range that crosses a window's end cut there (no mark crosses it, so
// the bytes are those of one range).
class ArticleFlow {
 public:
  explicit ArticleFlow(std::string_view text) : text_(text) {
    pos_ = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    line_ = take();
  }
  // Writes the article on to `limit`, holding back a range that goes past it (and what follows)
  // for the next call; to the end with the default.
  void write(ArticleWriter& writer, std::string& out, const Spill& spill,
             std::size_t limit = static_cast<std::size_t>(-1)) {
    for (;;) {
      if (at_ == ops_.size()) {
        ops_.clear();
        at_ = 0;
        if (done_) return;
        spill(out);
        step();
        continue;
      }
      Op& op = ops_[at_];
      if (op.range) {
        if (op.begin >= limit) return;
        if (op.end > limit) {
          writer.range(op.begin, limit);
          op.begin = limit;
          return;
        }
        writer.range(op.begin, op.end);
      } else {
        out += op.markup;
      }
      ++at_;
    }
  }

 private:
  struct Op {
    bool range = false;
    std::string_view markup;
    std::size_t begin = 0, end = 0;
  };
  void markup(std::string_view s) { ops_.push_back({false, s, 0, 0}); }
  void range(std::size_t begin, std::size_t end) { ops_.push_back({true, {}, begin, end}); }
  // The line that starts at pos_ (trimmed), moving pos_ past it; pos_ is past the text's end
  // after the last line.
  Line take() {
    if (pos_ > text_.size()) {
      more_ = false;
      return {};
    }
    std::size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) end = text_.size();
    Line line{pos_, end};
    while (line.begin < line.end && is_space(text_[line.begin])) ++line.begin;
    while (line.end > line.begin && is_space(text_[line.end - 1])) --line.end;
    pos_ = end + 1;
    return line;
  }
  // The line after the current one, if any.
  std::optional<Line> peek() const {
    if (pos_ > text_.size()) return std::nullopt;
    std::size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) end = text_.size();
    Line line{pos_, end};
    while (line.begin < line.end && is_space(text_[line.begin])) ++line.begin;
    while (line.end > line.begin && is_space(text_[line.end - 1])) --line.end;
    return line;
  }
  void next() { line_ = take(); }
  // Queues the markup and ranges of the current line, or closes the block it ends.
  void step();

  enum class Block { kNone, kTable, kList };
  std::string_view text_;
  std::size_t pos_ = 0;
  Line line_;
  bool more_ = true;  // line_ is a line of the text
  bool started_ = false;
  bool done_ = false;
  Block block_ = Block::kNone;
  bool head_ = false;       // in a table: the next row is its header
  bool body_open_ = false;  // in a table: <tbody> was written
  std::vector<Op> ops_;
  std::size_t at_ = 0;  // the next op of ops_ to write
};

void ArticleFlow::step() {
  if (!started_) {
    started_ = true;
    markup("<article class=\"text\">\n");
    return;
  }
  const std::string_view s = more_ ? slice(text_, line_) : std::string_view();
  if (block_ == Block::kTable) {
    if (more_ && is_table_line(s)) {
      if (!is_separator(text_, line_)) {
        if (head_) markup("<thead>");
        if (!head_ && !body_open_) {
          markup("<tbody>");
          body_open_ = true;
        }
        markup("<tr>");
        for (const Line& cell : cells(text_, line_)) {
          markup(head_ ? "<th scope=\"col\">" : "<td>");
          range(cell.begin, cell.end);
          markup(head_ ? "</th>" : "</td>");
        }
        markup("</tr>");
        if (head_) markup("</thead>");
        markup("\n");
        head_ = false;
      }
      next();
      return;
    }
    if (body_open_) markup("</tbody>");
    markup("</table></div>\n");
    block_ = Block::kNone;
    return;
  }
  if (block_ == Block::kList) {
    if (more_ && bullet_length(s) > 0) {
      markup("<li>");
      range(line_.begin + bullet_length(s), line_.end);
      markup("</li>\n");
      next();
      return;
    }
    markup("</ul>\n");
    block_ = Block::kNone;
    return;
  }
  if (!more_) {
    markup("</article>\n");
    done_ = true;
    return;
  }
  if (s.empty()) {
    next();
    return;
  }
  const std::optional<Line> after = peek();
  if (is_table_line(s)) {
    markup("<div class=\"scroll\"><table class=\"md\">\n");
    head_ = after && is_table_line(slice(text_, *after)) && is_separator(text_, *after);
    body_open_ = false;
    block_ = Block::kTable;
    return;
  }
  if (bullet_length(s) > 0) {
    markup("<ul>\n");
    block_ = Block::kList;
    return;
  }
  const bool last = !after || slice(text_, *after).empty();
  std::size_t begin = line_.begin;
  const bool heading = hash_heading_length(s) > 0 || is_headline(s, last);
  begin += hash_heading_length(s);
  markup(heading ? "<h4>" : "<p>");
  range(begin, line_.end);
  markup(heading ? "</h4>\n" : "</p>\n");
  next();
}

void write_article(DocumentView& view, std::string& out, const Spill& spill, bool dry) {
  ArticleWriter writer(view, out, spill, dry);
  ArticleFlow(view.text).write(writer, out, spill);
}

// ---------------------------------------------------------------------------------------------
// Findings, the change picture, sources.

// A change as a label: "+25%", "−99 million" (in the scale of the values), typographic minus.
struct ChangeScale {
  bool percent = true;  // else an amount in the values' unit
  double scale = 1;     // the values' scale word: 1e6 for "million"
};

std::string change_label(double v, const ChangeScale& unit) {
  if (unit.percent) return signed_percent(v);
  std::string_view word = unit.scale == 1e3    ? " thousand"
                          : unit.scale == 1e6  ? " million"
                          : unit.scale == 1e9  ? " billion"
                          : unit.scale == 1e12 ? " trillion"
                                               : "";
  std::string s = fmt::format("{:.1f}", std::abs(v) / (word.empty() ? 1 : unit.scale));
  if (s.ends_with(".0")) s.resize(s.size() - 2);
  if (s == "0") return "0";
  return (v < 0 ? "\u2212" : "+") + s + std::string(word);
}

// A change statement with both values: old against new, and the stated against the computed
// change, each with the band its rounding (and hedge) allows, around a zero line. A percent
// change is drawn in percent; a difference stated in the values' unit in that unit. Returns
// empty when the claim has nothing to draw.
std::string change_svg(const Claim& claim, Verdict verdict) {
  if (!claim.old_value || !claim.new_value) return {};
  const Quantity& old_q = *claim.old_value;
  const Quantity& new_q = *claim.new_value;
  ChangeScale unit;
  const Quantity* stated_q = nullptr;
  for (const Quantity& q : claim.changes) {
    if (q.unit == "%") {
      stated_q = &q;
      break;
    }
  }
  if (stated_q == nullptr) {
    for (const Quantity& q : claim.changes) {
      if (!q.unit.empty() && q.unit == new_q.unit && q.unit == old_q.unit) {
        stated_q = &q;
        unit = {false, std::max({old_q.scale, new_q.scale, 1.0})};
        break;
      }
    }
  }
  // (value, low, high): the point and the band rounding allows.
  struct Band {
    double value, low, high;
  };
  std::optional<Band> computed;
  if (!unit.percent) {
    computed = Band{new_q.value - old_q.value, new_q.low - old_q.high, new_q.high - old_q.low};
  } else if (old_q.value != 0) {
    const double base = std::abs(old_q.value);
    Band b{(new_q.value - old_q.value) / base * 100, 0, 0};
    b.low = b.high = b.value;
    if (old_q.low > 0) {  // the band of a base that cannot reach zero
      b.low = (new_q.low - old_q.high) / old_q.high * 100;
      b.high = (new_q.high - old_q.low) / old_q.low * 100;
    }
    computed = b;
  }
  std::optional<Band> stated;
  if (stated_q != nullptr) {
    const bool down = claim.direction == Direction::kDecrease;
    const double v = std::abs(stated_q->value);
    double low = std::abs(stated_q->low), high = std::abs(stated_q->high);
    if (!std::isfinite(low)) low = 0;
    if (!std::isfinite(high)) high = std::max(v, low) * 1.5;  // "more than": drawn a half past
    if (low > high) std::swap(low, high);
    stated = down ? Band{-v, -high, -low} : Band{v, low, high};
  }
  const char* color = "#475467";
  switch (verdict) {
    case Verdict::kError:
      color = "#b42318";
      break;
    case Verdict::kWarning:
      color = "#b54708";
      break;
    case Verdict::kNote:
      color = "#175cd3";
      break;
    case Verdict::kPass:
      color = "#067647";
      break;
    case Verdict::kUnchecked:
      break;
  }

  constexpr double kLabel = 136, kWidth = 220, kRow = 22;
  const int rows = 2 + (stated ? 1 : 0) + (computed ? 1 : 0);
  const double height = rows * kRow + 8;
  auto band_text = [&](const Band& b) {
    if (change_label(b.low, unit) == change_label(b.high, unit)) return std::string();
    return " (" + change_label(b.low, unit) + " to " + change_label(b.high, unit) + ")";
  };
  std::string label = "old " + shorten(old_q.text, 24) + ", new " + shorten(new_q.text, 24);
  if (stated) label += "; stated change " + change_label(stated->value, unit) + band_text(*stated);
  if (computed) {
    label += "; computed change " + change_label(computed->value, unit) + band_text(*computed);
  }

  std::string svg = fmt::format(
      "<svg class=\"change\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" role=\"img\" aria-label=\"{2}\"><title>{2}</title>",
      kLabel + kWidth + 4, height, esc(label));
  double y = 4;
  auto text = [&](double ty, std::string_view s) {
    svg += fmt::format(
        "<text x=\"0\" y=\"{:.1f}\" font-size=\"12\" fill=\"#344054\" "
        "font-family=\"sans-serif\">{}</text>",
        ty, esc(s));
  };
  // Values: bars from the left, scaled to the larger magnitude.
  const double top = std::max(std::abs(old_q.value), std::abs(new_q.value));
  const std::pair<const Quantity*, const char*> values[] = {{&old_q, "#98a2b3"},
                                                            {&new_q, "#475467"}};
  for (const auto& [q, fill] : values) {
    const double w = top > 0 ? std::abs(q->value) / top * kWidth : 0;
    text(y + 12, std::string(q == &old_q ? "old " : "new ") + shorten(q->text, 16));
    svg += fmt::format(
        "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"13\" rx=\"2\" fill=\"{}\"/>",
        kLabel, y + 2, std::max(w, 1.0), fill);
    y += kRow;
  }
  // Changes: bars from the zero line, left for a fall, right for a rise, each over its band.
  double span = 0;
  for (const std::optional<Band>& b : {stated, computed}) {
    if (b) span = std::max({span, std::abs(b->value), std::abs(b->low), std::abs(b->high)});
  }
  if (!std::isfinite(span) || span <= 0) span = 1;
  const double centre = kLabel + kWidth / 2;
  const double half = kWidth / 2 - 2;
  const double change_top = y;
  auto change_bar = [&](std::string_view what, const Band& b, const char* fill) {
    const double w = std::min(std::abs(b.value) / span * half, half);
    text(y + 12, std::string(what) + " " + change_label(b.value, unit));
    const double from = std::clamp(b.low / span * half, -half, half);
    const double to = std::clamp(b.high / span * half, -half, half);
    if (to - from > 0.5) {
      svg += fmt::format(
          "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"17\" fill=\"{}\" "
          "fill-opacity=\"0.2\" stroke=\"{}\" stroke-dasharray=\"2 2\"/>",
          centre + from, y, to - from, fill, fill);
    }
    svg += fmt::format(
        "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"13\" rx=\"2\" fill=\"{}\"/>",
        b.value < 0 ? centre - w : centre, y + 2, std::max(w, 1.0), fill);
    y += kRow;
  };
  if (stated) change_bar("stated", *stated, color);
  if (computed) change_bar("computed", *computed, "#667085");
  if (stated || computed) {
    svg += fmt::format(
        "<line x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\" stroke=\"#344054\" "
        "stroke-width=\"1\"/>",
        centre, change_top, y);
  }
  svg += "</svg>";
  return svg;
}

std::string location(const DocumentView& view, const LineIndex& lines, const ByteSpan& span) {
  if (view.text.empty()) return {};
  const LineIndex::Position p = lines.position(std::min(span.begin, view.text.size()));
  return fmt::format("line {}, column {}", p.line, p.column);
}

void write_badge(std::string& out, Verdict v) {
  out += "<span class=\"badge v-" + std::string(name(v)) + "\">" + std::string(icon(v)) + " " +
         std::string(name(v)) + "</span>";
}

// A link to a claim in the text, labelled with its verdict and words.
void write_claim_chip(std::string& out, const DocumentView& view, std::size_t i) {
  const Verdict v = view.claim_verdict[i];
  const std::string words = esc(shorten(view.claim_text(i), 48));
  if (view.claim_anchored[i]) {
    out += "<a class=\"chip v-" + std::string(name(v)) + "\" href=\"#" + view.claim_id(i) +
           "\" title=\"" + std::string(name(v)) + "\">" + std::string(icon(v)) + " " + words +
           "</a>";
  } else {
    out += "<span class=\"chip v-" + std::string(name(v)) + "\">" + std::string(icon(v)) + " " +
           words + "</span>";
  }
}

// The finding that shows a change claim's picture: the most severe naming it, and among those
// the one whose check computes the change, so the picture sits beside the arithmetic.
std::optional<std::size_t> picture_finding(const DocumentView& view, std::size_t c) {
  std::optional<std::size_t> best;
  auto rank = [&](std::size_t j) {
    const Finding& f = view.doc.findings[j];
    const bool computes =
        f.check == "percent-change" || f.check == "difference" || f.check == "multiple";
    return std::make_pair(static_cast<int>(f.severity), computes ? 1 : 0);
  };
  for (std::size_t j : view.claim_findings[c]) {
    if (!best || rank(j) > rank(*best)) best = j;
  }
  return best;
}

// The check with this id, or null for a finding of a check this build does not have.
const Check* check_named(std::string_view id) {
  for (const auto& c : registry()) {
    if (c->id() == id) return c.get();
  }
  return nullptr;
}

// The sentence a span sits in, as byte offsets into the text: the segmenter's sentence holding
// its start, or the span itself when none does.
ByteSpan sentence_of(const DocumentView& view, ByteSpan span) {
  const std::vector<Sentence>& sentences = view.doc.claims.sentences;
  auto it = std::upper_bound(sentences.begin(), sentences.end(), span.begin,
                             [](std::size_t at, const Sentence& s) { return at < s.span.begin; });
  if (it != sentences.begin() && std::prev(it)->span.contains({span.begin, span.begin})) {
    ByteSpan s = std::prev(it)->span;
    s.end = std::max(s.end, std::min(span.end, s.begin + 2000));
    return view.clamp(s);
  }
  return view.clamp(span);
}

// The sentence a finding judges, quoted with its statement marked; at most about 320 bytes on
// either side of the statement, cut on character boundaries with an ellipsis.
void write_quote(std::string& out, const DocumentView& view, ByteSpan span) {
  span = view.clamp(span);
  const ByteSpan s = sentence_of(view, span);
  if (s.empty()) return;
  constexpr std::size_t kAround = 320;
  const std::size_t mark_begin = std::clamp(span.begin, s.begin, s.end);
  const std::size_t mark_end = std::clamp(span.end, mark_begin, s.end);
  std::size_t begin = s.begin, end = s.end;
  if (mark_begin - begin > kAround) begin = char_floor(view.text, mark_begin - kAround);
  if (end - mark_end > kAround) end = char_ceil(view.text, mark_end + kAround);
  while (begin < mark_begin && is_space(view.text[begin])) ++begin;
  out += "<blockquote class=\"quote\"><p>";
  if (begin > s.begin) out += "\u2026";
  escape_to(out, view.text.substr(begin, mark_begin - begin));
  if (mark_end > mark_begin) {
    out += "<mark class=\"fig\">";
    escape_to(out, view.text.substr(mark_begin, mark_end - mark_begin));
    out += "</mark>";
  }
  escape_to(out, view.text.substr(mark_end, end - mark_end));
  if (end < s.end) out += "\u2026";
  out += "</p></blockquote>\n";
}

// A number with at most `decimals` decimals and no trailing zeros: 36, 45.2.
std::string plain_number(double v, int decimals) {
  std::string s = fmt::format("{:.{}f}", v, std::max(decimals, 0));
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

// A suggested fix built from the finding's own figures, in words an editor can act on:
// "say a 45.2% fall, or check the $219 million and the $120 million". Empty for a pass.
// The stated figure's precision is kept, with one decimal more when that is what it takes to
// differ from the figure written.
std::string suggestion(const DocumentView& view, std::size_t j) {
  const Finding& f = view.doc.findings[j];
  if (f.severity == Severity::kPass) return {};
  std::vector<std::string> figures;
  for (std::size_t c : view.finding_claims[j]) {
    const Claim& claim = view.doc.claims.claims[c];
    const bool both = claim.old_value && claim.new_value && claim.old_value->value > 0;
    if (both &&
        (f.check == "percent-change" || f.check == "multiple" || f.check == "change-direction")) {
      const Quantity& old_q = *claim.old_value;
      const Quantity& new_q = *claim.new_value;
      const std::string check = "the " + old_q.text + " and the " + new_q.text;
      const double pct = (new_q.value - old_q.value) / old_q.value * 100;
      const std::string_view way = pct < 0 ? "fall" : "rise";
      if (f.check == "change-direction") {
        return fmt::format("say it is a {} ({} to {}), or check {}", way, old_q.text, new_q.text,
                           check);
      }
      for (const Quantity& stated : claim.changes) {
        const bool percent = f.check == "percent-change" && stated.unit == "%";
        const bool times = f.check == "multiple" && stated.unit == "x";
        if (!percent && !times) continue;
        const double computed = percent ? std::abs(pct) : new_q.value / old_q.value;
        int decimals = std::max(stated.decimals, 0);
        std::string say = plain_number(computed, decimals);
        if (say == plain_number(stated.value, decimals)) say = plain_number(computed, decimals + 1);
        if (percent) return fmt::format("say a {}% {}, or check {}", say, way, check);
        return fmt::format("say {} times, or check {}", say, check);
      }
    }
    for (const Quantity& q : claim.quantities) {
      if (figures.size() < 3 && std::find(figures.begin(), figures.end(), q.text) == figures.end())
        figures.emplace_back(q.text);
    }
  }
  if (figures.empty()) {
    const std::string_view text =
        view.text.substr(view.clamp(f.span).begin, view.clamp(f.span).size());
    if (text.empty()) return {};
    figures.push_back(shorten(text, 60));
  }
  std::string list;
  for (std::size_t k = 0; k < figures.size(); ++k) {
    list += (k == 0 ? "" : k + 1 == figures.size() ? " and " : ", ");
    list += "\u201C" + figures[k] + "\u201D";
  }
  return "check " + list + " against the source";
}

// The check's documentation, behind a fold: what it checks, what it leaves alone, an example
// of each verdict (the text `factcheck --explain` starts from).
void write_check_doc(std::string& out, const Check& check) {
  const CheckDoc doc = check.doc();
  out += "<details class=\"about\"><summary>About <code>" + esc(check.id()) +
         "</code></summary>\n<dl>";
  const std::pair<std::string_view, std::string_view> parts[] = {
      {"What it checks", doc.what},
      {"What it leaves alone", doc.leaves_alone},
      {"Consistent, or left alone", doc.passes},
      {"Flagged", doc.fails}};
  for (const auto& [label, text] : parts) {
    if (text.empty()) continue;
    out += "<dt>";
    out += label;
    out += "</dt><dd>";
    escape_to(out, text);
    out += "</dd>";
  }
  out += "</dl></details>\n";
}

void write_state(std::string& out, std::optional<BaselineState> state) {
  if (!state) return;
  const std::string_view s = to_string(*state);
  out += " <span class=\"state s-";
  out += s;
  out += "\">";
  out += s;
  out += "</span>";
}

// One finding's card: the verdict and message, the quoted sentence, why, a suggested fix, the
// arithmetic, where it is, and the check's documentation.
void write_card(const DocumentView& view, const LineIndex& lines, std::size_t j,
                const BaselineComparison* cmp, std::vector<bool>& drawn, std::string& out) {
  const Finding& f = view.doc.findings[j];
  const std::vector<Claim>& claims = view.doc.claims.claims;
  const Verdict v = verdict_of(f.severity);
  const bool quiet = silenced(view.doc, j);
  const bool problem = v >= Verdict::kWarning && !quiet;
  out += "<li class=\"finding v-";
  out += name(v);
  if (quiet) out += " suppressed";
  out += "\" id=\"" + view.finding_id(j) + "\" data-v=\"";
  out += name(v);
  out += "\" data-check=\"" + esc(f.check) + "\"";
  if (problem) out += " data-problem tabindex=\"-1\"";
  out += ">\n<p class=\"head\">";
  write_badge(out, v);
  if (quiet) out += " <span class=\"state\">suppressed</span>";
  if (cmp && j < cmp->states.size()) write_state(out, cmp->states[j]);
  out += " <span class=\"msg\">" + esc(f.message) + "</span></p>\n";
  if (v != Verdict::kPass) write_quote(out, view, f.span);
  const Check* check = check_named(f.check);
  if (v != Verdict::kPass && check != nullptr) {
    out += "<p class=\"why\"><strong>Why:</strong> " + esc(check->summary()) + "</p>\n";
  }
  if (!f.slip.empty()) {
    out += "<p class=\"slip\"><strong>Likely slip:</strong> " + esc(f.slip) + "</p>\n";
  }
  if (std::string fix = suggestion(view, j); !fix.empty()) {
    out += "<p class=\"fix\"><strong>Suggested fix:</strong> " + esc(fix) + "</p>\n";
  }
  if (!f.explanation.empty()) {
    out += "<pre class=\"arith\">" + esc(f.explanation) + "</pre>\n";
  }
  for (std::size_t c : view.finding_claims[j]) {
    if (drawn[c] || picture_finding(view, c) != j) continue;
    const ClaimKind kind = claims[c].kind;
    if (kind != ClaimKind::kPercentChange && kind != ClaimKind::kDifference &&
        kind != ClaimKind::kMultiple) {
      continue;
    }
    std::string svg = change_svg(claims[c], view.claim_verdict[c]);
    if (svg.empty()) continue;
    drawn[c] = true;
    out += "<div class=\"picture\">" + svg + "</div>\n";
  }
  out += "<p class=\"meta\"><span class=\"fid\">" + esc(view.finding_label(j)) +
         "</span> \u00B7 <code>" + esc(f.check) + "</code>";
  if (std::string where = location(view, lines, f.span); !where.empty()) {
    out += " \u00B7 " + where;
  }
  if (auto place = view.place_of(j)) {
    out += " \u00B7 <a href=\"#" + *place + "\">in the text</a>";
  }
  if (v >= Verdict::kWarning && !quiet) {
    out += " \u00B7 <a href=\"#" + view.summary_id(j) + "\">summary</a>";
  }
  out += " \u00B7 <a class=\"permalink\" href=\"#" + view.finding_id(j) +
         "\" title=\"link to this finding (copied when scripts run)\">link</a>";
  if (!view.finding_claims[j].empty() && v == Verdict::kPass) {
    out += "</p>\n<p class=\"claims\">Claims: ";
    for (std::size_t c : view.finding_claims[j]) {
      write_claim_chip(out, view, c);
      out += " ";
    }
  }
  out += "</p>\n";
  if (v != Verdict::kPass && check != nullptr) write_check_doc(out, *check);
  out += "</li>\n";
}

// Accepted findings of the baseline that were not reported this time, one line each.
void write_absent(const std::vector<BaselineEntry>& absent, std::string& out) {
  out += "<ul class=\"absent\">\n";
  for (const BaselineEntry& e : absent) {
    out += "<li><span class=\"state s-absent\">absent</span> ";
    write_badge(out, verdict_of(e.severity));
    out += " <code>" + esc(e.check) + "</code> \u201C" + esc(shorten(e.text, 120)) +
           "\u201D: " + esc(e.message) + "</li>\n";
  }
  out += "</ul>\n";
}

// The cards of the findings of one severity, in text order.
void write_cards(const DocumentView& view, const LineIndex& lines, const BaselineComparison* cmp,
                 Severity level, std::vector<bool>& drawn, std::string& out, const Spill& spill) {
  const std::vector<Finding>& findings = view.doc.findings;
  for (std::size_t j = 0; j < findings.size(); ++j) {
    if (findings[j].severity != level) continue;
    write_card(view, lines, j, cmp, drawn, out);
    spill(out);
  }
}

// The findings: errors, then warnings, then notes as cards, each in text order; then the passes
// folded into one line; then accepted findings of the baseline that went away. `cards` writes
// the cards of a severity; `findings` and `passes` count them.
void write_findings(std::size_t findings, std::size_t passes, const BaselineComparison* cmp,
                    std::string& out, const std::function<void(Severity, std::string&)>& cards) {
  out += "<h3 class=\"part\">Findings</h3>\n";
  if (findings == 0) out += "<p class=\"quiet\">No check reported anything.</p>\n";
  if (passes < findings) {
    out += "<ol class=\"findings\">\n";
    for (Severity level : {Severity::kError, Severity::kWarning, Severity::kNote}) {
      cards(level, out);
    }
    out += "</ol>\n";
  }
  if (passes > 0) {
    out += "<details class=\"passes\"><summary class=\"v-pass\">" +
           std::string(icon(Verdict::kPass)) + " " + std::to_string(passes) +
           (passes == 1 ? " statement consistent" : " statements consistent") +
           "</summary>\n<ol class=\"findings\">\n";
    cards(Severity::kPass, out);
    out += "</ol>\n</details>\n";
  }
  if (cmp && !cmp->absent.empty()) {
    out += "<h4 class=\"gone\">Accepted findings no longer reported (" +
           std::to_string(cmp->absent.size()) + ")</h4>\n";
    write_absent(cmp->absent, out);
  }
}

// Appends `part` to `out` a piece at a time, handing each on: a spool's or a list's text is
// never held whole a second time.
void append_in_pieces(std::string& out, std::string_view part, const Spill& spill) {
  while (!part.empty()) {
    const std::size_t n = std::min(part.size(), kPiece);
    out += part.substr(0, n);
    part.remove_prefix(n);
    spill(out);
  }
}

// The sources the article cites, one row per source and date in order of first mention, each
// with the claims it supports, then the claims with none. Filled a document (or a window of a
// long one) at a time, then written.
class Sources {
 public:
  // The view's citations and claims; `source` is each claim's supporting citation, counted in
  // the whole document.
  void add(const DocumentView& view, const std::vector<std::optional<std::size_t>>& source) {
    const std::vector<Citation>& citations = view.doc.claims.citations;
    for (std::size_t k = 0; k < citations.size(); ++k) {
      auto key = std::make_pair(citations[k].source, citations[k].date);
      auto [it, added] = group_of_.emplace(key, groups_.size());
      if (added) groups_.push_back({citations[k].source, citations[k].date, {}, {}});
      group_of_citation_.push_back(it->second);
      if (!view.citation_anchored[k]) continue;
      groups_[it->second].links += " <a href=\"#" + view.citation_id(k) +
                                   "\" title=\"where it is cited\">\u00A7" + esc(citations[k].id) +
                                   "</a>";
    }
    std::string chip;
    for (std::size_t i = 0; i < view.doc.claims.claims.size(); ++i) {
      chip.clear();
      write_claim_chip(chip, view, i);
      chip += " ";
      if (source[i] && *source[i] < group_of_citation_.size()) {
        groups_[group_of_citation_[*source[i]]].chips += chip;
      } else {
        ++unsourced_;
        unsourced_chips_.append(chip);
      }
    }
  }

  void write(std::string& out, const Spill& spill) const {
    out += "<h3 class=\"part\">Sources</h3>\n";
    if (groups_.empty()) {
      out += "<p class=\"quiet\">The article cites no sources.</p>\n";
    } else {
      out +=
          "<div class=\"scroll\"><table class=\"sources\">\n<thead><tr><th "
          "scope=\"col\">Source</th>"
          "<th scope=\"col\">Date</th><th scope=\"col\">Claims it supports</th></tr></thead>\n"
          "<tbody>\n";
      for (const Group& g : groups_) {
        out += "<tr><td>" + esc(g.source.empty() ? std::string("(unnamed)") : g.source);
        out += "<span class=\"cites\">" + g.links;
        out += "</span></td><td class=\"date\">" +
               (g.date.empty() ? std::string("\u2014") : esc(g.date)) + "</td><td>";
        if (g.chips.empty()) out += "<span class=\"quiet\">none</span>";
        append_in_pieces(out, g.chips, spill);
        out += "</td></tr>\n";
        spill(out);
      }
      out += "</tbody></table></div>\n";
    }
    if (unsourced_ > 0) {
      out +=
          "<p class=\"nosource\"><strong>No source (" + std::to_string(unsourced_) + "):</strong> ";
      unsourced_chips_.copy_to([&](std::string_view part) { append_in_pieces(out, part, spill); });
      out += "</p>\n";
    }
  }

 private:
  struct Group {
    std::string source, date;
    std::string links;  // to where each of its citations stands in the text
    std::string chips;  // the claims it supports
  };
  std::vector<Group> groups_;
  std::map<std::pair<std::string, std::string>, std::size_t> group_of_;
  std::vector<std::size_t> group_of_citation_;  // of every citation added
  std::size_t unsourced_ = 0;
  TextSpool unsourced_chips_;  // as long as the claims in a text that cites nothing
};

// The number a tile shows: findings of a verdict's severity, and for unchecked the claims no
// finding names, all from the one definition in summary.cpp.
std::size_t tile_count(const Counts& c, Verdict v) {
  switch (v) {
    case Verdict::kUnchecked:
      return c.unchecked;
    case Verdict::kPass:
      return c.passed;
    case Verdict::kNote:
      return c.notes;
    case Verdict::kWarning:
      return c.warnings;
    case Verdict::kError:
      return c.errors;
  }
  return 0;
}

// The summary's errors or warnings (`level`), an <li> each linking to its card.
void write_issues(const DocumentView& view, const LineIndex& lines, Verdict level, std::string& out,
                  const Spill& spill) {
  const std::vector<Finding>& findings = view.doc.findings;
  for (std::size_t j = 0; j < findings.size(); ++j) {
    // A finding the article silences is not among the problems, as in every count.
    if (verdict_of(findings[j].severity) != level || silenced(view.doc, j)) continue;
    const Finding& f = findings[j];
    out += "<li id=\"" + view.summary_id(j) + "\">";
    write_badge(out, level);
    out += " <a href=\"#" + view.finding_id(j) + "\">" + esc(f.message) + "</a>";
    out += " <span class=\"where\">";
    if (std::string where = location(view, lines, f.span); !where.empty()) out += where;
    if (auto place = view.place_of(j)) {
      out += " \u00B7 <a href=\"#" + *place + "\">in the text \u2193</a>";
    }
    out += "</span></li>\n";
    spill(out);
  }
}

// The summary: tiles and totals from `counts`, then the errors and warnings, which `issues`
// writes for a level.
void write_summary(const Counts& counts, std::string& out,
                   const std::function<void(Verdict, std::string&)>& issues) {
  out += "<div class=\"summary\">\n<ul class=\"tiles\" aria-label=\"Findings by verdict\">\n";
  for (Verdict v : kVerdictsBySeverity) {
    out += "<li class=\"tile v-" + std::string(name(v)) + "\"><span class=\"n\">" +
           std::to_string(tile_count(counts, v)) + "</span> <span class=\"l\">" +
           std::string(icon(v)) + " " + std::string(plural(v)) + "</span></li>\n";
  }
  out += "</ul>\n<p class=\"totals\">" + esc(counts_line(counts)) +
         ". Each claim in the text is marked with its most serious finding.</p>\n";
  if (counts.errors + counts.warnings > 0) {
    out += "<ol class=\"issues\">\n";
    issues(Verdict::kError, out);
    issues(Verdict::kWarning, out);
    out += "</ol>\n";
  } else {
    out += "<p class=\"clear\">\u2714\uFE0E No errors or warnings.</p>\n";
  }
  out += "</div>\n";
}

// The legend: icon, label and underline style of each verdict.
void write_legend(std::string& out) {
  out += "<p class=\"legend\">";
  for (Verdict v : kVerdictsBySeverity) {
    out += "<span><mark class=\"v-" + std::string(name(v)) + "\">" + std::string(icon(v)) + " " +
           std::string(name(v)) + "</mark></span>";
  }
  out += "</p>\n";
}

// The text between a tag's start and its end tag in markup, tags inside dropped and common
// references decoded: "<h1>Sales <em>up</em> &amp; more</h1>" -> "Sales up & more". Empty when
// there is no such element.
std::string element_text(std::string_view markup, std::string_view tag) {
  const std::size_t open = markup.find("<" + std::string(tag));
  if (open == std::string_view::npos) return {};
  const std::size_t start = markup.find('>', open);
  const std::size_t stop = markup.find("</" + std::string(tag), open);
  if (start == std::string_view::npos || stop == std::string_view::npos || stop < start) return {};
  std::string out;
  bool in_tag = false;
  for (char c : markup.substr(start + 1, stop - start - 1)) {
    if (c == '<') in_tag = true;
    if (!in_tag) out += is_space(c) ? ' ' : c;
    if (c == '>') in_tag = false;
  }
  // The references a title most often holds; any other stays as written.
  for (auto [ref, c] : {std::pair{"&lt;", "<"},
                        {"&gt;", ">"},
                        {"&quot;", "\""},
                        {"&#39;", "'"},
                        {"&nbsp;", " "},
                        {"&amp;", "&"}}) {
    for (std::size_t at = out.find(ref); at != std::string::npos; at = out.find(ref, at + 1)) {
      out.replace(at, std::string_view(ref).size(), c);
    }
  }
  const std::size_t a = out.find_first_not_of(' ');
  if (a == std::string::npos) return {};
  return out.substr(a, out.find_last_not_of(' ') - a + 1);
}

// An article's title: its headline line when it has one (a "# heading", a short first line
// followed by more text, or a page's <title> or <h1>), else empty.
std::string title_of(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::size_t begin = 0;
  while (begin < text.size() && is_space(text[begin])) ++begin;
  std::size_t end = text.find('\n', begin);
  if (end == std::string_view::npos) end = text.size();
  std::string_view line = text.substr(begin, end - begin);
  while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  if (line.starts_with("<")) {
    std::string t = element_text(text.substr(0, 1 << 16), "title");
    if (t.empty()) t = element_text(text.substr(0, 1 << 16), "h1");
    return shorten(t, 140);
  }
  if (std::size_t n = hash_heading_length(line); n > 0) return shorten(line.substr(n), 140);
  const bool more = text.find_first_not_of(" \t\r\n", end) != std::string_view::npos;
  return is_headline(line, !more) ? std::string(line) : std::string();
}

void write_count_link(std::string& out, Verdict v, std::size_t n, std::string_view href) {
  out += "<li><a class=\"v-";
  out += name(v);
  out += "\" href=\"";
  out += href;
  out += "\" data-only=\"";
  out += name(v);
  out += "\">" + std::string(icon(v)) + " " + std::to_string(n) + " " +
         std::string(n == 1 ? name(v) : plural(v)) + "</a></li>";
}

// Whether a text is empty but for white space: its article is not shown.
bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Hands held markup to `sink` once it is large.
Spill spill_to(const std::function<void(std::string_view)>& sink) {
  return [&sink](std::string& held) {
    if (held.size() < kPiece) return;
    sink(held);
    held.clear();
  };
}

// A document's section after its head: summary, findings, article and sources, each list written
// by the function given for it.
void write_section(const Counts& counts, std::size_t findings, std::size_t passes,
                   const BaselineComparison* cmp, bool blank, const Sources& sources,
                   std::string& out, const Spill& spill,
                   const std::function<void(Verdict, std::string&)>& issues,
                   const std::function<void(Severity, std::string&)>& cards,
                   const std::function<void(std::string&)>& article) {
  write_summary(counts, out, issues);
  write_findings(findings, passes, cmp, out, cards);
  out += "<h3 class=\"part\">Article</h3>\n";
  write_legend(out);
  if (blank) {
    out += "<p class=\"quiet\">The document is empty.</p>\n";
  } else {
    article(out);
  }
  sources.write(out, spill);
  out += "</section>\n";
}

// supporting_citations() of a window of a long document, counted in the whole document (the
// window's citations from `base`): a paragraph that began in the windows before (`paragraph`)
// is supported by its first citation there (`cited`). Both are moved on to the window's last
// paragraph.
std::vector<std::optional<std::size_t>> supporting_in_document(const Claims& window,
                                                               std::size_t base,
                                                               std::optional<ByteSpan>& paragraph,
                                                               std::optional<std::size_t>& cited) {
  std::vector<std::optional<std::size_t>> out = supporting_citations(window);
  for (auto& k : out) {
    if (k) *k += base;
  }
  const bool goes_on = paragraph && !window.paragraphs.empty() &&
                       window.paragraphs.front().begin == paragraph->begin;
  if (goes_on && cited) {
    for (std::size_t i = 0; i < window.claims.size(); ++i) {
      const Claim& c = window.claims[i];
      if (c.citation && *c.citation < window.citations.size()) continue;
      if (c.sentence < window.sentences.size() && window.sentences[c.sentence].paragraph == 0) {
        out[i] = cited;
      }
    }
  }
  if (window.paragraphs.empty()) return out;
  const std::size_t last = window.paragraphs.size() - 1;
  if (!(goes_on && last == 0 && cited)) {
    cited = first_citations(window)[last];
    if (cited) *cited += base;
  }
  paragraph = window.paragraphs.back();
  return out;
}

// The heading of document `number`'s section: its title (or path), path and a link back up.
std::string section_head(std::size_t number, std::string_view path, const std::string& title) {
  const std::string shown = path.empty() ? std::string("(unnamed)") : std::string(path);
  const std::string anchor = "d" + std::to_string(number);
  std::string out = "<section class=\"doc\" id=\"" + anchor + "\" aria-labelledby=\"" + anchor +
                    "-h\">\n<h2 id=\"" + anchor + "-h\">" + esc(title.empty() ? shown : title) +
                    "</h2>\n<p class=\"meta\">";
  if (!title.empty()) out += "<span class=\"path\">" + esc(shown) + "</span>";
  out += "<a class=\"back\" href=\"#top\">\u2191 Back to the top</a></p>\n";
  return out;
}

// Adds the view's errors and warnings to the lists at the top of the page and their checks to
// the filter's counts (every check it reports is listed); whether it had one.
bool add_problems(const DocumentView& view, const LineIndex& lines, const BaselineComparison* cmp,
                  std::size_t number, std::string_view path, const std::string& title_text,
                  TextSpool& errors, TextSpool& warnings,
                  std::map<std::string, std::size_t>& checks) {
  const DocumentResult& doc = view.doc;
  const std::string anchor = "d" + std::to_string(number);
  const std::string title =
      esc(title_text.empty() ? (path.empty() ? std::string("(unnamed)") : std::string(path))
                             : title_text);
  bool any = false;
  for (Verdict level : {Verdict::kError, Verdict::kWarning}) {
    for (std::size_t j = 0; j < doc.findings.size(); ++j) {
      const Finding& f = doc.findings[j];
      if (verdict_of(f.severity) != level || silenced(doc, j)) continue;
      ++checks[f.check];
      any = true;
      std::string item = "<li class=\"problem v-" + std::string(name(level)) + "\" data-v=\"" +
                         std::string(name(level)) + "\" data-check=\"" + esc(f.check) + "\"><p>";
      write_badge(item, level);
      if (cmp && j < cmp->states.size()) write_state(item, cmp->states[j]);
      item += " <span class=\"msg\"><a href=\"#" + view.finding_id(j) + "\">" + esc(f.message) +
              "</a></span></p>\n<p class=\"where\">in <a href=\"#" + anchor + "\">" + title +
              "</a> \u00B7 <code>" + esc(f.check) + "</code>";
      if (auto where = location(view, lines, f.span); !where.empty()) item += " \u00B7 " + where;
      item += "</p>\n";
      write_quote(item, view, f.span);
      item += "</li>\n";
      (level == Verdict::kError ? errors : warnings).append(item);
    }
  }
  for (const Finding& f : doc.findings) checks.try_emplace(f.check, 0);
  return any;
}

}  // namespace

// What the top of the page needs of a document once its section is written: its index row
// and its entries in the list of problems.
struct HtmlWriter::Row {
  std::string path;
  std::string title;
  std::optional<std::string> error;
  std::size_t claims = 0;
  Counts counts;
  bool problems = false;  // it has an error or a warning in the list of problems
};

// Markup kept until the top of the page is written (see TextSpool), so that a batch's list of
// problems does not grow the memory with the documents.
class HtmlWriter::Spool : public TextSpool {};

HtmlWriter::HtmlWriter(HtmlOptions options)
    : options_(std::move(options)),
      errors_(std::make_unique<Spool>()),
      warnings_(std::make_unique<Spool>()) {}
HtmlWriter::~HtmlWriter() = default;

std::string HtmlWriter::document(const DocumentResult& doc, const BaselineComparison* cmp) {
  std::string out;
  document(doc, cmp, out);
  return out;
}

void HtmlWriter::document(const DocumentResult& doc, const BaselineComparison* cmp,
                          std::string& out) {
  document(doc, cmp, [&](std::string_view part) { out += part; });
}

void HtmlWriter::document(const DocumentResult& doc, const BaselineComparison* cmp,
                          const Sink& sink) {
  std::string out;
  const Spill spill = spill_to(sink);
  const std::size_t number = rows_.size() + 1;
  DocumentView view(doc, number);
  Row row{doc.path, {}, doc.error, doc.claims.claims.size(), count(doc), false};
  if (!doc.error) row.title = title_of(view.text);
  out += section_head(number, row.path, row.title);
  if (view.doc.error) {
    out += "<p class=\"doc-error\"><strong>\u2716\uFE0E Could not be read:</strong> " +
           esc(*view.doc.error) + "</p>\n</section>\n";
    sink(out);
    rows_.push_back(std::move(row));
    return;
  }
  const LineIndex lines(view.text);
  // The article is placed (dry) before the summary and the cards so that their links go only to
  // anchors that exist, and written after them, where it stands, once.
  {
    std::string scratch;
    write_article(
        view, scratch, [](std::string& held) { held.clear(); }, true);
  }
  Sources sources;
  sources.add(view, supporting_citations(doc.claims));
  std::size_t passes = 0;
  for (const Finding& f : doc.findings) passes += f.severity == Severity::kPass ? 1 : 0;
  // The picture of a change goes once, with the most severe finding naming the claim.
  std::vector<bool> drawn(doc.claims.claims.size(), false);
  write_section(
      row.counts, doc.findings.size(), passes, cmp, is_blank(view.text), sources, out, spill,
      [&](Verdict level, std::string& o) { write_issues(view, lines, level, o, spill); },
      [&](Severity level, std::string& o) {
        write_cards(view, lines, cmp, level, drawn, o, spill);
      },
      [&](std::string& o) {
        // Placed again as it is written: the same marks take the same anchors.
        view.claim_anchored.assign(view.claim_anchored.size(), false);
        view.citation_anchored.assign(view.citation_anchored.size(), false);
        view.finding_anchored.assign(view.finding_anchored.size(), false);
        write_article(view, o, spill, false);
      });
  sink(out);
  out = std::string();
  row.problems =
      add_problems(view, lines, cmp, number, row.path, row.title, *errors_, *warnings_, checks_);
  rows_.push_back(std::move(row));
}

// A long document a window at a time: each window's issues, cards and article go to spools, its
// sources to the table, its problems to the top; the section is written from them at the end.
// The bytes are those document() gives for the windows joined.
struct HtmlWriter::Parts {
  explicit Parts(const DocumentResult& d)
      : doc(heading(d)), title(title_of(text())), lines(text()), article(text()), placed(text()) {}
  std::string_view text() const { return doc.bytes ? std::string_view(*doc.bytes) : ""; }
  static DocumentResult heading(const DocumentResult& d) {
    DocumentResult out;
    out.path = d.path;
    out.bytes = d.bytes;
    return out;
  }

  DocumentResult doc;  // the path and the text; no claims
  std::string title;
  std::size_t number = 0;
  LineIndex lines;
  ArticleFlow article, placed;  // the article as written, and as placed (dry) ahead of the cards
  Bases bases;                  // the windows' claims, findings and citations so far
  Counts counts;
  std::size_t passes = 0;
  bool problems = false;
  TextSpool issues[2];  // errors, warnings
  TextSpool cards[4];   // errors, warnings, notes, passes
  TextSpool text_spool;
  Sources sources;
  // The last paragraph of the windows so far, and the first citation in it (its index in the
  // document): a paragraph the next window goes on with is supported by it.
  std::optional<ByteSpan> paragraph;
  std::optional<std::size_t> paragraph_citation;
};

void HtmlWriter::begin_parts(const DocumentResult& doc) {
  parts_ = std::make_unique<Parts>(doc);
  parts_->number = rows_.size() + 1;
}

void HtmlWriter::part(const DocumentResult& part, const BaselineComparison* cmp) {
  Parts& p = *parts_;
  DocumentView view(part, p.number, p.bases);
  const Spill none = [](std::string& held) { held.clear(); };
  std::string held;
  const Spill to_text = [&](std::string& out) {
    if (out.size() < kPiece) return;
    p.text_spool.append(out);
    out.clear();
  };
  // The window's text ends with its last sentence: no mark of it goes further, none of the next
  // window's starts before.
  const std::size_t limit =
      part.claims.sentences.empty() ? 0 : part.claims.sentences.back().span.end;
  {
    ArticleWriter writer(view, held, none, true);
    p.placed.write(writer, held, none, limit);
    held.clear();
  }
  const Counts counts = count(part);
  p.counts += counts;
  const Spill keep = [](std::string&) {};
  for (const Verdict level : {Verdict::kError, Verdict::kWarning}) {
    write_issues(view, p.lines, level, held, keep);
    p.issues[level == Verdict::kError ? 0 : 1].append(held);
    held.clear();
  }
  std::vector<bool> drawn(part.claims.claims.size(), false);
  const Severity levels[] = {Severity::kError, Severity::kWarning, Severity::kNote,
                             Severity::kPass};
  for (std::size_t i = 0; i < 4; ++i) {
    for (std::size_t j = 0; j < part.findings.size(); ++j) {
      if (part.findings[j].severity != levels[i]) continue;
      write_card(view, p.lines, j, cmp, drawn, held);
      p.cards[i].append(held);
      held.clear();
    }
  }
  for (const Finding& f : part.findings) p.passes += f.severity == Severity::kPass ? 1 : 0;
  view.claim_anchored.assign(view.claim_anchored.size(), false);
  view.citation_anchored.assign(view.citation_anchored.size(), false);
  view.finding_anchored.assign(view.finding_anchored.size(), false);
  {
    ArticleWriter writer(view, held, to_text, false);
    p.article.write(writer, held, to_text, limit);
    p.text_spool.append(held);
    held.clear();
  }
  p.sources.add(view, supporting_in_document(part.claims, p.bases.citations, p.paragraph,
                                             p.paragraph_citation));
  if (add_problems(view, p.lines, cmp, p.number, p.doc.path, p.title, *errors_, *warnings_,
                   checks_)) {
    p.problems = true;
  }
  p.bases.claims += part.claims.claims.size();
  p.bases.findings += part.findings.size();
  p.bases.citations += part.claims.citations.size();
}

void HtmlWriter::end_parts(const Sink& sink, const BaselineComparison* absent) {
  Parts& p = *parts_;
  const Spill spill = spill_to(sink);
  {
    // The text after the last window's last sentence, which holds no mark.
    DocumentResult rest;
    rest.bytes = p.doc.bytes;
    DocumentView view(rest, p.number, p.bases);
    std::string held;
    const Spill to_text = [&](std::string& out) {
      if (out.size() < kPiece) return;
      p.text_spool.append(out);
      out.clear();
    };
    ArticleWriter writer(view, held, to_text, false);
    p.article.write(writer, held, to_text);
    p.text_spool.append(held);
  }
  Row row{p.doc.path, p.title, std::nullopt, p.bases.claims, p.counts, p.problems};
  std::string out = section_head(p.number, row.path, row.title);
  const auto copy = [&](const TextSpool& spool, std::string& o) {
    spool.copy_to([&](std::string_view part) { append_in_pieces(o, part, spill); });
  };
  write_section(
      p.counts, p.bases.findings, p.passes, absent, is_blank(p.text()), p.sources, out, spill,
      [&](Verdict level, std::string& o) { copy(p.issues[level == Verdict::kError ? 0 : 1], o); },
      [&](Severity level, std::string& o) {
        copy(p.cards[level == Severity::kError     ? 0
                     : level == Severity::kWarning ? 1
                     : level == Severity::kNote    ? 2
                                                   : 3],
             o);
      },
      [&](std::string& o) { copy(p.text_spool, o); });
  sink(out);
  rows_.push_back(std::move(row));
  parts_.reset();
}

std::string HtmlWriter::head() const {
  std::string out;
  head([&](std::string_view part) { out += part; });
  return out;
}

void HtmlWriter::head(const Sink& sink) const {
  std::string out;
  out +=
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"factcheck " +
      esc(version()) + "\">\n<title>factcheck report";
  if (!options_.run_date.empty()) out += " \u00B7 " + esc(options_.run_date);
  out += "</title>\n<style>";
  out += html_assets::style();
  out +=
      "</style>\n</head>\n<body>\n<div class=\"page\">\n<header class=\"top\" id=\"top\">\n"
      "<h1>factcheck report</h1>\n<p class=\"meta\">";
  std::size_t errors = 0, warnings = 0, unreadable = 0;
  for (const Row& row : rows_) {
    errors += row.counts.errors;
    warnings += row.counts.warnings;
    unreadable += row.error ? 1 : 0;
  }
  out += std::to_string(rows_.size()) + (rows_.size() == 1 ? " document" : " documents");
  if (unreadable > 0) out += " (" + std::to_string(unreadable) + " could not be read)";
  out += " \u00B7 " + std::to_string(errors) + (errors == 1 ? " error" : " errors") + " \u00B7 " +
         std::to_string(warnings) + (warnings == 1 ? " warning" : " warnings") +
         " \u00B7 factcheck " + esc(version());
  if (!options_.run_date.empty()) {
    out += " \u00B7 run <time>" + esc(options_.run_date) + "</time>";
  }
  out += "</p>\n</header>\n";
  write_controls(out);
  out += rows_.size() > 1 ? "<main class=\"batch\">\n" : "<main>\n";
  if (rows_.empty()) out += "<p class=\"quiet\">No documents were given.</p>\n";
  if (rows_.size() > 1) {
    write_problems(out, sink, errors, warnings);
    write_index(out);
  }
  write_gone(out);
  sink(out);
}

void HtmlWriter::gone(std::string_view path, const BaselineComparison& comparison) {
  if (!comparison.absent.empty()) gone_.emplace_back(std::string(path), comparison.absent);
}

// The files of the baseline that are gone, each with its accepted findings: they are not
// documents of this run, so no count of documents, errors or warnings includes them.
void HtmlWriter::write_gone(std::string& out) const {
  if (gone_.empty()) return;
  std::size_t entries = 0;
  for (const auto& [path, absent] : gone_) entries += absent.size();
  out +=
      "<section class=\"gone-files\" id=\"gone\" aria-labelledby=\"gone-h\">\n<h2 "
      "id=\"gone-h\">Accepted findings no longer present (" +
      std::to_string(entries) + ")</h2>\n<p class=\"quiet\">" + std::to_string(gone_.size()) +
      (gone_.size() == 1 ? " file" : " files") +
      " of the baseline no longer found in the folders checked.</p>\n";
  for (const auto& [path, absent] : gone_) {
    out += "<h3 class=\"gone\"><span class=\"path\">" + esc(path) + "</span> (" +
           std::to_string(absent.size()) + ")</h3>\n";
    write_absent(absent, out);
  }
  out += "</section>\n";
}

// The controls the script shows: search, a toggle per verdict, a check to show alone.
void HtmlWriter::write_controls(std::string& out) const {
  out +=
      "<div class=\"controls\" id=\"controls\" role=\"search\" hidden>\n"
      "<label for=\"fc-search\">Search findings</label> <input id=\"fc-search\" type=\"search\" "
      "placeholder=\"words, figures or a check\">\n<span role=\"group\" aria-label=\"Verdicts "
      "shown\">";
  for (Verdict v : {Verdict::kError, Verdict::kWarning, Verdict::kNote, Verdict::kPass}) {
    out += "<button type=\"button\" class=\"v-";
    out += name(v);
    out += "\" data-v=\"";
    out += name(v);
    out += "\" aria-pressed=\"true\">" + std::string(icon(v)) + " " + std::string(plural(v)) +
           "</button> ";
  }
  out +=
      "</span>\n<label for=\"fc-check\">Check</label> <select id=\"fc-check\"><option "
      "value=\"\">every check</option>";
  for (const auto& [check, problems] : checks_) {
    out += "<option>" + esc(check) + "</option>";
  }
  out +=
      "</select>\n<span class=\"keys\">j / k: next / previous problem</span>\n"
      "<span class=\"status\" id=\"fc-status\" role=\"status\"></span>\n</div>\n";
}

// Every error and warning of the batch, first: counts that filter, then one entry each with
// the article, the quoted sentence and the verdict.
void HtmlWriter::write_problems(std::string& out, const Sink& sink, std::size_t errors,
                                std::size_t warnings) const {
  out +=
      "<section class=\"problems\" id=\"problems\" aria-labelledby=\"problems-h\">\n"
      "<h2 id=\"problems-h\">Problems in ";
  std::size_t with = 0;
  for (const Row& row : rows_) with += row.problems ? 1 : 0;
  out += std::to_string(with) + " of " + std::to_string(rows_.size()) + " articles</h2>\n";
  if (errors + warnings == 0) {
    out += "<p class=\"clear\">\u2714\uFE0E No errors or warnings in any article.</p>\n";
    out += "</section>\n";
    return;
  }
  out += "<ul class=\"counts\" aria-label=\"Problems by verdict\">";
  write_count_link(out, Verdict::kError, errors, "#problems");
  write_count_link(out, Verdict::kWarning, warnings, "#problems");
  out += "</ul>\n<ul class=\"counts\" aria-label=\"Problems by check\">";
  for (const auto& [check, n] : checks_) {
    if (n == 0) continue;
    out += "<li><a class=\"c-check\" href=\"#problems\" data-only-check=\"" + esc(check) +
           "\"><code>" + esc(check) + "</code> " + std::to_string(n) + "</a></li>";
  }
  out += "</ul>\n<ol class=\"problem-list\">\n";
  // Errors of every article first, then warnings, each kept in the order of the articles.
  sink(out);
  out.clear();
  errors_->copy_to(sink);
  warnings_->copy_to(sink);
  out += "</ol>\n</section>\n";
}

// The index, most serious first: articles with errors, with warnings, that could not be read,
// then the rest folded away.
void HtmlWriter::write_index(std::string& out) const {
  auto rank = [](const Row& r) {
    if (r.counts.errors > 0) return 0;
    if (r.counts.warnings > 0) return 1;
    if (r.error) return 2;
    return 3;
  };
  std::vector<std::size_t> order(rows_.size());
  for (std::size_t d = 0; d < order.size(); ++d) order[d] = d;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Row &x = rows_[a], &y = rows_[b];
    if (rank(x) != rank(y)) return rank(x) < rank(y);
    if (x.counts.errors != y.counts.errors) return x.counts.errors > y.counts.errors;
    return x.counts.warnings > y.counts.warnings;
  });
  const std::string thead =
      "<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Article</th>"
      "<th scope=\"col\">Errors</th><th scope=\"col\">Warnings</th><th scope=\"col\">Notes</th>"
      "<th scope=\"col\">Consistent</th><th scope=\"col\">Claims</th></tr></thead>\n<tbody>\n";
  out += "<nav class=\"index\" aria-labelledby=\"index-h\">\n<h2 id=\"index-h\">Articles</h2>\n";
  std::size_t clean = 0;
  for (std::size_t d : order) clean += rank(rows_[d]) == 3 ? 1 : 0;
  const bool serious = clean < rows_.size();
  if (serious) out += thead;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const std::size_t d = order[k];
    const Row& row = rows_[d];
    if (rank(row) == 3 && (k == 0 || rank(rows_[order[k - 1]]) != 3)) {
      if (serious) out += "</tbody></table></div>\n";
      out += "<details class=\"clean\"><summary>" + std::string(icon(Verdict::kPass)) + " " +
             std::to_string(clean) + (clean == 1 ? " article" : " articles") +
             " with no error or warning</summary>\n" + thead;
    }
    out += "<tr><td><a href=\"#d" + std::to_string(d + 1) + "\">" +
           esc(row.title.empty() ? row.path : row.title) + "</a>";
    if (!row.title.empty()) out += "<span class=\"path\">" + esc(row.path) + "</span>";
    if (row.error) {
      out += " <span class=\"v-error\">\u2716\uFE0E could not be read: " + esc(*row.error) +
             "</span></td><td colspan=\"5\">\u2014</td></tr>\n";
      continue;
    }
    out += "</td>";
    for (Verdict v : {Verdict::kError, Verdict::kWarning, Verdict::kNote, Verdict::kPass}) {
      const std::size_t n = tile_count(row.counts, v);
      out += "<td class=\"n\">";
      if (n > 0 && v >= Verdict::kWarning) {
        out += "<span class=\"v-" + std::string(name(v)) + "\">" + std::string(icon(v)) + " " +
               std::to_string(n) + "</span>";
      } else {
        out += std::to_string(n);
      }
      out += "</td>";
    }
    out += "<td class=\"n\">" + std::to_string(row.claims) + "</td></tr>\n";
  }
  out += "</tbody></table></div>\n";
  if (clean > 0) out += "</details>\n";
  out += "</nav>\n";
}

std::string HtmlWriter::tail() const {
  std::string out = "</main>\n</div>\n<script>";
  out += html_assets::script();
  out += "</script>\n</body>\n</html>\n";
  return out;
}

std::string render_html(const std::vector<DocumentResult>& docs, const HtmlOptions& options) {
  HtmlWriter writer(options);
  std::string sections;
  for (const DocumentResult& doc : docs) writer.document(doc, nullptr, sections);
  std::string out = writer.head();
  out.reserve(out.size() + sections.size() + 8192);
  out += sections;
  out += writer.tail();
  return out;
}

std::string render_html(const std::vector<DocumentResult>& docs) { return render_html(docs, {}); }

}  // namespace factcheck
