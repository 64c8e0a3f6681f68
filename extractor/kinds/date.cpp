// Claim kind: date (to come).
#include "extractor/internal.h"

namespace factcheck::detail {

void find_dates(SentenceWork&, std::vector<Claim>&) {}

}  // namespace factcheck::detail
