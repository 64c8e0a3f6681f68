// Comments in an article that silence findings, as linters' disable comments do.
//
// Markdown and HTML (and text too) take HTML comments; text also takes a line of its own
// starting "# factcheck-", which no article's copy contains:
//   <!-- factcheck-disable-next-line date-weekday -->    the next line that has text
//   <!-- factcheck-disable date-weekday citation -->     from here ...
//   <!-- factcheck-enable date-weekday citation -->      ... to here (or to the end)
//   # factcheck-disable-next-line date-weekday
// With no check named, every check is silenced.
#include <algorithm>
#include <map>

#include "input/input.h"

namespace factcheck {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// One directive: its verb and the checks it names.
struct Directive {
  std::string_view verb;  // "disable-next-line", "disable" or "enable"
  std::vector<std::string> checks;
  ByteSpan span;  // the comment or line holding it
};

// The directive in `body` (a comment's text or a line after "#"), if it is one.
std::optional<Directive> parse(std::string_view body, ByteSpan span) {
  body = trim(body);
  constexpr std::string_view kPrefix = "factcheck-";
  if (body.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
  body.remove_prefix(kPrefix.size());
  Directive d;
  d.span = span;
  const std::size_t end = std::min(body.find_first_of(" \t\r\n"), body.size());
  d.verb = body.substr(0, end);
  if (d.verb != "disable-next-line" && d.verb != "disable" && d.verb != "enable") {
    return std::nullopt;
  }
  body.remove_prefix(end);
  // Checks are separated by spaces or commas.
  std::size_t i = 0;
  while (i < body.size()) {
    while (i < body.size() && (is_space(body[i]) || body[i] == ',')) ++i;
    std::size_t j = i;
    while (j < body.size() && !is_space(body[j]) && body[j] != ',') ++j;
    if (j > i) d.checks.emplace_back(body.substr(i, j - i));
    i = j;
  }
  return d;
}

std::vector<Directive> directives(std::string_view source, InputFormat format) {
  std::vector<Directive> out;
  for (std::size_t at = source.find("<!--"); at != std::string_view::npos;
       at = source.find("<!--", at + 4)) {
    const std::size_t close = source.find("-->", at + 4);
    if (close == std::string_view::npos) break;
    if (auto d = parse(source.substr(at + 4, close - at - 4), {at, close + 3})) {
      out.push_back(std::move(*d));
    }
  }
  if (format == InputFormat::kText) {
    for (std::size_t begin = 0; begin < source.size();) {
      std::size_t end = source.find('\n', begin);
      if (end == std::string_view::npos) end = source.size();
      const std::string_view line = trim(source.substr(begin, end - begin));
      if (line.size() > 1 && line[0] == '#') {
        if (auto d = parse(line.substr(1), {begin, end})) out.push_back(std::move(*d));
      }
      begin = end + 1;
    }
    std::sort(out.begin(), out.end(),
              [](const Directive& a, const Directive& b) { return a.span.begin < b.span.begin; });
  }
  return out;
}

// The next line after `offset` with any text on it: its bytes, newline excluded.
ByteSpan next_line(std::string_view source, std::size_t offset) {
  std::size_t begin = source.find('\n', offset);
  while (begin != std::string_view::npos) {
    ++begin;
    std::size_t end = source.find('\n', begin);
    if (end == std::string_view::npos) end = source.size();
    if (!trim(source.substr(begin, end - begin)).empty()) return {begin, end};
    begin = end < source.size() ? end : std::string_view::npos;
  }
  return {source.size(), source.size()};
}

}  // namespace

std::vector<Suppression> find_suppressions(std::string_view source, InputFormat format) {
  std::vector<Suppression> out;
  // Open disable blocks by check ("" for every check): where each began.
  std::map<std::string, std::pair<std::size_t, ByteSpan>> open;
  for (Directive& d : directives(source, format)) {
    if (d.verb == "disable-next-line") {
      out.push_back({std::move(d.checks), next_line(source, d.span.end), d.span});
    } else if (d.verb == "disable") {
      if (d.checks.empty()) d.checks.emplace_back();
      for (std::string& c : d.checks)
        open.emplace(std::move(c), std::make_pair(d.span.end, d.span));
    } else {
      // An enable naming no check closes every open block.
      std::vector<std::string> closing = d.checks;
      if (closing.empty()) {
        for (const auto& [c, _] : open) closing.push_back(c);
      }
      for (const std::string& c : closing) {
        auto it = open.find(c);
        if (it == open.end()) continue;
        std::vector<std::string> checks;
        if (!c.empty()) checks.push_back(c);
        out.push_back({std::move(checks), {it->second.first, d.span.begin}, it->second.second});
        open.erase(it);
      }
    }
  }
  for (auto& [c, start] : open) {
    std::vector<std::string> checks;
    if (!c.empty()) checks.push_back(c);
    out.push_back({std::move(checks), {start.first, source.size()}, start.second});
  }
  return out;
}

bool is_suppressed(const std::vector<Suppression>& suppressions, std::string_view check,
                   std::size_t offset) {
  return std::any_of(suppressions.begin(), suppressions.end(), [&](const Suppression& s) {
    if (offset < s.range.begin || offset >= s.range.end) return false;
    return s.checks.empty() || std::find(s.checks.begin(), s.checks.end(), check) != s.checks.end();
  });
}

}  // namespace factcheck
