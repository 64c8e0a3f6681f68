// Parenthetical citations (to come).
#include "extractor/internal.h"
#include <cstdio>

namespace factcheck::detail {

void find_citations(std::string_view, Claims&) {}

std::string iso_date(int year, int month, int day) {
  char buf[16];
  if (year && month && day) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else if (year && month) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else if (month && day) std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
  else if (year) std::snprintf(buf, sizeof buf, "%04d", year);
  else return {};
  return buf;
}

}  // namespace factcheck::detail
