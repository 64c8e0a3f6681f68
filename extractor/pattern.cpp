#include "pattern.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <fmt/format.h>
#include <pcre2.h>

#include <algorithm>
#include <iterator>

namespace factcheck {

namespace {
// Enough capture slots for the largest pattern we write.
constexpr std::uint32_t kMaxGroups = 64;
}  // namespace

namespace {

// Whether PCRE2 JIT-compiled `code`: pcre2_jit_match() then runs it without pcre2_match()'s checks.
bool jit_compiled(const pcre2_code_8* code) {
  std::size_t size = 0;
  return pcre2_pattern_info(code, PCRE2_INFO_JITSIZE, &size) == 0 && size > 0;
}

pcre2_code_8* compile(std::string_view name, std::string_view regex, std::uint32_t options) {
  int error = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code_8* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(regex.data()), regex.size(),
                                     options, &error, &offset, nullptr);
  if (code == nullptr) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(error, message, sizeof message);
    throw std::logic_error(fmt::format("pattern '{}' does not compile at offset {}: {}", name,
                                       offset, reinterpret_cast<const char*>(message)));
  }
  // JIT is an optimisation: when the library was built without it, the interpreter runs.
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
  return code;
}

}  // namespace

Pattern::Pattern(std::string_view name, std::string_view regex, bool caseless) : name_(name) {
  const std::uint32_t options = caseless ? PCRE2_CASELESS : 0;
  code_ = compile(name, regex, options);
  // PCRE2 runs JIT code only for options given at compile time: PCRE2_ANCHORED passed to
  // pcre2_match() would fall back to the interpreter, so match_at() has its own compiled code.
  try {
    anchored_ = compile(name, regex, options | PCRE2_ANCHORED);
  } catch (...) {
    pcre2_code_free(code_);
    throw;
  }
  jit_ = jit_compiled(code_);
  anchored_jit_ = jit_compiled(anchored_);
  // The name table: entries of a two-byte group number, big-endian, then the name and a NUL.
  std::uint32_t count = 0, entry = 0;
  PCRE2_SPTR table = nullptr;
  pcre2_pattern_info(code_, PCRE2_INFO_NAMECOUNT, &count);
  pcre2_pattern_info(code_, PCRE2_INFO_NAMEENTRYSIZE, &entry);
  pcre2_pattern_info(code_, PCRE2_INFO_NAMETABLE, &table);
  for (std::uint32_t i = 0; i < count; ++i) {
    const PCRE2_SPTR e = table + static_cast<std::size_t>(i) * entry;
    groups_.emplace_back(reinterpret_cast<const char*>(e + 2), e[0] << 8 | e[1]);
  }
  std::sort(groups_.begin(), groups_.end());
}

Pattern::~Pattern() {
  pcre2_code_free(code_);
  pcre2_code_free(anchored_);
}

std::size_t Pattern::compiled_size() const {
  std::size_t size = 0;
  pcre2_pattern_info(code_, PCRE2_INFO_SIZE, &size);
  return size;
}

bool Pattern::has_start_bytes() const {
  const std::uint8_t* bitmap = nullptr;
  pcre2_pattern_info(code_, PCRE2_INFO_FIRSTBITMAP, &bitmap);
  std::uint32_t first = 0;
  pcre2_pattern_info(code_, PCRE2_INFO_FIRSTCODETYPE, &first);
  return bitmap != nullptr || first == 1;
}

int Pattern::group(std::string_view group_name) const {
  // A pattern has a dozen groups at most, with names of a few letters, and the kinds ask for
  // them sentence by sentence: a scan comparing lengths first costs less than a binary search.
  int number = -1;
  int seen = 0;
  for (const auto& [name, n] : groups_) {
    if (name.size() == group_name.size() &&
        std::equal(name.begin(), name.end(), group_name.begin())) {
      number = n;
      ++seen;
    }
  }
  // A name used twice ((?J)) has no one number: PCRE2 says so below.
  if (seen == 1) return number;
  // PCRE2 wants a terminated name; group names are short, so no allocation is needed.
  char n[64] = {};
  if (group_name.size() >= sizeof n) {
    throw std::logic_error(fmt::format("pattern '{}': group name too long", name_));
  }
  group_name.copy(n, group_name.size());
  number = pcre2_substring_number_from_name(code_, reinterpret_cast<PCRE2_SPTR>(n));
  if (number < 0) {
    throw std::logic_error(fmt::format("pattern '{}' has no group '{}'", name_, group_name));
  }
  return number;
}

bool Pattern::run(const pcre2_code_8* code, bool jit, std::string_view subject, std::size_t start,
                  std::size_t limit, Match& m) const {
  if (limit > subject.size()) limit = subject.size();
  if (start > limit) return false;
  // PCRE2 sees the subject up to `limit`; lookbehind may still read before `start`.
  // An empty view may have no data; PCRE2 wants a pointer all the same.
  const auto bytes = reinterpret_cast<PCRE2_SPTR>(subject.data() ? subject.data() : "");
  int rc = jit ? pcre2_jit_match(code, bytes, limit, start, 0, m.data_, nullptr)
               : pcre2_match(code, bytes, limit, start, 0, m.data_, nullptr);
  if (rc < 0) {
    if (rc == PCRE2_ERROR_NOMATCH) return false;
    // Resource limits on pathological input: treat as no match rather than abort the document.
    return false;
  }
  m.subject_ = subject;
  return true;
}

bool Pattern::find(std::string_view subject, std::size_t start, Match& m, std::size_t limit) const {
  return run(code_, jit_, subject, start, limit, m);
}

bool Pattern::match_at(std::string_view subject, std::size_t start, Match& m,
                       std::size_t limit) const {
  return run(anchored_, anchored_jit_, subject, start, limit, m);
}

Match::Match()
    : data_(pcre2_match_data_create(kMaxGroups, nullptr)),
      ovector_(pcre2_get_ovector_pointer(data_)),
      pairs_(pcre2_get_ovector_count(data_)) {}
Match::~Match() { pcre2_match_data_free(data_); }

bool Match::has(int i) const {
  if (i < 0 || static_cast<std::uint32_t>(i) >= pairs_) return false;
  return ovector_[2 * i] != PCRE2_UNSET;
}

ByteSpan Match::span(int i) const {
  if (!has(i)) return {std::string_view::npos, std::string_view::npos};
  return {ovector_[2 * i], ovector_[2 * i + 1]};
}

std::string_view Match::str(int i) const {
  if (!has(i)) return {};
  ByteSpan s = span(i);
  return subject_.substr(s.begin, s.size());
}

}  // namespace factcheck
