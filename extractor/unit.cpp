// Classifies a unit code (extractor.h's Unit) into its dimension: the extractor's own codes by
// name, money by the shape of an ISO 4217 code, lengths of time and physical units by the lexicon.
#include <algorithm>
#include <array>
#include <utility>

#include "extractor.h"
#include "lexicon.h"

namespace factcheck {

namespace {

// The lexicon's names for physical dimensions (units.tsv's value column) and the extractor's own
// codes, each with its dimension; to_string() reads the same table backwards.
constexpr std::array<std::pair<std::string_view, Dimension>, 20> kNames{{
    {"none", Dimension::kNone},
    {"money", Dimension::kMoney},
    {"percent", Dimension::kPercent},
    {"points", Dimension::kPoints},
    {"multiple", Dimension::kMultiple},
    {"count", Dimension::kCount},
    {"age", Dimension::kAge},
    {"time", Dimension::kTime},
    {"length", Dimension::kLength},
    {"area", Dimension::kArea},
    {"volume", Dimension::kVolume},
    {"mass", Dimension::kMass},
    {"speed", Dimension::kSpeed},
    {"data", Dimension::kData},
    {"power", Dimension::kPower},
    {"energy", Dimension::kEnergy},
    {"frequency", Dimension::kFrequency},
    {"temperature", Dimension::kTemperature},
    {"physical", Dimension::kPhysical},
    {"other", Dimension::kOther},
}};

bool iso_code(std::string_view code) {
  return code.size() == 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A time unit's code is the singular its lexicon entries give as their value ("hrs" -> "hour").
bool time_code(std::string_view code) {
  const auto rows = lexicon::entries("time-unit");
  return std::any_of(rows.begin(), rows.end(),
                     [code](const lexicon::Entry& e) { return e.value == code || e.word == code; });
}

Dimension physical(std::string_view code) {
  const lexicon::Entry* e = lexicon::find("unit", code);
  if (e == nullptr) e = lexicon::find("temperature-letter", code);
  if (e == nullptr) return Dimension::kOther;
  const std::string_view name =
      lexicon::fields(e->value).empty() ? "" : lexicon::fields(e->value)[0];
  for (const auto& [n, d] : kNames) {
    if (n == name && d >= Dimension::kLength) return d;
  }
  return Dimension::kPhysical;
}

}  // namespace

std::string_view to_string(Dimension dimension) {
  for (const auto& [name, d] : kNames) {
    if (d == dimension) return name;
  }
  return "other";
}

Dimension dimension_of(std::string_view code) {
  if (code.empty()) return Dimension::kNone;
  if (code == "%") return Dimension::kPercent;
  if (code == "pp" || code == "points") return Dimension::kPoints;
  if (code == "x") return Dimension::kMultiple;
  if (code == "count") return Dimension::kCount;
  if (code == "age") return Dimension::kAge;
  if (iso_code(code)) return Dimension::kMoney;
  if (time_code(code)) return Dimension::kTime;
  return physical(code);
}

Unit& Unit::assign(std::string_view code) {
  // Unit words are short; a longer code would be a reading error, cut at capacity on a character's
  // first byte so that the code stays valid UTF-8.
  std::size_t n = std::min(code.size(), kCapacity);
  if (n < code.size()) {
    while (n > 0 && (static_cast<unsigned char>(code[n]) & 0xC0) == 0x80) --n;
  }
  size_ = static_cast<std::uint8_t>(n);
  std::copy_n(code.data(), size_, code_);
  dimension_ = dimension_of(this->code());
  return *this;
}

}  // namespace factcheck
