// A read-only hash table over 64-bit keys with open addressing. The lexicon's look-ups and the
// lexer's word classes run for many words of every sentence, where std::unordered_map's modulo
// and node hops cost more than the rest of the look-up.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace factcheck {

/// Keys to values of type V; V{} stands for "none". Built once, then shared read-only.
template <typename V>
class KeyTable {
 public:
  /// Keeps the first value given for a key.
  explicit KeyTable(const std::vector<std::pair<std::uint64_t, V>>& items) {
    std::size_t size = 16;
    while (size < items.size() * 2) size *= 2;
    keys_.assign(size, 0);
    values_.assign(size, V{});
    mask_ = size - 1;
    for (const auto& [key, value] : items) {
      const std::size_t i = slot(key);
      if (keys_[i] != 0) continue;
      keys_[i] = stored(key);
      values_[i] = value;
    }
  }
  /// The value stored for `key`, or V{}.
  V get(std::uint64_t key) const {
    const std::size_t i = slot(key);
    return keys_[i] == 0 ? V{} : values_[i];
  }

 private:
  // 0 marks an empty slot, so a key of 0 is stored as 1.
  static std::uint64_t stored(std::uint64_t key) { return key == 0 ? 1 : key; }
  // The slot holding `key`, or the empty one where it would go.
  std::size_t slot(std::uint64_t key) const {
    key = stored(key);
    std::size_t i = static_cast<std::size_t>(key ^ key >> 29) & mask_;
    while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask_;
    return i;
  }
  std::vector<std::uint64_t> keys_;
  std::vector<V> values_;
  std::size_t mask_ = 0;
};

}  // namespace factcheck
