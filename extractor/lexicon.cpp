// Reads the embedded lexicon files once into a table sorted by class, and builds patterns from it.
#include "lexicon.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <optional>
#include <stdexcept>

#include "key_table.h"

namespace factcheck::lexicon {

namespace {

struct Table {
  std::vector<Entry> rows;               // grouped by class, file order within a class
  std::vector<std::uint64_t> row_class;  // class_key() of each row's class
  // Built once the rows are in place, from spans and pointers into them.
  std::optional<KeyTable<std::span<const Entry>>> by_class;  // class_key(): the rows of a class
  std::optional<KeyTable<const Entry*>> by_key;              // key(): the first row of a word
};

// A word's bytes as find() compares them: ASCII letters lower-cased, and a run of spaces as one,
// since alternation() matches a space of a word as one or more ("percentage  points").
template <typename F>
void each_folded(std::string_view word, F&& f) {
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c == ' ' && i > 0 && word[i - 1] == ' ') continue;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    f(c);
  }
}

// A word's key within its class: FNV-1a over the folded word, from the class's key.
std::uint64_t key(std::uint64_t start, std::string_view word) {
  each_folded(word, [&start](char c) {
    start = (start ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  });
  return start;
}

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
  std::vector<std::pair<std::uint64_t, std::span<const Entry>>> classes;
  std::vector<std::pair<std::uint64_t, const Entry*>> words;
  for (std::size_t i = 0; i < t.rows.size();) {
    std::size_t j = i;
    while (j < t.rows.size() && t.rows[j].cls == t.rows[i].cls) ++j;
    classes.emplace_back(class_key(t.rows[i].cls),
                         std::span<const Entry>(t.rows.data() + i, j - i));
    i = j;
  }
  for (const Entry& e : t.rows) {
    t.row_class.push_back(class_key(e.cls));
    words.emplace_back(key(t.row_class.back(), e.word), &e);
  }
  t.by_class.emplace(classes);
  // Two classes with one key would hide one of them: our bug, caught at start.
  for (const auto& [k, rows] : classes) {
    if (t.by_class->get(k).data() != rows.data()) {
      throw std::logic_error(fmt::format("lexicon class '{}' shares its key", rows.front().cls));
    }
  }
  t.by_key.emplace(words);
  return t;
}

const Table& table() {
  static const Table t = read();
  return t;
}

// Equal ignoring ASCII case, without allocating: look-ups run for every figure.
bool same_word(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  auto next = [](std::string_view w, std::size_t& k) {
    while (k > 0 && k < w.size() && w[k] == ' ' && w[k - 1] == ' ') ++k;
    if (k == w.size()) return '\0';
    char c = w[k++];
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  };
  while (true) {
    const char x = next(a, i), y = next(b, j);
    if (x != y) return false;
    if (x == '\0') return i >= a.size() && j >= b.size();
  }
}

// Equal but for ASCII case, byte for byte: find()'s usual case, cheaper than same_word().
bool same_letters(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] == b[i]) continue;
    const char x = static_cast<char>(a[i] | 0x20);
    if (x != static_cast<char>(b[i] | 0x20) || x < 'a' || x > 'z') return false;
  }
  return true;
}

}  // namespace

namespace {

// The rows of `cls`, its key class_key(cls) given.
std::span<const Entry> entries(const Table& t, std::string_view cls, std::uint64_t start) {
  const std::span<const Entry> rows = t.by_class->get(start);
  if (rows.empty() || rows.front().cls != cls) {
    throw std::logic_error(fmt::format("lexicon has no class '{}'", cls));
  }
  return rows;
}

}  // namespace

std::span<const Entry> entries(Class cls) { return entries(table(), cls.name, cls.key); }

const Entry* find(Class cls, std::string_view word) {
  const Table& t = table();
  const Entry* e = t.by_key->get(key(cls.key, word));
  if (e == nullptr) {
    // An unknown class throws. Classes differ in their keys (read() makes sure), so the class
    // found by this key, its name as long, is this one; anything else goes to entries(), which
    // compares the names and throws.
    const std::span<const Entry> rows = t.by_class->get(cls.key);
    if (rows.empty() || rows.front().cls.size() != cls.name.size()) entries(t, cls.name, cls.key);
    return nullptr;
  }
  // Most look-ups find their word: of this class (classes differ in their keys), the same bytes
  // but for ASCII case, compared in one pass before same_word() allows for runs of spaces.
  if (t.row_class[static_cast<std::size_t>(e - t.rows.data())] == cls.key &&
      e->cls.size() == cls.name.size() &&
      (same_letters(e->word, word) || same_word(e->word, word))) {
    return e;
  }
  // Another word with the same hash: scan the class.
  for (const Entry& other : entries(t, cls.name, cls.key)) {
    if (same_word(other.word, word)) return &other;
  }
  return nullptr;
}

std::string_view value(Class cls, std::string_view word) {
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
  // The field as fields() splits the value, found without building the list: a figure's scale
  // and currency are read this way for every figure.
  std::string_view f;
  for (std::size_t n = 0; !value.empty() && f.empty();) {
    const std::size_t sp = value.find(' ');
    if (sp != 0 && n++ == field) f = value.substr(0, sp);
    if (sp == std::string_view::npos) break;
    value.remove_prefix(sp + 1);
  }
  if (f.empty()) return fallback;
  double v = fallback;
  std::from_chars(f.data(), f.data() + f.size(), v);
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

namespace {

// One byte of a word as a pattern reads it: metacharacters escaped, bytes outside ASCII as \xHH,
// a space as one or more spaces (tokenised copy doubles them: "(  x20ac )").
std::string pattern_byte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  if (std::isalnum(u)) return std::string(1, c);
  if (c == ' ') return "\\x20+";
  if (u < ' ' || u >= 0x80) return fmt::format("\\x{:02X}", u);
  return std::string{'\\', c};
}

// The words as a trie, so PCRE2 reads a byte once per branch instead of trying every word:
// {"b", "bn", "billion"} is "b(?:illion|n|)". Each node holds its children by byte.
struct Trie {
  struct Node {
    std::map<char, std::size_t> next;
    bool ends = false;
  };
  std::vector<Node> nodes{1};

  void add(std::string_view word) {
    std::size_t n = 0;
    for (char c : word) {
      auto it = nodes[n].next.find(c);
      if (it == nodes[n].next.end()) {
        it = nodes[n].next.emplace(c, nodes.size()).first;
        nodes.emplace_back();
      }
      n = it->second;
    }
    nodes[n].ends = true;
  }

  // Longer words first: a node's children come before the word ending at it.
  std::string emit(std::size_t n, char last, Bound bound) const {
    std::vector<std::string> alts;
    for (const auto& [c, child] : nodes[n].next)
      alts.push_back(pattern_byte(c) + emit(child, c, bound));
    if (nodes[n].ends) {
      const bool letter = std::isalpha(static_cast<unsigned char>(last));
      alts.push_back(bound == Bound::kLetter && letter ? "(?![A-Za-z])" : "");
    }
    if (alts.size() == 1) return alts[0];
    std::string out = "(?:";
    for (std::size_t i = 0; i < alts.size(); ++i) out += (i > 0 ? "|" : "") + alts[i];
    return out + ")";
  }
};

}  // namespace

std::string alternation(std::initializer_list<std::string_view> classes, Bound bound) {
  Trie trie;
  for (std::string_view w : words(classes)) trie.add(w);
  return "(?:" + trie.emit(0, '\0', bound) + ")";
}

int month(std::string_view word) { return static_cast<int>(number(value("month", word))); }

}  // namespace factcheck::lexicon
