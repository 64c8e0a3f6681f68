// Compiler-style text output: "path:line:col: severity: message [check-id]", in text order.
#include <fmt/format.h>

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

std::string render_text(const DocumentResult& doc, const TextOptions& options,
                        const BaselineComparison* comparison) {
  std::string out;
  if (doc.error) return out;  // the reason goes to standard error, not among the findings
  std::string path = terminal_safe(doc.path);
  std::optional<LineIndex> lines;
  if (doc.bytes) lines.emplace(*doc.bytes);
  for (std::size_t i = 0; i < doc.findings.size(); ++i) {
    const Finding& f = doc.findings[i];
    if (f.severity == Severity::kPass && !options.show_pass) continue;
    LineIndex::Position p = lines ? lines->position(f.span.begin) : LineIndex::Position{};
    std::string location = fmt::format("{}:{}:{}", path, p.line, p.column);
    std::string_view state;
    if (comparison && i < comparison->states.size() && comparison->states[i]) {
      state = to_string(*comparison->states[i]);
    }
    append_line(out, options.color, location, to_string(f.severity), severity_colour(f.severity),
                terminal_safe(f.message), terminal_safe(f.check), state);
  }
  if (comparison) {
    // Accepted findings that went away: no line to point at, so the path alone.
    for (const BaselineEntry& e : comparison->absent) {
      append_line(out, options.color, path, "absent", kBold, terminal_safe(e.message),
                  terminal_safe(e.check), fmt::format("was {}", to_string(e.severity)));
    }
  }
  return out;
}

std::string render_text(const std::vector<DocumentResult>& docs, const TextOptions& options) {
  std::string out;
  for (const DocumentResult& doc : docs) out += render_text(doc, options);
  return out;
}

}  // namespace factcheck
