// Claim kind: duration (to come).
#include "extractor/internal.h"

namespace factcheck::detail {

void find_durations(SentenceWork&, std::vector<Claim>&) {}

}  // namespace factcheck::detail
