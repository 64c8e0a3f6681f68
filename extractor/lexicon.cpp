// Reads the embedded lexicon files once into a table sorted by class, and builds patterns from it.
#include "lexicon.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <stdexcept>

#include "internal.h"

namespace factcheck::lexicon {

namespace {

struct Table {
  std::vector<Entry> rows;  // grouped by class, file order within a class
  std::map<std::string_view, std::span<const Entry>, std::less<>> by_class;
};

// Splits the files into rows. A row with fewer than three fields is our bug, caught at start.
Table read() {
  Table t;
  for (const Source& src : sources()) {
    std::string_view rest = src.text;
    int line_no = 0;
    while (!rest.empty()) {
      const std::size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line.front() == '#') continue;
      std::string_view f[3];
      for (std::string_view& field : f) {
        const std::size_t tab = line.find('\t');
        field = line.substr(0, tab);
        line = tab == std::string_view::npos ? std::string_view{} : line.substr(tab + 1);
      }
      if (f[0].empty() || f[1].empty() || f[2].empty()) {
        throw std::logic_error(
            fmt::format("lexicon {}:{}: a row needs word, class and value", src.name, line_no));
      }
      t.rows.push_back({f[0], f[1], f[2] == "-" ? std::string_view{} : f[2], src.name, line_no});
    }
  }
  std::stable_sort(t.rows.begin(), t.rows.end(),
                   [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
  for (std::size_t i = 0; i < t.rows.size();) {
    std::size_t j = i;
    while (j < t.rows.size() && t.rows[j].cls == t.rows[i].cls) ++j;
    t.by_class.emplace(t.rows[i].cls, std::span<const Entry>(t.rows.data() + i, j - i));
    i = j;
  }
  return t;
}

const Table& table() {
  static const Table t = read();
  return t;
}

bool same_word(std::string_view a, std::string_view b) {
  return a.size() == b.size() && detail::lower(a) == detail::lower(b);
}

}  // namespace

std::span<const Entry> entries(std::string_view cls) {
  const Table& t = table();
  auto it = t.by_class.find(cls);
  if (it == t.by_class.end()) {
    throw std::logic_error(fmt::format("lexicon has no class '{}'", cls));
  }
  return it->second;
}

const Entry* find(std::string_view cls, std::string_view word) {
  for (const Entry& e : entries(cls)) {
    if (same_word(e.word, word)) return &e;
  }
  return nullptr;
}

std::string_view value(std::string_view cls, std::string_view word) {
  const Entry* e = find(cls, word);
  return e == nullptr ? std::string_view{} : e->value;
}

std::vector<std::string_view> fields(std::string_view value) {
  std::vector<std::string_view> out;
  while (!value.empty()) {
    const std::size_t sp = value.find(' ');
    if (sp != 0) out.push_back(value.substr(0, sp));
    if (sp == std::string_view::npos) break;
    value.remove_prefix(sp + 1);
  }
  return out;
}

double number(std::string_view value, std::size_t field, double fallback) {
  const std::vector<std::string_view> f = fields(value);
  if (field >= f.size()) return fallback;
  double v = fallback;
  std::from_chars(f[field].data(), f[field].data() + f[field].size(), v);
  return v;
}

std::vector<std::string_view> words(std::initializer_list<std::string_view> classes) {
  std::vector<std::string_view> out;
  for (std::string_view cls : classes) {
    for (const Entry& e : entries(cls)) {
      if (std::find(out.begin(), out.end(), e.word) == out.end()) out.push_back(e.word);
    }
  }
  return out;
}

std::string alternation(std::initializer_list<std::string_view> classes, Bound bound) {
  std::vector<std::string_view> w = words(classes);
  // Longest first: PCRE2 takes the first alternative that lets the rest match.
  std::stable_sort(w.begin(), w.end(),
                   [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
  std::string out = "(?:";
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (i > 0) out += '|';
    for (char c : w[i]) {
      const unsigned char u = static_cast<unsigned char>(c);
      if (std::isalnum(u)) {
        out += c;
      } else if (c == ' ') {
        out += "\\x20+";  // tokenised copy doubles spaces: "(  x20ac )"
      } else if (u <= ' ' || u >= 0x80) {
        out += fmt::format("\\x{:02X}", u);
      } else {
        out += '\\';
        out += c;
      }
    }
    if (bound == Bound::kLetter && std::isalpha(static_cast<unsigned char>(w[i].back()))) {
      out += "(?![A-Za-z])";
    }
  }
  out += ')';
  return out;
}

int month(std::string_view word) { return static_cast<int>(number(value("month", word))); }

}  // namespace factcheck::lexicon
