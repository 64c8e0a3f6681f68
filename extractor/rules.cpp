// The rule engine: each rule's pattern compiled into a small automaton, matched at each token
// where it can start, and the values settled by the one precedence rules.h states.
#include "rules.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace factcheck::detail::rules {

Node token(Test t) {
  Node n;
  n.op = Node::Op::kToken;
  n.test = t;
  return n;
}

Node sequence(std::initializer_list<Node> parts) {
  Node n;
  n.op = Node::Op::kSequence;
  n.parts = parts;
  return n;
}

Node either(std::initializer_list<Node> parts) {
  Node n;
  n.op = Node::Op::kAlternation;
  n.parts = parts;
  return n;
}

Node repeat(Node part, int min, int max) {
  if (min < 0 || (max != kMany && max < min)) {
    throw std::logic_error("rule pattern: a repeat needs 0 <= min <= max");
  }
  Node n;
  n.op = Node::Op::kRepeat;
  n.parts.push_back(std::move(part));
  n.min = min;
  n.max = max;
  return n;
}

Node optional(Node part) { return repeat(std::move(part), 0, 1); }

Node lazy_repeat(Node part, int min, int max) {
  Node n = repeat(std::move(part), min, max);
  n.lazy = true;
  return n;
}

Node not_ahead(Node part) {
  Node n;
  n.op = Node::Op::kNotAhead;
  n.parts.push_back(std::move(part));
  return n;
}

Node phrase(const Phrases& p) {
  Node n;
  n.op = Node::Op::kPhrase;
  n.phrases = &p;
  return n;
}

namespace {

// A phrase cut as the lexer cuts text: letter runs, digit runs, space runs, else one code point.
std::vector<Phrases::Piece> pieces(std::string_view text) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::vector<Phrases::Piece> out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t j = i + 1;
    TokenKind kind = TokenKind::kMark;
    if (letter(text[i])) {
      kind = TokenKind::kWord;
      while (j < text.size() && letter(text[j])) ++j;
    } else if (digit(text[i])) {
      kind = TokenKind::kNumber;
      while (j < text.size() && digit(text[j])) ++j;
    } else if (text[i] == ' ') {
      kind = TokenKind::kSpace;
      while (j < text.size() && text[j] == ' ') ++j;
    } else {
      while (j < text.size() && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) ++j;
    }
    out.push_back({kind, word_key(text.substr(i, j - i)), text.substr(i, j - i)});
    i = j;
  }
  return out;
}

}  // namespace

Phrases::Phrases(std::initializer_list<std::string_view> classes, bool cased) : cased_(cased) {
  for (std::string_view cls : classes) {
    for (const lexicon::Entry& e : lexicon::entries(cls)) phrases_.push_back({pieces(e.word), &e});
  }
  std::stable_sort(phrases_.begin(), phrases_.end(), [](const Phrase& a, const Phrase& b) {
    return a.pieces.size() > b.pieces.size();
  });
}

namespace {

bool piece_passes(const Phrases::Piece& p, bool cased, const SentenceWork& s, const Token& t) {
  if (t.kind != p.kind) return false;
  const std::string_view bytes = s.text.substr(t.span.begin, t.span.size());
  switch (p.kind) {
    case TokenKind::kWord:
      return cased ? bytes == p.text : t.key == p.key;
    case TokenKind::kSpace:
      return bytes.find_first_not_of(' ') == std::string_view::npos;
    default:
      return bytes == p.text;
  }
}

}  // namespace

void Phrases::match(const SentenceWork& s, TokenView& v, std::size_t i,
                    std::vector<std::size_t>& ends) const {
  for (const Phrase& ph : phrases_) {
    std::size_t k = 0;
    while (k < ph.pieces.size() && v.has(i + k) &&
           piece_passes(ph.pieces[k], cased_, s, v.tokens[i + k])) {
      ++k;
    }
    if (k == ph.pieces.size() && std::find(ends.begin(), ends.end(), i + k) == ends.end()) {
      ends.push_back(i + k);
    }
  }
}

const lexicon::Entry* Phrases::entry(const SentenceWork& s, std::span<const Token> read) const {
  for (const Phrase& ph : phrases_) {
    if (ph.pieces.size() != read.size()) continue;
    bool all = true;
    for (std::size_t k = 0; all && k < read.size(); ++k) {
      all = piece_passes(ph.pieces[k], cased_, s, read[k]);
    }
    if (all) return ph.entry;
  }
  return nullptr;
}

Node ahead(Test t) {
  Node n;
  n.op = Node::Op::kAhead;
  n.test = t;
  return n;
}

ByteSpan Parts::span(std::size_t k) const {
  const std::vector<Token>& t = view->tokens;
  if (at[k] == at[k + 1]) {
    const std::size_t place = at[k] < t.size() ? t[at[k]].span.begin
                              : t.empty()      ? 0
                                               : t.back().span.end;
    return {place, place};
  }
  return {t[at[k]].span.begin, t[at[k + 1] - 1].span.end};
}

std::span<const Token> Parts::tokens(std::size_t k) const {
  return std::span<const Token>(view->tokens).subspan(at[k], at[k + 1] - at[k]);
}

std::size_t Parts::figure(std::size_t k) const {
  if (at[k] >= view->figure_at.size() || view->figure_at[at[k]] == 0) {
    throw std::logic_error("rule production: the part read no figure");
  }
  return view->figure_at[at[k]] - 1;
}

std::size_t Parts::rounds(std::size_t k) const {
  return static_cast<std::size_t>(std::count_if(round_starts.begin(), round_starts.end(),
                                                [&](const auto& r) { return r.first == k; }));
}

std::span<const Token> Parts::round(std::size_t k, std::size_t r) const {
  std::size_t begin = 0, seen = 0;
  for (std::size_t i = 0; i < round_starts.size(); ++i) {
    if (round_starts[i].first != k || seen++ != r) continue;
    begin = round_starts[i].second;
    // The round ends where the next round of the part begins, else where the part ends.
    const bool next = i + 1 < round_starts.size() && round_starts[i + 1].first == k;
    const std::size_t end = next ? round_starts[i + 1].second : at[k + 1];
    return std::span<const Token>(view->tokens).subspan(begin, end - begin);
  }
  throw std::logic_error("rule production: no such round of the part");
}

namespace {

bool passes(const Test& t, const SentenceWork& s, const Token& tok) {
  if (!(t.kinds >> static_cast<unsigned>(tok.kind) & 1)) return false;
  if (t.lower && !tok.lower) return false;
  if (t.in != nullptr && !t.in->contains(tok.key)) return false;
  if (t.not_in != nullptr && t.not_in->contains(tok.key)) return false;
  return t.accept == nullptr || t.accept(s, tok);
}

constexpr std::uint8_t kFigureBit = 1u << static_cast<unsigned>(TokenKind::kFigure);

// Whether `n` matches from token `pos` by any path, for a negated look ahead: each part read as
// a set of the tokens it can end before. Its patterns are a few tokens long, so the sets are
// small; a figure is read whole or token by token, as a figure test may.
bool can_match(const Node& n, const SentenceWork& s, TokenView& v, std::size_t pos);

void ends_of(const Node& n, const SentenceWork& s, TokenView& v, std::size_t pos,
             std::vector<std::size_t>& out) {
  auto add = [&](std::size_t e) {
    if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  };
  switch (n.op) {
    case Node::Op::kToken:
      if (v.has(pos) && passes(n.test, s, v.tokens[pos])) add(pos + 1);
      if (n.test.kinds & kFigureBit) {
        if (const std::optional<Token> f = v.figure(pos); f && passes(n.test, s, *f)) {
          add(f->figure_end);
        }
      }
      return;
    case Node::Op::kAhead:
      if (v.has(pos) ? passes(n.test, s, v.tokens[pos]) : n.test.end) add(pos);
      return;
    case Node::Op::kNotAhead:
      if (!can_match(n.parts.front(), s, v, pos)) add(pos);
      return;
    case Node::Op::kPhrase: {
      std::vector<std::size_t> ends;
      n.phrases->match(s, v, pos, ends);
      for (std::size_t e : ends) add(e);
      return;
    }
    case Node::Op::kSequence: {
      std::vector<std::size_t> at{pos}, next;
      for (const Node& part : n.parts) {
        next.clear();
        for (std::size_t p : at) ends_of(part, s, v, p, next);
        at.swap(next);
        if (at.empty()) return;
      }
      for (std::size_t e : at) add(e);
      return;
    }
    case Node::Op::kAlternation:
      for (const Node& part : n.parts) ends_of(part, s, v, pos, out);
      return;
    case Node::Op::kRepeat: {
      // Round k's ends from round k - 1's; past `min`, an unbounded repeat goes on only from
      // ends it has not reached before, so it ends within the sentence's tokens.
      std::vector<std::size_t> at{pos}, next, reached;
      if (n.min == 0) {
        add(pos);
        reached.push_back(pos);
      }
      for (int k = 1; !at.empty() && (n.max == kMany || k <= n.max); ++k) {
        next.clear();
        for (std::size_t p : at) ends_of(n.parts.front(), s, v, p, next);
        if (k >= n.min) {
          std::erase_if(next, [&](std::size_t e) {
            return std::find(reached.begin(), reached.end(), e) != reached.end();
          });
          for (std::size_t e : next) {
            add(e);
            reached.push_back(e);
          }
        }
        at.swap(next);
      }
      return;
    }
  }
}

bool can_match(const Node& n, const SentenceWork& s, TokenView& v, std::size_t pos) {
  std::vector<std::size_t> ends;
  ends_of(n, s, v, pos, ends);
  return !ends.empty();
}

}  // namespace

// A rule's automaton: states built back to front from the pattern tree, repeats unrolled (their
// bounds are small), so matching never loops.
struct Table::Compiled {
  enum class Kind : std::uint8_t {
    kTest,      // reads one token (or one figure) passing tests[test], then goes to next
    kAhead,     // goes to next when the next token, read nothing, passes tests[test]
    kSplit,     // goes to next, else to other: next is the preferred branch
    kPart,      // the start of top-level part `part` (or the end, part == parts): then next
    kAccept,    // a match
    kPhrase,    // reads one of phrases, the longest first, then goes to next
    kNotAhead,  // goes to next when *inner cannot match from the next token, reading nothing
    kRound,     // a round of top-level part `part`, a repeat, begins here: then next
  };
  struct State {
    Kind kind = Kind::kAccept;
    int next = -1, other = -1;
    std::size_t test = 0;
    std::size_t part = 0;
    const Phrases* phrases = nullptr;
    const Node* inner = nullptr;  // kNotAhead: the pattern that must not match
  };
  const Rule* rule = nullptr;
  Rule owned;
  std::vector<State> states;
  std::vector<Test> tests;
  int start = 0;
  std::size_t parts = 0;
  std::uint8_t first_kinds = 0;       // the kinds a match's first token can be
  const Test* lead_figure = nullptr;  // the first part's test when it reads only a figure

  int add(State st) {
    states.push_back(st);
    return static_cast<int>(states.size()) - 1;
  }

  // The states of `n`, followed by `next`; returns the first. `round_part`: n is top-level part
  // round_part, and if a repeat, each round marks where it begins.
  int build(const Node& n, int next, int round_part = -1) {
    switch (n.op) {
      case Node::Op::kToken:
      case Node::Op::kAhead: {
        tests.push_back(n.test);
        State st;
        st.kind = n.op == Node::Op::kToken ? Kind::kTest : Kind::kAhead;
        st.next = next;
        st.test = tests.size() - 1;
        return add(st);
      }
      case Node::Op::kNotAhead: {
        State st;
        st.kind = Kind::kNotAhead;
        st.next = next;
        st.inner = &n.parts.front();
        return add(st);
      }
      case Node::Op::kPhrase: {
        if (n.phrases == nullptr)
          throw std::logic_error("rule pattern: a phrase test without phrases");
        State st;
        st.kind = Kind::kPhrase;
        st.next = next;
        st.phrases = n.phrases;
        return add(st);
      }
      case Node::Op::kSequence: {
        int at = next;
        for (auto it = n.parts.rbegin(); it != n.parts.rend(); ++it) at = build(*it, at);
        return at;
      }
      case Node::Op::kAlternation: {
        if (n.parts.empty()) throw std::logic_error("rule pattern: an empty alternation");
        int at = build(n.parts.back(), next);
        for (auto it = std::next(n.parts.rbegin()); it != n.parts.rend(); ++it) {
          State st;
          st.kind = Kind::kSplit;
          st.next = build(*it, next);
          st.other = at;
          at = add(st);
        }
        return at;
      }
      case Node::Op::kRepeat: {
        // x{2,4} is x x (x (x)?)?: the optional copies nest, the longer preferred; x{2,} is
        // x x then a loop: a split whose preferred branch reads x and comes back to it.
        int at = next;
        // A shortest-first repeat swaps each split's branches: leaving is preferred.
        if (n.max == kMany) {
          State loop;
          loop.kind = Kind::kSplit;
          at = add(loop);
          const int body = round(n, at, round_part);
          State& l = states[static_cast<std::size_t>(at)];
          l.next = n.lazy ? next : body;
          l.other = n.lazy ? body : next;
        }
        for (int k = n.min; n.max != kMany && k < n.max; ++k) {
          State st;
          st.kind = Kind::kSplit;
          const int body = round(n, at, round_part);
          st.next = n.lazy ? next : body;
          st.other = n.lazy ? body : next;
          at = add(st);
        }
        for (int k = 0; k < n.min; ++k) at = round(n, at, round_part);
        return at;
      }
    }
    return next;
  }

  // One round of repeat `n` followed by `next`, marked as a round of part `round_part` (if any).
  int round(const Node& n, int next, int round_part) {
    const int body = build(n.parts.front(), next);
    if (round_part < 0) return body;
    State mark;
    mark.kind = Kind::kRound;
    mark.part = static_cast<std::size_t>(round_part);
    mark.next = body;
    return add(mark);
  }

  // The kinds of token the states from `at` can read first (conservative: any look ahead is
  // passed over).
  std::uint8_t first(int at, std::vector<bool>& seen) const {
    if (at < 0 || seen[static_cast<std::size_t>(at)]) return 0;
    seen[static_cast<std::size_t>(at)] = true;
    const State& st = states[static_cast<std::size_t>(at)];
    switch (st.kind) {
      case Kind::kTest:
        return tests[st.test].kinds;
      case Kind::kPhrase:
        return 0xFF;
      case Kind::kAhead:
      case Kind::kNotAhead:
      case Kind::kRound:
      case Kind::kPart:
        return first(st.next, seen);
      case Kind::kSplit:
        return first(st.next, seen) | first(st.other, seen);
      case Kind::kAccept:
        return 0xFF;
    }
    return 0xFF;
  }

  explicit Compiled(Rule r) : owned(std::move(r)) {
    rule = &owned;
    if (owned.pattern.empty() || owned.make == nullptr) {
      throw std::logic_error("rule '" + std::string(owned.name) +
                             "' needs a pattern and a production");
    }
    parts = owned.pattern.size();
    State accept;
    accept.kind = Kind::kAccept;
    int at = add(accept);
    State end;
    end.kind = Kind::kPart;
    end.part = parts;
    end.next = at;
    at = add(end);
    for (std::size_t k = parts; k-- > 0;) {
      at = build(owned.pattern[k], at, static_cast<int>(k));
      State mark;
      mark.kind = Kind::kPart;
      mark.part = k;
      mark.next = at;
      at = add(mark);
    }
    start = at;
    std::vector<bool> seen(states.size(), false);
    first_kinds = first(start, seen);
    const Node& lead = owned.pattern.front();
    if (lead.op == Node::Op::kToken && lead.test.kinds == kFigureBit) lead_figure = &lead.test;
  }

  // The longest match from a token, found depth first in the order of preference; each
  // (state, token) pair is entered once, so a match costs at most states x tokens read, and a
  // loop whose body reads nothing ends instead of going round again.
  struct Search {
    const Compiled& c;
    const SentenceWork& s;
    TokenView& v;
    // (state, token) pairs entered, marked with this search's stamp, a row of states for each
    // token from the start on: kept across the searches of a sentence, so none clears it, and
    // grown only as far as a search reads (a share reads a few tokens of a sentence of any
    // length).
    std::vector<std::uint32_t>& seen;
    std::uint32_t stamp;
    std::size_t from;
    // The parts' starts and the figures read on the path being explored, and on the best so
    // far; their storage is the sentence's, reused by every search.
    std::vector<std::size_t>&at, &best_at, &figures, &best_figures;
    std::vector<std::pair<std::size_t, std::size_t>>&rounds, &best_rounds;
    std::vector<SearchStep>& todo;  // what is left to explore: a stack, not recursion, so a long
                                    // sentence cannot run out of call stack

    // A stamp no search since `seen` was last cleared has used.
    static std::uint32_t next_stamp(Scratch& scratch) {
      if (++scratch.stamp == 0) {
        std::fill(scratch.seen.begin(), scratch.seen.end(), 0);
        scratch.stamp = 1;
      }
      return scratch.stamp;
    }
    bool found = false;
    std::size_t best_end = 0;
    std::vector<std::size_t> phrase_ends;  // a phrase state's ends, scratch

    Search(const Compiled& c_in, const SentenceWork& s_in, Scratch& scratch, std::size_t from_in)
        : c(c_in),
          s(s_in),
          v(scratch.view),
          seen(scratch.seen),
          stamp(next_stamp(scratch)),
          from(from_in),
          at(scratch.at),
          best_at(scratch.best_at),
          figures(scratch.figures),
          best_figures(scratch.best_figures),
          rounds(scratch.rounds),
          best_rounds(scratch.best_rounds),
          todo(scratch.todo) {
      at.assign(c.parts + 1, 0);
      figures.clear();
      rounds.clear();
    }

    void go(int start_state, std::size_t start_pos) {
      todo.clear();
      todo.push_back({SearchStep::Do::kEnter, start_state, start_pos, 0});
      while (!todo.empty() && !(found && c.rule->first)) {
        const SearchStep step = todo.back();
        todo.pop_back();
        if (step.what == SearchStep::Do::kRestorePart) {
          at[step.part] = step.pos;
          continue;
        }
        if (step.what == SearchStep::Do::kDropFigure) {
          figures.pop_back();
          continue;
        }
        if (step.what == SearchStep::Do::kDropRound) {
          rounds.pop_back();
          continue;
        }
        enter(step.state, step.pos);
      }
    }

    // Enters a state: pushes what follows, the preferred branch last so it is explored first.
    void enter(int state, std::size_t pos) {
      const std::size_t key = (pos - from) * c.states.size() + static_cast<std::size_t>(state);
      if (key >= seen.size()) seen.resize(std::max(2 * seen.size(), key + 1), 0);
      if (seen[key] == stamp) return;
      seen[key] = stamp;
      const State& st = c.states[static_cast<std::size_t>(state)];
      switch (st.kind) {
        case Kind::kAccept:
          if (!found || (pos > best_end && !c.rule->first)) {
            found = true;
            best_end = pos;
            best_at = at;
            best_figures = figures;
            best_rounds = rounds;
          }
          return;
        case Kind::kPart:
          todo.push_back({SearchStep::Do::kRestorePart, 0, at[st.part], st.part});
          at[st.part] = pos;
          todo.push_back({SearchStep::Do::kEnter, st.next, pos, 0});
          return;
        case Kind::kSplit:
          todo.push_back({SearchStep::Do::kEnter, st.other, pos, 0});
          todo.push_back({SearchStep::Do::kEnter, st.next, pos, 0});
          return;
        case Kind::kPhrase: {
          // Pushed shortest first, so the longest phrase is explored first.
          phrase_ends.clear();
          st.phrases->match(s, v, pos, phrase_ends);
          for (auto it = phrase_ends.rbegin(); it != phrase_ends.rend(); ++it) {
            todo.push_back({SearchStep::Do::kEnter, st.next, *it, 0});
          }
          return;
        }
        case Kind::kAhead: {
          const Test& t = c.tests[st.test];
          const bool ok = v.has(pos) ? passes(t, s, v.tokens[pos]) : t.end;
          if (ok) todo.push_back({SearchStep::Do::kEnter, st.next, pos, 0});
          return;
        }
        case Kind::kRound:
          todo.push_back({SearchStep::Do::kDropRound, 0, 0, 0});
          rounds.emplace_back(st.part, pos);
          todo.push_back({SearchStep::Do::kEnter, st.next, pos, 0});
          return;
        case Kind::kNotAhead:
          if (!can_match(*st.inner, s, v, pos)) {
            todo.push_back({SearchStep::Do::kEnter, st.next, pos, 0});
          }
          return;
        case Kind::kTest: {
          const Test& t = c.tests[st.test];
          if (v.has(pos) && passes(t, s, v.tokens[pos])) {
            todo.push_back({SearchStep::Do::kEnter, st.next, pos + 1, 0});
          }
          // A figure, when the test takes one, is preferred to the token it begins with.
          if (t.kinds & kFigureBit) {
            if (const std::optional<Token> f = v.figure(pos);
                f && !s.taken[f->figure] && passes(t, s, *f)) {
              todo.push_back({SearchStep::Do::kDropFigure, 0, 0, 0});
              figures.push_back(f->figure);
              todo.push_back({SearchStep::Do::kEnter, st.next, f->figure_end, 0});
            }
          }
          return;
        }
      }
    }
  };
};

Table::Table(std::vector<Rule> rules, const WordSet* needs) : needs_(needs) {
  for (Rule& r : rules) rules_.push_back(std::make_unique<Compiled>(std::move(r)));
  lead_figures_only_ = std::all_of(rules_.begin(), rules_.end(),
                                   [](const auto& r) { return r->lead_figure != nullptr; });
}

bool Table::opens_a_rule(const SentenceWork& s, std::size_t q) const {
  Token f;
  f.kind = TokenKind::kFigure;
  f.span = s.quantities[q].span;
  f.figure = q;
  return std::any_of(rules_.begin(), rules_.end(),
                     [&](const auto& r) { return passes(*r->lead_figure, s, f); });
}

Table::~Table() = default;

std::vector<Table::Found> Table::run(const SentenceWork& s,
                                     std::vector<std::size_t>* taken_figures) const {
  std::vector<Found> winners;
  if (needs_ != nullptr && !s.says(*needs_)) return winners;
  struct Candidate {
    std::size_t rule;
    Claim claim;
    std::vector<std::size_t> figures;
  };
  std::vector<Candidate> found;
  if (!s.rule_scratch) s.rule_scratch = std::make_shared<Scratch>();
  Scratch& scratch = *s.rule_scratch;
  TokenView& view = scratch.view;
  // Tries every rule whose first token can be token i of the view.
  auto try_at = [&](std::size_t i) {
    const std::uint8_t here =
        static_cast<std::uint8_t>((1u << static_cast<unsigned>(view.tokens[i].kind)) |
                                  (view.figure_at[i] != 0 ? kFigureBit : 0));
    for (std::size_t r = 0; r < rules_.size(); ++r) {
      const Compiled& c = *rules_[r];
      if (!(c.first_kinds & here)) continue;
      Compiled::Search search(c, s, scratch, i);
      search.go(c.start, i);
      if (!search.found) continue;
      Parts parts;
      parts.view = &view;
      parts.at = search.best_at;
      parts.round_starts = search.best_rounds;
      std::optional<Claim> claim = c.rule->make(s, parts);
      if (claim) found.push_back({r, std::move(*claim), search.best_figures});
    }
  };
  if (lead_figures_only_) {
    // Every rule opens with a figure: read from each figure that can open one, lexing only as
    // far as the matches read, and going on from there when the next figure is within reach.
    bool started = false;
    for (std::size_t q = 0; q < s.quantities.size(); ++q) {
      if (s.taken[q] || !opens_a_rule(s, q)) continue;
      const std::size_t begin = s.quantities[q].span.begin;
      if (!started || view.tokens.empty() || view.tokens.back().span.end <= begin) {
        view.start(s, begin);
        started = true;
      }
      const std::size_t i = view.index_at(begin);
      if (i != std::string_view::npos) try_at(i);
    }
  } else {
    view.start(s, s.span.begin);
    for (std::size_t i = 0; view.has(i); ++i) try_at(i);
  }
  // The precedence: longer, then higher priority, then earlier, then the rule written first.
  std::vector<std::size_t> order(found.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Candidate& x = found[a];
    const Candidate& y = found[b];
    if (x.claim.span.size() != y.claim.span.size())
      return x.claim.span.size() > y.claim.span.size();
    const int px = rules_[x.rule]->rule->priority, py = rules_[y.rule]->rule->priority;
    if (px != py) return px > py;
    if (x.claim.span.begin != y.claim.span.begin) return x.claim.span.begin < y.claim.span.begin;
    return x.rule < y.rule;
  });
  std::vector<std::size_t> kept;
  for (std::size_t k : order) {
    const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](std::size_t w) {
      return found[w].claim.span.overlaps(found[k].claim.span);
    });
    if (!overlaps) kept.push_back(k);
  }
  std::sort(kept.begin(), kept.end(), [&](std::size_t a, std::size_t b) {
    return found[a].claim.span.begin < found[b].claim.span.begin;
  });
  for (std::size_t k : kept) {
    if (taken_figures != nullptr) {
      taken_figures->insert(taken_figures->end(), found[k].figures.begin(), found[k].figures.end());
    }
    winners.push_back({rules_[found[k].rule]->rule->name, std::move(found[k].claim)});
  }
  return winners;
}

std::vector<Table::Found> Table::match(const SentenceWork& s) const { return run(s, nullptr); }

void Table::apply(SentenceWork& s, std::vector<Claim>& out) const {
  std::vector<std::size_t> figures;
  std::vector<Found> winners = run(s, &figures);
  for (std::size_t q : figures) s.taken[q] = true;
  for (Found& f : winners) out.push_back(std::move(f.claim));
}

}  // namespace factcheck::detail::rules
