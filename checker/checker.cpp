// check(): runs the registry over a document's claims.
#include "checker.h"

#include <algorithm>
#include <optional>

#include "checks/all.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace factcheck {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::kPass:
      return "pass";
    case Severity::kNote:
      return "note";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "note";
}

std::optional<Severity> severity_from_string(std::string_view name) {
  for (Severity s : {Severity::kPass, Severity::kNote, Severity::kWarning, Severity::kError}) {
    if (to_string(s) == name) return s;
  }
  return std::nullopt;
}

std::vector<Finding> check(const Claims& claims, const Options& options,
                           std::size_t findings_before) {
  FindingSink sink;
  // Findings are rarely more than two a claim: room reserved for that is written only as used,
  // so the vector seldom doubles (holding two copies at once) when it is largest.
  sink.findings().reserve(2 * claims.claims.size() + 64);
  // Checks that index the whole document run first, while few findings are held: on dense text
  // repeated-figure's index alone is a fifth of the peak. Order of running changes no output:
  // findings are sorted below, and those of one check keep the order it made them in.
  for (const bool indexes : {true, false}) {
    for (const auto& c : registry()) {
      if (c->indexes_document() != indexes ||
          std::find(options.disabled.begin(), options.disabled.end(), c->id()) !=
              options.disabled.end()) {
        continue;
      }
      c->run(claims, sink);
    }
  }
  std::vector<Finding> findings = std::move(sink.findings());
  // Text order, so an editor can walk the article; ties broken so the output never varies. The
  // order is found on indices and then applied in place, so that sorting needs no second copy
  // of the findings (std::stable_sort's buffer would hold one).
  std::vector<std::size_t> order(findings.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const Finding& a = findings[x];
    const Finding& b = findings[y];
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.check != b.check) return a.check < b.check;
    if (a.span.end != b.span.end) return a.span.end < b.span.end;
    return x < y;  // as found: what a stable sort keeps
  });
  // Position i takes the finding at order[i]: each cycle of the permutation moves one by one.
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (order[i] == i) continue;
    Finding held = std::move(findings[i]);
    std::size_t at = i;
    while (order[at] != i) {
      const std::size_t from = order[at];
      findings[at] = std::move(findings[from]);
      order[at] = at;
      at = from;
    }
    findings[at] = std::move(held);
    order[at] = at;
  }
  for (std::size_t i = 0; i < findings.size(); ++i) {
    findings[i].id = "f" + std::to_string(findings_before + i + 1);
  }
  return findings;
}

namespace {

// The numbers written in a sentence (runs of digits): what a window's claims and findings, and so
// its memory, grow with. Dense text has one every few bytes, prose one in a hundred or more.
std::size_t figures_in(std::string_view text, ByteSpan span) {
  std::size_t n = 0;
  bool in_digits = false;
  for (std::size_t i = span.begin; i < span.end && i < text.size(); ++i) {
    const bool digit = text[i] >= '0' && text[i] <= '9';
    if (digit && !in_digits) ++n;
    in_digits = digit;
  }
  return n;
}

// The document's dateline: the first full date (day, month and year) of its first paragraph, which
// lends its year to dates written without one (date-weekday).
std::optional<Claim> find_dateline(const Claims& claims) {
  for (const Claim& c : claims.claims) {
    if (c.kind != ClaimKind::kDate || c.sentence >= claims.sentences.size()) continue;
    if (claims.sentences[c.sentence].paragraph != 0) break;  // claims are in text order
    if (c.year != 0 && c.month != 0 && c.day != 0) return c;
  }
  return std::nullopt;
}

// The full dates of the windows after each of `cut` from `from` on, by year (count_full_dates,
// each year's `last` where its first date begins): a date with a weekday and no year takes the
// year the whole document's dates vote for, as in a whole read, and a running vote cannot see
// the dates after it. Made once, only when a window holds such a date: it reads the rest of the
// document a second time, a window at a time.
std::vector<std::vector<Carried::YearVote>> later_votes(const Claims& segmented,
                                                        const std::vector<Window>& cut,
                                                        std::size_t from) {
  std::vector<std::vector<Carried::YearVote>> later(cut.size());
  for (std::size_t i = cut.size() - 1; i > from; --i) {
    later[i - 1] = later[i];
    checks::count_full_dates(extract_range(segmented, cut[i].first, cut[i].last, 0), later[i - 1],
                             true);
  }
  return later;
}

}  // namespace

std::vector<Window> windows(const Claims& segmented, std::size_t bytes, std::size_t figures) {
  const std::vector<Sentence>& sentences = segmented.sentences;
  std::vector<Window> out;
  // A document of `bytes` or fewer is one window, however many figures it holds.
  if (sentences.empty() || sentences.back().span.end - sentences.front().span.begin <= bytes) {
    out.push_back({0, sentences.size()});
    return out;
  }
  std::size_t first = 0;
  std::size_t counted = 0;  // figures in sentences [first, i]
  // The last paragraph end in the window's second half of figures, and the figures up to it: a
  // window full of figures ends there rather than inside a paragraph, whose sentences the checks
  // read together.
  std::optional<std::size_t> paragraph_end;
  std::size_t counted_there = 0;
  for (std::size_t i = 0; i + 1 < sentences.size(); ++i) {
    counted += figures_in(segmented.text, sentences[i].span);
    const std::size_t size = sentences[i].span.end - sentences[first].span.begin;
    const bool paragraph_ends = sentences[i + 1].paragraph != sentences[i].paragraph;
    if (paragraph_ends && counted >= figures / 2) paragraph_end = i, counted_there = counted;
    if (counted >= figures) {
      const std::size_t last = paragraph_end && !paragraph_ends ? *paragraph_end : i;
      out.push_back({first, last + 1});
      first = last + 1;
      counted = last == i ? 0 : counted - counted_there;
      paragraph_end.reset();
      continue;
    }
    if (size < bytes) continue;
    // Cut at a paragraph's end when one comes within a quarter window more, else here.
    if (!paragraph_ends && size < bytes + bytes / 4) continue;
    out.push_back({first, i + 1});
    first = i + 1;
    counted = 0;
    paragraph_end.reset();
  }
  out.push_back({first, sentences.size()});
  return out;
}

void check_windows(const Claims& segmented, const Options& options,
                   const std::function<void(CheckedWindow&)>& each) {
  std::size_t claims_before = 0;
  std::size_t findings_before = 0;
  const std::vector<Window> cut = windows(segmented, options.window, options.window_figures);
  std::optional<Claim> dateline;              // the first window's, carried to the others
  std::vector<Carried::YearVote> year_votes;  // the full dates of the windows before
  // The full dates of the windows after each, made when a window first needs them (later_votes).
  std::vector<std::vector<Carried::YearVote>> later;
  for (std::size_t i = 0; i < cut.size(); ++i) {
    const Window& w = cut[i];
    CheckedWindow window;
    window.claims = extract_range(segmented, w.first, w.last, claims_before);
    if (w.first == 0) {
      dateline = find_dateline(window.claims);
    } else {
      window.claims.carried.dateline = dateline;
      window.claims.carried.year_votes = year_votes;
    }
    if (cut.size() > 1 && checks::needs_year_vote(window.claims)) {
      if (later.empty()) later = later_votes(segmented, cut, i);
      std::vector<Carried::YearVote>& votes = window.claims.carried.year_votes;
      votes.insert(votes.end(), later[i].begin(), later[i].end());
      later[i] = {};
    }
    window.findings = check(window.claims, options, findings_before);
    if (cut.size() > 1) checks::count_full_dates(window.claims, year_votes);
    window.first_sentence = w.first;
    // The window's citations are those beginning from its first byte (extract_range).
    const std::size_t begin = w.first == 0 ? 0 : segmented.sentences[w.first].span.begin;
    window.first_citation = static_cast<std::size_t>(
        std::partition_point(segmented.citations.begin(), segmented.citations.end(),
                             [&](const Citation& k) { return k.span.begin < begin; }) -
        segmented.citations.begin());
    claims_before += window.claims.claims.size();
    findings_before += window.findings.size();
    each(window);
    window = CheckedWindow();
#if defined(__GLIBC__)
    // The window's memory back to the system, not only to the allocator: room it reserved and
    // never wrote (a findings list sized for two a claim) is otherwise left resident for the
    // next window, which writes other parts of it. Only between windows of a long document: a
    // trim for every short one costs a batch thousands of madvise calls and, with -j, the
    // allocator's lock.
    if (cut.size() > 1) malloc_trim(0);
#endif
  }
}

}  // namespace factcheck
