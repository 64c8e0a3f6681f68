// Compiler-style text output: "path:line:col: severity: message [check-id]", in text order.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "reports/stream.h"

namespace factcheck {

namespace {

// ANSI colours, as clang uses them: bold location, severity by colour, plain check id.
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[0m";

std::string_view severity_colour(Severity s) {
  switch (s) {
    case Severity::kError:
      return "\x1b[1;31m";  // bold red
    case Severity::kWarning:
      return "\x1b[1;35m";  // bold magenta
    case Severity::kNote:
      return "\x1b[1;36m";  // bold cyan
    case Severity::kPass:
      return "\x1b[1;32m";  // bold green
  }
  return kBold;
}

}  // namespace

std::string terminal_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) {
      out += fmt::format("\\x{:02x}", c);
    } else if (c == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(text[i + 1]));
      ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

namespace {

// The claim named `id`: claims are numbered "c1", "c2", ... in order, so the number finds it
// without a search; anything else is looked up.
const Claim* claim_by_id(const Claims& claims, std::string_view id) {
  std::size_t n = 0;
  if (id.size() > 1 && id[0] == 'c') {
    auto [end, ec] = std::from_chars(id.data() + 1, id.data() + id.size(), n);
    if (ec == std::errc() && end == id.data() + id.size() && n >= 1 && n <= claims.claims.size() &&
        claims.claims[n - 1].id == id) {
      return &claims.claims[n - 1];
    }
  }
  return claims.find(id);
}

// The sentence a finding is about, on one line, with a caret under its figure (the first figure
// of the first claim it names), as clang shows a diagnostic's source line:
//     12 | Revenue rose 20% to $5.0 million from $4.0 million.
//        |              ^~~
// A long sentence is cut to a window around the figure.
std::string quote(const DocumentResult& doc, const Finding& f, const LineIndex& lines, bool color) {
  constexpr std::size_t kWidth = 100;  // code points of the sentence shown at most
  constexpr std::size_t kBefore = 30;  // of them, before the figure when the sentence is cut
  const std::string_view text = *doc.bytes;
  ByteSpan figure = f.span;
  if (!f.claims.empty()) {
    if (const Claim* c = claim_by_id(doc.claims, f.claims.front())) {
      figure = c->quantities.empty() ? c->span : c->quantities.front().span;
    }
  }
  figure.begin = std::min(figure.begin, text.size());
  figure.end = std::clamp(figure.end, figure.begin, text.size());
  // The sentence holding the figure, else its line.
  const auto& sentences = doc.claims.sentences;
  auto it = std::partition_point(sentences.begin(), sentences.end(),
                                 [&](const Sentence& s) { return s.span.end <= figure.begin; });
  ByteSpan sentence;
  if (it != sentences.end() && it->span.begin <= figure.begin && it->span.end <= text.size()) {
    sentence = it->span;
  } else {
    const std::size_t nl = text.rfind('\n', figure.begin == 0 ? 0 : figure.begin - 1);
    sentence.begin = nl == std::string_view::npos || figure.begin == 0 ? 0 : nl + 1;
    sentence.end = std::min(text.find('\n', figure.begin), text.size());
  }
  figure.end = std::min(figure.end, sentence.end);
  // Byte offsets of the sentence's code points, so cuts and the caret fall between characters.
  std::vector<std::size_t> starts;
  for (std::size_t i = sentence.begin; i < sentence.end; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  starts.push_back(sentence.end);
  auto index_of = [&](std::size_t offset) {
    return static_cast<std::size_t>(std::lower_bound(starts.begin(), starts.end(), offset) -
                                    starts.begin());
  };
  const std::size_t total = starts.size() - 1;
  const std::size_t fig_first = index_of(figure.begin);
  const std::size_t fig_last = std::max(fig_first + 1, index_of(figure.end));
  std::size_t first = 0, last = total;
  if (total > kWidth) {
    first = fig_first > kBefore ? fig_first - kBefore : 0;
    last = std::min(total, first + kWidth);
  }
  std::string shown(text.substr(starts[first], starts[last] - starts[first]));
  for (char& c : shown) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';  // one column each, on one line
  }
  std::string caret_pad(fig_first - first + (first > 0 ? 1 : 0), ' ');
  const std::size_t shown_last = std::min(fig_last, last);
  std::string caret =
      "^" + std::string(shown_last > fig_first ? shown_last - fig_first - 1 : 0, '~');
  if (color) caret = "\x1b[1;32m" + caret + std::string(kReset);
  const std::string number = std::to_string(lines.position(starts[first]).line);
  const std::string gutter(number.size(), ' ');
  return fmt::format(" {} | {}{}{}\n {} | {}{}\n", number, first > 0 ? "\u2026" : "",
                     terminal_safe(shown), last < total ? "\u2026" : "", gutter, caret_pad, caret);
}

void append_line(std::string& out, bool color, std::string_view location, std::string_view label,
                 std::string_view label_colour, std::string_view message, std::string_view check,
                 std::string_view state) {
  if (color) out += kBold;
  out += location;
  out += ":";
  if (color) out += kReset;
  out += " ";
  if (color) out += label_colour;
  out += label;
  out += ":";
  if (color) out += kReset;
  out += " ";
  if (color) out += kBold;
  out += message;
  if (color) out += kReset;
  out += " [";
  out += check;
  out += "]";
  if (!state.empty()) {
    out += " (";
    out += state;
    out += ")";
  }
  out += "\n";
}

}  // namespace

namespace {

// The lines of `doc`'s findings, and of a comparison's absent entries; `lines` indexes the
// document's bytes. With -q, only the path, once: `named` says whether it has been given.
void render_lines(const DocumentResult& doc, const TextOptions& options,
                  const BaselineComparison* comparison, const LineIndex* lines, bool& named,
                  const TextSink& sink) {
  // Lines are handed on some 64 KB at a time, so a document's lines are never held whole.
  constexpr std::size_t kPiece = 1 << 16;
  std::string out;
  std::string path = terminal_safe(doc.path);
  // Findings the article silences are left out; JSON and SARIF keep them.
  auto listed = [&](std::size_t i) {
    const Finding& f = doc.findings[i];
    if (silenced(doc, i) || (f.severity == Severity::kPass && !options.show_pass)) return false;
    return !options.only || f.severity >= *options.only;
  };
  if (options.names_only) {
    // -q: the path once when something is listed, as grep -l names matching files.
    for (std::size_t i = 0; i < doc.findings.size() && !named; ++i) {
      if (listed(i)) {
        sink(path + "\n");
        named = true;
      }
    }
    return;
  }
  for (std::size_t i = 0; i < doc.findings.size(); ++i) {
    const Finding& f = doc.findings[i];
    if (!listed(i)) continue;
    LineIndex::Position p = lines ? lines->position(f.span.begin) : LineIndex::Position{};
    std::string location = fmt::format("{}:{}:{}", path, p.line, p.column);
    std::string_view state;
    if (comparison && i < comparison->states.size() && comparison->states[i]) {
      state = to_string(*comparison->states[i]);
    }
    append_line(out, options.color, location, to_string(f.severity), severity_colour(f.severity),
                terminal_safe(f.message), terminal_safe(f.check), state);
    if (options.context && lines) out += quote(doc, f, *lines, options.color);
    if (out.size() >= kPiece) {
      sink(out);
      out.clear();
    }
  }
  if (comparison) {
    // Accepted findings that went away: no line to point at, so the path alone.
    for (const BaselineEntry& e : comparison->absent) {
      append_line(out, options.color, path, "absent", kBold, terminal_safe(e.message),
                  terminal_safe(e.check), fmt::format("was {}", to_string(e.severity)));
    }
  }
  if (!out.empty()) sink(out);
}

}  // namespace

void render_text(const DocumentResult& doc, const TextOptions& options,
                 const BaselineComparison* comparison, const TextSink& sink) {
  if (doc.error) return;  // the reason goes to standard error, not among the findings
  std::optional<LineIndex> lines;
  if (doc.bytes && !options.names_only) lines.emplace(*doc.bytes);
  bool named = false;
  render_lines(doc, options, comparison, lines ? &*lines : nullptr, named, sink);
}

TextParts::TextParts(const DocumentResult& doc, const TextOptions& options)
    : options_(options),
      path_(doc.path),
      lines_(doc.bytes && !options.names_only ? std::string_view(*doc.bytes) : std::string_view()) {
}

void TextParts::part(const DocumentResult& part, const TextSink& out,
                     const BaselineComparison* comparison) {
  // The accepted findings that went away come once, after the last window (absent()).
  render_lines(part, options_, comparison, part.bytes && !options_.names_only ? &lines_ : nullptr,
               named_, out);
}

void TextParts::absent(const BaselineComparison& comparison, const TextSink& out) {
  DocumentResult none;
  none.path = path_;
  render_lines(none, options_, &comparison, nullptr, named_, out);
}

std::string render_text(const DocumentResult& doc, const TextOptions& options,
                        const BaselineComparison* comparison) {
  std::string out;
  render_text(doc, options, comparison, [&out](std::string_view part) { out += part; });
  return out;
}

std::string render_text(const std::vector<DocumentResult>& docs, const TextOptions& options) {
  std::string out;
  for (const DocumentResult& doc : docs) out += render_text(doc, options);
  return out;
}

}  // namespace factcheck
