// extract(): the order in which the extractor's pieces read a document.
#include <algorithm>

#include "internal.h"

namespace factcheck {

std::string_view version() { return FACTCHECK_VERSION; }

std::string_view to_string(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kMoney:
      return "money";
    case ClaimKind::kPercent:
      return "percent";
    case ClaimKind::kPercentagePoints:
      return "percentage-points";
    case ClaimKind::kPercentChange:
      return "percent-change";
    case ClaimKind::kDifference:
      return "difference";
    case ClaimKind::kMultiple:
      return "multiple";
    case ClaimKind::kCount:
      return "count";
    case ClaimKind::kEnumeration:
      return "enumeration";
    case ClaimKind::kDate:
      return "date";
    case ClaimKind::kDuration:
      return "duration";
    case ClaimKind::kRate:
      return "rate";
    case ClaimKind::kShare:
      return "share";
    case ClaimKind::kNumber:
      return "number";
  }
  return "number";
}

std::string_view to_string(Direction direction) {
  switch (direction) {
    case Direction::kIncrease:
      return "increase";
    case Direction::kDecrease:
      return "decrease";
    case Direction::kNone:
      return "none";
  }
  return "none";
}

std::string_view to_string(Lead lead) {
  switch (lead) {
    case Lead::kRestates:
      return "restates";
    case Lead::kTotal:
      return "total";
    case Lead::kAnother:
      return "another";
    case Lead::kAt:
      return "at";
    case Lead::kReached:
      return "reached";
    case Lead::kRemaining:
      return "remaining";
    case Lead::kBracketed:
      return "bracketed";
    case Lead::kNone:
      return "none";
  }
  return "none";
}

const Claim* Claims::find(std::string_view id) const {
  for (const Claim& c : claims) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

namespace {

// The kind of a figure that no statement took: what it is on its own.
ClaimKind kind_of(const Quantity& q) {
  switch (q.unit.dimension()) {
    case Dimension::kPercent:
      return ClaimKind::kPercent;
    case Dimension::kMoney:
      return ClaimKind::kMoney;
    case Dimension::kCount:
      return ClaimKind::kCount;
    case Dimension::kMultiple:
      return ClaimKind::kMultiple;
    case Dimension::kPoints:  // "points" of an index are a plain number
      return q.unit == "pp" ? ClaimKind::kPercentagePoints : ClaimKind::kNumber;
    default:
      return ClaimKind::kNumber;
  }
}

// Text order: by where a claim begins, then by where it ends.
bool in_order(const Claim& a, const Claim& b) {
  return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end < b.span.end;
}

// Sorts claims[first, end) into text order, stably, as std::stable_sort would, but moves each
// claim about once: it sorts their places (`order`, scratch kept by the caller) and then moves
// the claims along the permutation's cycles. A Claim is large, and std::stable_sort moves each
// several times and through a buffer it allocates.
void sort_claims(std::vector<Claim>& claims, std::size_t first, std::vector<std::size_t>& order) {
  const auto begin = claims.begin() + static_cast<std::ptrdiff_t>(first);
  if (std::is_sorted(begin, claims.end(), in_order)) return;
  order.resize(claims.size() - first);
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = first + k;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return in_order(claims[a], claims[b]); });
  // order[k] is the claim that belongs at first + k; each cycle takes one claim aside.
  for (std::size_t k = 0; k < order.size(); ++k) {
    if (order[k] == first + k) continue;
    Claim aside = std::move(claims[first + k]);
    std::size_t at = k;
    while (order[at] != first + k) {
      const std::size_t from = order[at] - first;
      claims[first + at] = std::move(claims[first + from]);
      order[at] = first + at;
      at = from;
    }
    claims[first + at] = std::move(aside);
    order[at] = first + at;
  }
}

}  // namespace

namespace {

// The numbers written in `text` (runs of digits): a claim seldom holds none and most hold one, so
// they tell how many claims to make room for.
std::size_t digit_runs(std::string_view text) {
  std::size_t n = 0;
  bool in_digits = false;
  for (const char ch : text) {
    const bool digit = ch >= '0' && ch <= '9';
    n += static_cast<std::size_t>(digit && !in_digits);
    in_digits = digit;
  }
  return n;
}

// The claims of the sentences `out` holds, numbered on from `claims_before`: the whole of
// extract() after segmenting, over a whole document or a window of one (see extract_range).
void extract_claims(Claims& out, std::size_t claims_before) {
  const std::string_view text = out.text;
  const std::size_t bytes =
      out.sentences.empty() ? 0 : out.sentences.back().span.end - out.sentences.front().span.begin;
  std::vector<Claim> claims;
  std::vector<std::size_t> order;  // sort_claims()'s scratch
  std::size_t next_citation = 0;
  detail::SentenceWork work(text, {0, 0});
  work.document = out.document_index;
  // Room for a long sentence's words, figures and flags at once, so the lists do not grow by
  // doubling in every document.
  work.words.reserve(128);
  work.numbers.reserve(32);
  work.quantities.reserve(16);
  work.taken.reserve(64);
  // The claims are reserved once, from the numbers written in the text, a window's as a whole
  // document's, so the vector does not double (holding the old copy and the new at once) at its
  // largest; capacity never written is never resident.
  const std::size_t origin = out.sentences.empty() ? 0 : out.sentences.front().span.begin;
  const std::size_t numbers = digit_runs(text.substr(std::min(origin, text.size()), bytes));
  claims.reserve(numbers + numbers / 4 + 16);
  for (std::size_t i = 0; i < out.sentences.size(); ++i) {
    const Sentence& sentence = out.sentences[i];
    work.reset(sentence.span, i);
    detail::scan_quantities(work, work.quantities);
    work.taken.assign(work.quantities.size(), false);

    // Citations close their sentence: figures inside them are the citation's, and every
    // claim of the sentence is supported by the last citation within it.
    std::optional<std::size_t> citation;
    while (next_citation < out.citations.size() &&
           out.citations[next_citation].span.begin < sentence.span.end) {
      if (out.citations[next_citation].span.begin >= sentence.span.begin) {
        work.blocked.push_back(out.citations[next_citation].span);
        citation = next_citation;
      }
      ++next_citation;
    }
    // No figure and no word a claim can start from: every kind would return at its first test.
    if (!work.can_hold_claims()) continue;
    for (std::size_t q = 0; q < work.quantities.size(); ++q) {
      for (const ByteSpan& b : work.blocked) {
        if (b.overlaps(work.quantities[q].span)) work.taken[q] = true;
      }
    }

    const std::size_t first = claims.size();
    detail::find_dates(work, claims);
    detail::find_time_words(work, claims);
    detail::find_enumerations(work, claims);
    detail::find_changes(work, claims);
    detail::find_rates(work, claims);
    detail::find_durations(work, claims);
    detail::find_shares(work, claims);
    for (std::size_t q = 0; q < work.quantities.size(); ++q) {
      if (work.taken[q]) continue;
      Claim c;
      c.kind = kind_of(work.quantities[q]);
      c.span = work.quantities[q].span;
      c.quantities.push_back(work.quantities[q]);
      claims.push_back(std::move(c));
    }
    for (std::size_t c = first; c < claims.size(); ++c) {
      claims[c].sentence = i;
      claims[c].citation = citation;
    }
    // Each sentence's claims begin inside it, so sorting sentence by sentence sorts the whole
    // in time linear in the document.
    sort_claims(claims, first, order);
  }

  detail::settle_numeric_dates(text, claims);
  detail::merge_cross_sentence(claims, out.sentences);
  detail::find_line_lists(out, claims);
  sort_claims(claims, 0, order);
  detail::find_leads(text, out.sentences, claims);
  detail::find_figure_periods(text, claims);
  detail::find_figure_roles(text, claims);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    claims[i].id = "c" + std::to_string(claims_before + i + 1);
  }
  out.claims = std::move(claims);
}

}  // namespace

Claims segment_document(std::string_view text) {
  Claims out;
  out.text = text;
  out.document_index = std::make_shared<detail::DocumentIndex>();
  const std::size_t start = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  detail::segment(text, start, out);
  detail::find_citations(text, out);
  for (std::size_t i = 0; i < out.citations.size(); ++i) {
    out.citations[i].id = "k" + std::to_string(i + 1);
  }
  return out;
}

Claims extract(std::string_view text) {
  Claims out = segment_document(text);
  extract_claims(out, 0);
  return out;
}

Claims extract_range(const Claims& document, std::size_t first, std::size_t last,
                     std::size_t claims_before) {
  const std::vector<Sentence>& sentences = document.sentences;
  last = std::min(last, sentences.size());
  first = std::min(first, last);
  Claims out;
  out.text = document.text;
  out.reference_year = document.reference_year;
  // The bytes the window answers for: from the end of the window before (the start of the text
  // for the first) to the start of the window after (the end of the text for the last).
  const std::size_t begin = first == 0 ? 0 : sentences[first].span.begin;
  const std::size_t end =
      last == sentences.size() ? document.text.size() : sentences[last].span.begin;
  // Its paragraphs: those of its sentences, and the ones with none before the next window's.
  std::size_t p0 = 0;
  if (first > 0)
    p0 = first < sentences.size() ? sentences[first].paragraph : document.paragraphs.size();
  std::size_t p1 = document.paragraphs.size();
  if (last < sentences.size()) {
    p1 = sentences[last].paragraph;
    if (last > first && sentences[last - 1].paragraph == p1) ++p1;
  }
  p1 = std::max(p1, p0);
  out.paragraphs.assign(document.paragraphs.begin() + static_cast<std::ptrdiff_t>(p0),
                        document.paragraphs.begin() + static_cast<std::ptrdiff_t>(p1));
  out.sentences.assign(sentences.begin() + static_cast<std::ptrdiff_t>(first),
                       sentences.begin() + static_cast<std::ptrdiff_t>(last));
  for (Sentence& s : out.sentences) s.paragraph -= p0;
  // Citations are in text order: those beginning in the window, found by binary search.
  auto at = [&](std::size_t offset) {
    return std::partition_point(document.citations.begin(), document.citations.end(),
                                [&](const Citation& k) { return k.span.begin < offset; });
  };
  out.citations.assign(at(begin), at(end));
  out.range = {begin, end};
  out.carried.citations = document.citations.size();
  out.document_index = document.document_index;
  // A paragraph begun in the windows before is supported by its first citation, which may lie
  // there: the first citation overlapping one of its sentences before the window.
  if (first > 0 && first < sentences.size() &&
      sentences[first - 1].paragraph == sentences[first].paragraph) {
    const std::size_t opens = document.paragraphs[sentences[first].paragraph].begin;
    const auto k = std::partition_point(document.citations.begin(), at(begin),
                                        [&](const Citation& c) { return c.span.end <= opens; });
    if (k != at(begin)) out.carried.paragraph_citation = *k;
  }
  extract_claims(out, claims_before);
  return out;
}

}  // namespace factcheck
