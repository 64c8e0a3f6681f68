// The extractor's words as data: extractor/lexicon/*.tsv, compiled into the binary.
//
// Each file holds rows of tab-separated fields: word, class, value, notes. A word is written
// as it appears in text (case matters for the patterns that use it, not for look-ups); a class
// names a list ("scale", "currency-code", "month"); the value is what the word stands for
// ("1e9", "EUR 0.01", "about"), several fields separated by spaces, or "-" for none. Lines
// starting with '#' and blank lines are comments. The grammar builds its patterns from these
// lists, so adding "crore" or "GW" is a line of data.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace factcheck::lexicon {

/// One lexicon file, as embedded at build time (lexicon_data.cpp, generated).
struct Source {
  std::string_view name;  // "scale.tsv"
  std::string_view text;
};
std::span<const Source> sources();

/// One row of a lexicon file.
struct Entry {
  std::string_view word;
  std::string_view cls;
  std::string_view value;  // empty when the file says "-"
  std::string_view file;   // the file it came from, for messages
  int line = 0;
};

/// A class's key: its bytes eight at a time, mixed. Exact bytes: a class in other case is no
/// class.
constexpr std::uint64_t class_key(std::string_view cls) {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ cls.size();
  std::size_t i = 0;
  while (true) {
    std::uint64_t w = 0;
    const std::size_t n = cls.size() - i < 8 ? cls.size() - i : 8;
    for (std::size_t k = 0; k < n; ++k) {
      w |= std::uint64_t{static_cast<unsigned char>(cls[i + k])} << (8 * k);
    }
    h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
    if (n < 8) return h;
    i += 8;
  }
}

/// A class's name with its key: worked out when the program is compiled for a name written in
/// the code ("direction-verb"), since look-ups name their class on every call, for many words of
/// every sentence.
struct Class {
  template <std::size_t N>
  consteval Class(const char (&literal)[N])  // NOLINT(google-explicit-constructor)
      : name(literal, N - 1), key(class_key(name)) {}
  Class(std::string_view name_in)  // NOLINT(google-explicit-constructor)
      : name(name_in), key(class_key(name_in)) {}
  std::string_view name;
  std::uint64_t key;
};

/// The entries of a class in file order. An unknown class is our bug: throws std::logic_error.
std::span<const Entry> entries(Class cls);

/// The entry of `cls` whose word equals `word` ignoring ASCII case, or nullptr.
const Entry* find(Class cls, std::string_view word);

/// The value of `word` in `cls` ("" when the word is not there).
std::string_view value(Class cls, std::string_view word);

/// The space-separated fields of a value: "GBP 0.01" -> {"GBP", "0.01"}.
std::vector<std::string_view> fields(std::string_view value);

/// A value field as a number ("1e9", "0.01"); `fallback` when the field is missing.
double number(std::string_view value, std::size_t field = 0, double fallback = 0);

/// The words of the classes, each once.
std::vector<std::string_view> words(std::initializer_list<std::string_view> classes);

/// How an alternation ends each word.
enum class Bound {
  kNone,    // as written: "$" then anything
  kLetter,  // a word ending in a letter is not followed by another: "bn" but not "bnx"
};

/// A PCRE2 group matching any word of the classes, longest first so "billion" wins over "b",
/// with metacharacters escaped, bytes outside ASCII as \xHH, and a space as one or more spaces:
/// "(?:per\x20+cent|pct|%)".
std::string alternation(std::initializer_list<std::string_view> classes,
                        Bound bound = Bound::kLetter);

/// The month a word names, 1 to 12 ("March", "sept", "Dec"), or 0.
int month(std::string_view word);

/// A class whose value names what the code does with the word (rate-lead's "spread" or "dated",
/// change-period's "quarter"), read once into an enum so the code compares roles, not words.
/// Built once and shared read-only.
template <typename Role>
class Roles {
 public:
  /// Each entry's value must be one of `names`: another is our bug and throws std::logic_error.
  /// A word not in the class, or a null entry, has the role `none`.
  Roles(std::string_view cls, std::initializer_list<std::pair<std::string_view, Role>> names,
        Role none = Role{})
      : cls_(cls), rows_(entries(cls)), none_(none) {
    roles_.reserve(rows_.size());
    for (const Entry& e : rows_) {
      const auto* named = names.begin();
      while (named != names.end() && named->first != e.value) ++named;
      if (named == names.end()) {
        throw std::logic_error(std::string(e.file) + ":" + std::to_string(e.line) + ": '" +
                               std::string(e.value) + "' is no role of class " + std::string(cls));
      }
      roles_.push_back(named->second);
    }
  }
  /// The role of an entry of the class (from find() or entries()), `none` for null.
  Role of(const Entry* e) const {
    return e == nullptr ? none_ : roles_[static_cast<std::size_t>(e - rows_.data())];
  }
  /// The role of `word` in the class (any case), `none` when it is not there.
  Role find(std::string_view word) const { return of(lexicon::find(cls_, word)); }

 private:
  std::string_view cls_;
  std::span<const Entry> rows_;
  std::vector<Role> roles_;
  Role none_;
};

}  // namespace factcheck::lexicon
