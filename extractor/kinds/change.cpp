// Claim kind: change statements. One claim holds the old value, the new value, the stated
// changes and the direction word of one quantity:
//   "rose 2% to $11.1bn from $10.9bn"                    change, new, old
//   "a 45% decline from the $219 million recorded ..."   new before the change
//   "increased $ 307 million , or 15% ( 15 % ) , to $ 2.3 billion ... from $ 2.0 billion"
//   "fell from $2.4 billion to $1.5 billion in just eight weeks, a 38% erosion"
//   "were $ 7.1 billion , a decrease of 41% ... compared to net sales of $ 12.1 billion"
//   "closed up 64 pence, or 6%, at 1130p"                one value, two changes
// A statement is anchored on its direction word (or a multiplier word such as "doubled");
// the figures around it take roles from the words before them: "to", "at", "totalled" mark
// the new value; "from", "compared with", "against", "versus" the old; "by", "of" or
// nothing a stated change. A statement ends at a clause that explains or lists instead
// ("primarily due to", "because of", ";", "and" starting a new clause), so a component of a
// change is never read as the change. Currency conversions ("$1.13bn (£600m)") play no role.
#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>

#include "extractor/internal.h"
#include "extractor/lexicon.h"
#include "extractor/pattern.h"

namespace factcheck::detail {

namespace {

// The direction a direction entry's value states, "up" or "down" (direction.tsv,
// change-direction.tsv), read once per class into a role; another value throws with its file and
// line.
Direction stated(const lexicon::Entry& e) {
  struct ByClass {
    std::string_view cls;
    lexicon::Roles<Direction> roles;
  };
  static const std::array<ByClass, 7> kClasses = [] {
    auto roles = [](std::string_view cls) {
      return ByClass{cls, lexicon::Roles<Direction>(
                              cls, {{"up", Direction::kIncrease}, {"down", Direction::kDecrease}})};
    };
    return std::array<ByClass, 7>{roles("direction-verb"),        roles("direction-noun"),
                                  roles("direction-comparative"), roles("direction-to-level"),
                                  roles("direction-before-pair"), roles("direction-relative"),
                                  roles("change-rate-from")};
  }();
  for (const ByClass& c : kClasses) {
    if (c.cls == e.cls) return c.roles.of(&e);
  }
  throw std::logic_error("stated(): class " + std::string(e.cls) + " states no direction");
}

// Every direction word with the direction it states, bucketed by first letter and length so
// that a word of the text is compared with two or three at most.
class Lexicon {
 public:
  Lexicon() {
    // lexicon/direction.tsv; its words are lower case. Each class here is also one of
    // trigger::kDirection's in words.cpp: find_directions() looks only at words carrying it.
    for (std::string_view cls : {"direction-verb", "direction-noun", "direction-comparative",
                                 "direction-to-level", "direction-before-pair"}) {
      for (const lexicon::Entry& e : lexicon::entries(cls)) {
        add(e.word, stated(e));
        // A word of two ("written down") is looked for from its first word.
        if (const std::size_t sp = e.word.find(' '); sp != std::string_view::npos) {
          pair_first_[fold(e.word[0]) - 'a'] = true;
          const std::string_view first = e.word.substr(0, sp);
          if (!starts_pair(first)) pair_words_.push_back(first);
        }
      }
    }
    for (std::string_view cls : {"direction-swing", "direction-moving", "direction-moving-from"}) {
      for (const lexicon::Entry& e : lexicon::entries(cls)) {
        pair_first_[fold(e.word[0]) - 'a'] = true;
        swing_words_.push_back(e.word);
      }
    }
  }
  /// Whether a lower-case word takes the direction of its values (direction-swing: "swung";
  /// direction-moving: "went").
  bool swings(std::string_view word) const {
    return std::find(swing_words_.begin(), swing_words_.end(), word) != swing_words_.end();
  }
  /// Whether a direction word of `size` bytes may start with the lower-case letter `first`.
  bool may_hold(char first, std::size_t size) const {
    return first >= 'a' && first <= 'z' && size <= kLongest &&
           (!buckets_[bucket(first, size)].empty() || pair_first_[first - 'a']);
  }
  /// Whether a lower-case word is the first of a direction of two words ("written").
  bool starts_pair(std::string_view word) const {
    return std::find(pair_words_.begin(), pair_words_.end(), word) != pair_words_.end();
  }
  /// The direction a lower-case word states; kNone for any other word.
  Direction find(std::string_view word) const {
    if (word.empty() || word.size() > kLongest || word[0] < 'a' || word[0] > 'z') {
      return Direction::kNone;
    }
    for (const auto& [w, d] : buckets_[bucket(word[0], word.size())]) {
      if (w == word) return d;
    }
    return Direction::kNone;
  }

 private:
  static constexpr std::size_t kLongest = 12;  // "written down"
  static std::size_t bucket(char first, std::size_t size) {
    return static_cast<std::size_t>(first - 'a') * (kLongest + 1) + size;
  }
  void add(std::string_view w, Direction d) {
    auto& b = buckets_[bucket(w[0], w.size())];
    if (std::find(b.begin(), b.end(), std::pair(w, d)) == b.end()) b.emplace_back(w, d);
  }
  static char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
  std::array<std::vector<std::pair<std::string_view, Direction>>, 26 * (kLongest + 1)> buckets_;
  std::array<bool, 26> pair_first_{};  // by first letter: a word of two or a swing starts with it
  std::vector<std::string_view> pair_words_;   // the first words of words of two
  std::vector<std::string_view> swing_words_;  // direction-swing
};

// A byte of a word, as PCRE2's \b counts them in the other patterns: ASCII letters, digits, '_'.
bool word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The lower case of an ASCII letter; any other byte as it is. Words are ASCII (see word_byte).
char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Words before a figure that make it the old value (change.tsv's change-old-cue, a bracket's year
// "(2023:", or a verb of starting before "at"); searched in the gap before the figure, which may
// name whose it is with a year ("from 2023's 5.2%"); "on", "ahead of", "below"
// (change-old-cue-prior) only before a prior period's possessive ("down on last season's 84",
// "ahead of 2023's 37p"), as elsewhere they name a target or a place. An "and"
// after the cue ends its phrase: "27% were against and 9% had no view" sets nothing beside.
std::string old_cue_regex() {
  return "(?:\\b" + lexicon::alternation({"change-old-cue"}) +
         "|\\(\\x20?(?:" + lexicon::alternation({"change-fiscal"}) +
         "\\x20?)?(?:19|20)\\d\\d:?|\\b" + lexicon::alternation({"change-start-verb"}) +
         "(?=(?:\\x20[a-z]+){0,3}\\x20" + lexicon::alternation({"change-at"}) + "\\b)|\\b" +
         lexicon::alternation({"change-old-cue-prior"}) +
         "(?=\\x20(?:" + lexicon::alternation({"change-definite"}) +
         "\\x20)?(?:" + lexicon::alternation({"change-prior-label"}) +
         "\\x20[a-z-]+|(?:19|20)\\d\\d)(?:'|\\xE2\\x80\\x99)s\\x20?$))(?:\\x20(?!" +
         lexicon::alternation({"change-to"}) + "\\b|" +
         lexicon::alternation({"change-coordinate"}) +
         ")(?:[a-z'-]+|(?:19|20)\\d\\d(?:'|\\xE2\\x80\\x99)s)){0,5}\\x20?$";
}
// Words before a figure that make it the new value (change.tsv's change-new-cue), a second
// verb they may lead to ("to close at", "at a new"), and a hedge ("to about", and every hedge of
// hedges.tsv: "to over 35%", "to as much as $2m").
std::string new_cue_regex() {
  return "(?:\\b" + lexicon::alternation({"change-new-cue"}) + "(?:\\x20" +
         lexicon::alternation({"change-new-cue-then"}) + ")?(?:\\x20" +
         lexicon::alternation({"change-new-cue-hedge", "hedge"}) + ")?\\x20?$)";
}
// What may stand between a direction word and the change it states: "by", "of", a hedge, an
// article and a word judging the change ("grew a modest 2.9%", "rose by an impressive 40%").
// Up to four words may name what changed first, nine before "by": "increased their beer sales
// by 4.5 per cent", "the incremental spend of $1.3 million". The words that stop such a name
// (change-gap-stop, and change-gap-stop-far past four words) start the statement's values. A
// comma may stand before "by": "have also risen, by 19%", "grew in the period, by 24 percent".
std::string change_gap_regex() {
  const std::string stop = lexicon::alternation({"change-gap-stop"});
  const std::string far = lexicon::alternation({"change-gap-stop", "change-gap-stop-far"});
  return "^(?:(?:\\x20(?!" + stop + ")[a-z0-9'-]+){0,4},?\\x20" +
         lexicon::alternation({"change-gap-lead"}) + "|(?:\\x20(?!" + far +
         ")[a-z0-9'-]+){5,9},?\\x20" + lexicon::alternation({"change-gap-lead-far"}) +
         ")?(?:\\x20" + lexicon::alternation({"change-gap-word"}) + ")*(?:\\x20" +
         lexicon::alternation({"change-indefinite"}) + "\\x20" +
         lexicon::alternation({"change-gap-adjective"}) + ")?\\x20?$";
}
// Between a first and a second stated change: ", or", "or", "(", with change-second-gap-word
// words after the joining word ("or about").
std::string second_gap_regex() {
  return R"(^(?:(?:\x20?\(\x20?[\d.]+\x20?%\x20?\))?(?:\x20)" +
         lexicon::alternation({"change-per"}) + R"(\x20[a-z]+)?\x20?,?\x20?)" +
         lexicon::alternation({"change-or", "change-coordinate"}) + "(?:\\x20" +
         lexicon::alternation({"change-second-gap-word"}) + R"()*\x20?|\x20?\(\x20?)$)";
}
// Lookbehinds that fail after a word of `cls`, with or without a space: PCRE2 needs each of
// fixed length, so one per word ("(?<!euro\x20)(?<!euro)"). The words are letters only.
std::string not_after_regex(std::string_view cls) {
  std::string out;
  for (const lexicon::Entry& e : lexicon::entries(cls)) {
    out += "(?<!" + std::string(e.word) + "\\x20)(?<!" + std::string(e.word) + ")";
  }
  return out;
}
// Where a statement's clause ends: what follows explains, lists or starts a new clause (", as
// beer sales jumped by 14.5 percent": a clause of its own subject; not ", as compared with"),
// or names a component of a value (", including vessel sales gain of EUR 12.3 mn").
// The phrases that end a clause wherever they stand are change.tsv's change-boundary.
std::string boundary_regex() {
  return not_after_regex("change-semicolon-not-after") +
         R"(;(?![^()]*\))|:(?![^()]*\))|\xE2\x80\xA2|\b)" +
         lexicon::alternation({"change-boundary"}) + R"(|(?<=,|,\x20))" +
         lexicon::alternation({"change-comma-clause"}) + R"(\b(?!\x20)" +
         lexicon::alternation({"change-as-continues"}) + R"()|\b)" +
         lexicon::alternation({"change-boundary-ing-lead"}) + R"(\x20[a-z]+ing\b|)" + R"(\b)" +
         lexicon::alternation({"change-coordinate"}) + R"(\x20(?![\d$\xC2\xE2(]|)" +
         lexicon::alternation({"change-and-continues"}) + ")";
}
// Where the boundary pattern can match: at ';', ':', the first byte of a bullet (see read_words),
// or a word that is the first word of one of its phrases (lexicon class change-boundary-word).

// After an explanation the clause may resume with the subject's value: "doubled as a result
// of the acquisition and totalled EUR 2,686.2 1,259.7 million".
// The explaining phrases are change-resume-after, the verbs after "and" change-resume-verb.
std::string resume_regex() {
  return lexicon::alternation({"change-resume-after"}) + R"([^;:]*?\b)" +
         lexicon::alternation({"change-coordinate"}) + R"(\x20(?=)" +
         lexicon::alternation({"change-resume-verb"}) + R"(\b))";
}

// After a write-down or write-up with both values, what it resulted in is its change: "were
// written down to their fair value of $1,300, resulting in an impairment totaling $3,275".
// Only charges that are by definition the change in carrying value count: "resulting in a
// loss of" names another metric.
// The words are change-resulting-in; then change-result-down or -up, a change-result-charge
// noun, a change-result-lead word and a change-result-hedge.
std::string resulting_in_regex() {
  return R"(^\x20?,?\x20?)" + lexicon::alternation({"change-resulting-in"}) + R"(\x20(?:)" +
         lexicon::alternation({"change-indefinite", "change-definite"}) + R"(\x20)?)";
}
std::string result_change_regex() {
  return "(?:" + lexicon::alternation({"change-result-qualifier"}) + R"(\x20)?(?:(?<down>)" +
         lexicon::alternation({"change-result-down"}) + ")|(?<up>" +
         lexicon::alternation({"change-result-up"}) + "))(?:\\x20" +
         lexicon::alternation({"change-result-charge"}) + ")?\\x20" +
         lexicon::alternation({"change-result-lead"}) + "(?:\\x20" +
         lexicon::alternation({"change-result-hedge"}) + ")?\\x20?$";
}

// The level a market or a price closed at: "The KSE index closed at 6709.93".
// The verbs are change-closing-verb, the span they may name after it change-closing-span.
std::string closing_level_regex() {
  return R"(\b)" + lexicon::alternation({"change-closing-verb"}) + R"((?:\x20)" +
         lexicon::alternation({"change-closing-span"}) + R"()?\x20)" +
         lexicon::alternation({"change-at"}) + R"(\x20?$)";
}

// A bracketed prior-period figure right after a value: "EUR 0.84 (2023: EUR 0.71)", "EUR 31.7
// ( 28.2 ) million", "(FY2023: 412)".
std::string prior_gap_regex() {
  return R"(^\x20?\(\x20?((?:)" + lexicon::alternation({"change-fiscal"}) +
         R"(\x20?)?(?:19|20)\d\d\x20?:?\x20?)?$)";
}

// A scale word (scale.tsv) after a bracketed prior, which both figures share: "EUR 31.7 ( 28.2 )
// million"; an abbreviation in the case scale.tsv writes it ("T" is a trillion, "t" a tonne).
// Group 1 is the word.
std::string shared_scale_regex() {
  return R"(\x20?\)\x20?()" + lexicon::alternation({"scale-word"}) +
         "|(?-i:" + lexicon::alternation({"scale-abbrev"}) + R"())\b)";
}

// Matched at a figure's end (match_at), so with no '^'.
// After the old value of a statement, what it belongs to when that is not a time: "against
// 55% in the control arm", "versus 12% for women". Sentences, clauses and figures end it.
// The leading words are change-compared-to-lead.
std::string compared_to_regex() {
  const std::string article = lexicon::alternation({"change-definite"});
  return R"(\x20?)" + lexicon::alternation({"change-compared-to-lead"}) + R"(\x20((?:)" + article +
         R"(\x20)?(?!)" + article + R"(\b)[a-z][a-z'-]*(?:\x20[a-z][a-z'-]*){0,5}))";
}

// What follows "than" in a comparison: "30% lower than in Manchester", "than that of rivals".
// The words that may follow "than" first are change-than-lead.
std::string than_what_regex() {
  const std::string article = lexicon::alternation({"change-definite"});
  return R"(\b)" + lexicon::alternation({"change-than"}) + R"(\x20(?:)" +
         lexicon::alternation({"change-than-lead"}) + R"(\x20)?((?:)" + article + R"(\x20)?(?!)" +
         article + R"(\b)[a-z0-9][a-z0-9'-]*(?:\x20[a-z0-9][a-z0-9'-]*){0,5}))";
}

// Between a comparative and the value it is measured against: "25% lower than the £1,200",
// "8% higher than Halcyon's $3.1bn", "than its rival's", "than March's low of 41,000",
// "than last year's 1,200", "than a year earlier, when it flew 3.6 million", "than in 2023, when
// the average stood at £260,300". Up to three words
// may stand between the comparative and "than" ("150 more homes than").
// The words after "than" before the value are change-than-base, or a change-owner word, up to
// three words and "of" ("than its 2019 result of 40%"); the words of a time ago,
// change-than-ago. A place and a clause of it may come first: "15% more than at Kilby, where
// visitors spent £42" (change-than-lead, up to four words, a comma, change-than-where).
std::string than_value_regex() {
  return R"(^(?:\x20[a-z][a-z-]*){0,3}\x20)" + lexicon::alternation({"change-than"}) +
         R"((?:\x20(?:)" + lexicon::alternation({"change-than-lead"}) +
         R"((?:\x20[\w&'-]+){1,4},\x20)" + lexicon::alternation({"change-than-where"}) +
         R"((?:\x20[a-z]+){0,4}|)" + lexicon::alternation({"change-owner"}) +
         R"((?:\x20[\w&-]+){1,3}\x20)" + lexicon::alternation({"change-of"}) + "|" +
         lexicon::alternation({"change-than-base"}) +
         R"(|(?:[\w&-]+\x20){0,2}[\w&-]+(?:'|\xE2\x80\x99)s(?:(?:\x20[a-z]+){1,2}\x20)" +
         lexicon::alternation({"change-of"}) + ")?|" + R"((?:)" +
         lexicon::alternation({"change-indefinite", "change-definite"}) + R"(\x20[a-z]+\x20)" +
         lexicon::alternation({"change-than-ago"}) + "|" +
         lexicon::alternation({"change-than-lead"}) + R"(\x20(?:1[89]|20)\d\d),\x20)" +
         lexicon::alternation({"change-since-when"}) + R"((?:\x20[a-z]+){1,5}))?\x20?$)";
}

// Between "below" or "above" (direction-relative) and the value they set a figure against:
// nothing, or up to six words and "of" ("12% below their peak of 352p", "the year's high of").
std::string relative_value_regex() {
  return R"(^(?:(?:\x20(?:[\w&'-]|\xE2\x80\x99)+){1,6}\x20)" + lexicon::alternation({"change-of"}) +
         R"()?\x20?$)";
}

// Between a direction noun and its change, what the change is to: " to inventories of ".
std::string noun_to_gap_regex() {
  return "^\\x20" + lexicon::alternation({"change-to"}) + "(?:\\x20[a-z0-9'-]+){1,4}\\x20" +
         lexicon::alternation({"change-of"}) + "\\x20?$";
}

// The opening of a sentence that states where a metric of the sentence before now stands: "It
// now holds", "They now stand at" (change-now-subject, change-now-word); group 1 holds a verb of
// change-now-verb ("stands at"), the only verbs a plain count may follow.
std::string now_level_regex() {
  return R"(^\x20*)" + lexicon::alternation({"change-now-subject"}) + R"(\x20)" +
         lexicon::alternation({"change-now-word"}) + R"((?:\x20()" +
         lexicon::alternation({"change-now-verb"}) + R"()|(?:\x20[a-z'-]+){1,2})\x20?$)";
}

// "was 0.0041, now it is 0.0067": the old value after "was", the new one after "now".
// Between a comparative's base and the level it brings the thing to: ", bringing the total for
// the year to", ", taking the workforce to", ", for a fleet of", ", for".
// The verbs are change-total-verb.
std::string then_total_regex() {
  return R"(^\x20?,\x20(?:)" + lexicon::alternation({"change-total-verb"}) + R"(\x20)" +
         lexicon::alternation({"change-owner"}) +
         R"(\x20[a-z][a-z-]*(?:\x20[a-z][a-z-]*){0,6}\x20)" + lexicon::alternation({"change-to"}) +
         "|" + lexicon::alternation({"change-total-for"}) + R"((?:\x20)" +
         lexicon::alternation({"change-indefinite"}) +
         R"(\x20[a-z][a-z-]*(?:\x20[a-z][a-z-]*)?\x20)" + lexicon::alternation({"change-of"}) +
         R"()?)\x20$)";
}

// A sentence that opens with a time and later sets "now" against it: the figure after the
// opening time is the old value ("A decade ago a pint cost $3.20; now it costs $4.85", "In 2019,
// 12% of homes had solar panels; now 19% do"). The opening is a few words ending with a
// change-then-ago word, or a change-then-lead word and one word; up to ten words lead on to the
// figure. Matched on the text from the sentence's start to the figure.
std::string then_cue_regex() {
  return R"(^\x20*(?:(?:[a-z0-9'-]+\x20){1,3})" + lexicon::alternation({"change-then-ago"}) + "|" +
         lexicon::alternation({"change-then-lead"}) +
         R"(\x20[a-z0-9]+),?(?:,?\x20[^\x20;:()]+){0,10}\x20?$)";
}
// Between that old value and the new one: up to eight words, the end of the clause (";", ",",
// "but"), "now" or "today" (change-now) and up to three words ("; now it costs", ", today 45%").
std::string then_now_regex() {
  return R"(^(?:\x20[^\x20;:()]+){0,8}\x20?(?:;|,|\x20)" +
         lexicon::alternation({"change-now-lead"}) + R"()\x20(?:)" +
         lexicon::alternation({"change-now-lead"}) + R"(\x20)?)" +
         lexicon::alternation({"change-now"}) + R"(,?(?:\x20[a-z'-]+){0,3}\x20?$)";
}

// Between a figure and an earlier one it is set above or below, with no direction word: up to
// three words of what it counts, then ", ahead of last year's ", ", below the previous election's
// ", ", above 2023's " (group 1 a word of change-prior-direction, then a prior period's possessive
// as change-old-cue-prior's).
std::string prior_beside_regex() {
  return R"(^(?:\x20[a-z]+){0,3}\x20?,\x20()" + lexicon::alternation({"change-prior-direction"}) +
         R"()\x20(?:)" + lexicon::alternation({"change-definite"}) + R"(\x20)?(?:)" +
         lexicon::alternation({"change-prior-label"}) +
         R"(\x20[a-z-]+|(?:19|20)\d\d)(?:'|\xE2\x80\x99)s\x20?$)";
}

// The words before an old value stated in the past tense: change-was-cue.
std::string was_cue_regex() {
  return R"(\b)" + lexicon::alternation({"change-was-cue"}) + R"(\x20?$)";
}
// The words around "now" are change.tsv's change-now-lead ("and", "but"), change-now-be
// ("is now"), change-now-subject ("now it") and change-now-verb ("now stands at").
std::string now_cue_regex() {
  return R"(^\x20?,?\x20?(?:)" + lexicon::alternation({"change-now-lead"}) + R"(\x20)?(?:)" +
         lexicon::alternation({"change-now-be"}) + R"(\x20)?)" +
         lexicon::alternation({"change-now-word"}) + R"((?:\x20(?:)" +
         lexicon::alternation({"change-now-subject"}) + "|" +
         lexicon::alternation({"change-definite"}) + R"(\x20[a-z]+))?(?:\x20)" +
         lexicon::alternation({"change-now-verb"}) + R"()?\x20?$)";
}

// Between a plain figure and a noun stating a change: the figure counts points ("a 16-point
// improvement"), percentage points when it says so (change-point, change-point-percentage).
// Group 1 is the percentage word.
std::string points_regex() {
  return R"([\x20-]()" + lexicon::alternation({"change-point-percentage"}) + R"([\x20-])?)" +
         lexicon::alternation({"change-point"});
}
std::string point_gap_regex() { return "^" + points_regex() + R"([\x20-]$)"; }
// The same after a plain figure a direction word states as its change: "up nine points since".
std::string points_after_regex() { return points_regex() + R"(\b)"; }

// A stated gap after two values: ", a 16 percentage point difference", ", a $3 million gap".
std::string gap_lead_regex() {
  return R"(^,\x20?(?:)" + lexicon::alternation({"change-indefinite", "change-definite"}) +
         R"(\x20)?$)";
}
// The gap nouns are change-gap-noun. Group 1 holds the points, group 2 the percentage word.
std::string gap_noun_regex() {
  return "(" + points_regex() + R"()?[\x20-])" + lexicon::alternation({"change-gap-noun"}) +
         R"(\b)";
}
// A figure that a gap noun introduces states a gap, not a value: ", a difference of 5 points".
std::string gap_of_regex() {
  return R"(\b)" + lexicon::alternation({"change-gap-noun"}) + R"(\x20)" +
         lexicon::alternation({"change-of"}) + R"(\x20?$)";
}

// The owner named just before an old value: "compared to Halcyon's $17.8bn".
// The words before the owner are change-possessive-lead.
std::string possessive_regex() {
  return R"(\b)" + lexicon::alternation({"change-possessive-lead"}) +
         R"(\x20([A-Za-z][\w.&-]*(?:\x20[A-Z][\w.&-]*){0,3})'s\x20?$)";
}

// A second change joined to a statement's last one, of another metric: "an increase of 31.4% in
// profit and 24% in earnings per share", "fell by 9%, and imports by 4%" (group 1 names the
// second's metric), "increased by $9 million and $2 million, respectively".
std::string coordinated_regex() {
  return "^(?:\\x20" + lexicon::alternation({"change-metric-after"}) +
         "(?:\\x20[a-z][a-z'-]*){1,4})?\\x20?,?\\x20" +
         lexicon::alternation({"change-coordinate"}) +
         "(?:\\x20([a-z][a-z'-]*(?:\\x20[a-z][a-z'-]*){0,2})\\x20" +
         lexicon::alternation({"change-gap-lead-far"}) + ")?(?:\\x20" +
         lexicon::alternation({"change-gap-word"}) + ")*\\x20?$";
}
// What may follow a joined second change: the end of the clause or what the change is of, in
// or compared with ("and 24% in earnings", "and 7% compared with 2023"); not a share ("and 8%
// of staff"). Matched at the figure's end.
std::string coordinated_end_regex() {
  return "\\x20?(?:$|[,;.)]|" + lexicon::alternation({"change-metric-after"}) + "\\x20|" +
         lexicon::alternation({"change-coordinate-end", "change-beside"}) + ")";
}
// The metric named right after a change: "31.4% in profit and", "24% in earnings per share";
// not a phrase of another sense ("in terms of euros", "in line with").
std::string metric_after_regex() {
  const std::string stop = lexicon::alternation({"change-coordinate", "change-metric-after"});
  return "\\x20" + lexicon::alternation({"change-metric-after"}) + "\\x20(?!" +
         lexicon::alternation({"change-not-metric"}) +
         ")((?:" + lexicon::alternation({"change-definite"}) + "\\x20)?[a-z][a-z'-]*(?:\\x20(?!" +
         stop + ")[a-z][a-z'-]*){0,3})";
}

// "tripled since 2024, when they traded at 241p": the figure of the time a change is counted
// since is its old value (change-since, change-since-when). Searched in the gap before it.
std::string since_when_regex() {
  return "\\b" + lexicon::alternation({"change-since"}) + "(?:\\x20[^,;\\x20]+){1,5},?\\x20" +
         lexicon::alternation({"change-since-when"}) + "(?:\\x20[a-z'-]+){0,6}\\x20?$";
}
// After that old value, the new one in the next clause: "...; it now costs £2.20".
std::string since_now_regex() {
  return "^\\x20?[;,]\\x20?(?:[a-z'-]+\\x20){0,3}" + lexicon::alternation({"change-now"}) +
         "(?:\\x20[a-z'-]+){0,2}\\x20?$";
}
// Before a level a statement brings its metric to: "recovered to 305,000", "climbed back to".
std::string level_cue_regex() {
  return "^\\x20" + lexicon::alternation({"change-level-cue"}) + "\\x20?$";
}
// The noun after a comparative with no base, its metric: "14% more passengers in the year".
std::string noun_after_regex() {
  const std::string stop =
      lexicon::alternation({"change-metric-after", "change-coordinate", "change-gap-stop",
                            "change-gap-stop-far", "change-gap-lead", "change-new-cue"});
  return "\\x20((?!" + stop + ")[a-z][a-z'-]*(?:\\x20(?!" + stop + ")[a-z][a-z'-]*){0,2})";
}
// The period a figure is per, right after it: " a month", " per year" (rates.tsv); not a time
// ago: " a year earlier".
std::string period_after_regex() {
  return "\\x20(?:" + lexicon::alternation({"per-each", "per-each-later"}) + ")\\x20(" +
         lexicon::alternation({"per-period"}) + ")(?!\\x20" +
         lexicon::alternation({"change-time-ago"}) + ")";
}

struct Patterns {
  Lexicon lexicon;
  Pattern possessive{"possessive before an old value", possessive_regex(), true};
  Pattern gap_lead{"gap lead", gap_lead_regex(), true};
  Pattern gap_noun{"gap noun", gap_noun_regex(), true};
  Pattern gap_of{"gap noun before a figure", gap_of_regex(), true};
  Pattern point_gap{"points before a change noun", point_gap_regex(), true};
  Pattern points_after{"points after a change", points_after_regex(), true};
  // Words that make a statement guidance or a forecast, the words before them that make them
  // a benchmark instead ("beat forecasts"), and words naming a time (lexicon/direction.tsv).
  WordSet forecast_words{lexicon::words({"forecast"})};
  WordSet benchmark_words{lexicon::words({"benchmark"})};
  WordSet period_words{lexicon::words({"period"})};
  // Between two values and a noun stating their change: "..., resulting in an increase of".
  Pattern result_noun{"resulting change noun", resulting_in_regex() + "$", true};
  Pattern prior_gap{"prior-period bracket", prior_gap_regex(), true};
  Pattern shared_scale{"shared scale", shared_scale_regex(), true};
  Pattern compared_to{"compared-to phrase", compared_to_regex(), true};
  Pattern than_what{"than phrase", than_what_regex(), true};
  Pattern than_value{"than before a value", than_value_regex(), false};
  Pattern then_total{"comparative's total", then_total_regex(), false};
  Pattern relative_value{"below or above a value", relative_value_regex(), true};
  Pattern noun_to_gap{"what a noun's change is to", noun_to_gap_regex(), true};
  Pattern now_level{"now before a level", now_level_regex(), true};
  Pattern was_cue{"was cue", was_cue_regex(), true};
  Pattern now_cue{"now cue", now_cue_regex(), true};
  Pattern prior_beside{"set beside a prior period's value", prior_beside_regex(), true};
  Pattern then_cue{"opening time before an old value", then_cue_regex(), true};
  Pattern then_now{"now after an opening time", then_now_regex(), true};
  Pattern resume{"clause resumption", resume_regex(), /*caseless=*/true};
  Pattern old_cue{"old-value cue", old_cue_regex(), true};
  Pattern new_cue{"new-value cue", new_cue_regex(), true};
  Pattern change_gap{"change gap", change_gap_regex(), true};
  Pattern second_gap{"second change gap", second_gap_regex(), true};
  Pattern boundary{"clause boundary", boundary_regex(), true};
  Pattern result_change{"resulting change", resulting_in_regex() + result_change_regex(), true};
  Pattern closing_level{"closing level", closing_level_regex(), true};
  Pattern coordinated{"joined second change", coordinated_regex(), true};
  Pattern since_when{"since-when old value", since_when_regex(), true};
  Pattern since_now{"since-when new value", since_now_regex(), true};
  Pattern level_cue{"level cue", level_cue_regex(), true};
  Pattern noun_after{"noun after a comparative", noun_after_regex(), true};
  Pattern period_after{"period after a figure", period_after_regex(), true};
  Pattern coordinated_end{"after a joined second change", coordinated_end_regex(), true};
  Pattern metric_after{"metric after a change", metric_after_regex(), true};
  int result_up = result_change.group("up");
};

const Patterns& patterns() {
  static const Patterns p;
  return p;
}

// The factor of a scale word or abbreviation (scale.tsv).
std::string_view scale_value(std::string_view word) {
  const lexicon::Entry* e = lexicon::find("scale-word", word);
  if (e == nullptr) e = lexicon::find("scale-abbrev", word);
  return e == nullptr ? std::string_view{} : e->value;
}

bool is_change_unit(std::string_view unit) { return unit == "%" || unit == "pp" || unit == "x"; }

// A calendar period ("five years", "two quarters") is when a change happened, never its size;
// hours and minutes can be ("cut waits from four hours to two").
bool is_time_unit(std::string_view unit) {
  return unit == "day" || unit == "week" || unit == "month" || unit == "quarter" || unit == "year";
}

// Whether `bare` is an amount of `money`'s currency written without it: a scale and no unit
// ("241 mln eur, compared with 211.4 mln"), or no scale and written like the amount, with
// decimals and within a factor of ten of it ("0.33 eur per share, up from 0.27"), as a
// bracketed prior is (see read_priors).
bool elided_currency(const Quantity& money, const Quantity& bare) {
  if (!is_currency(money.unit) || !bare.unit.empty()) return false;
  if (bare.scale != 1) return true;
  return money.scale == 1 && money.decimals > 0 && bare.decimals > 0 && !bare.is_range &&
         bare.value > 0 && money.value > 0 && bare.value * 10 >= money.value &&
         money.value * 10 >= bare.value;
}

// "from 14.2C to 15.1C, an increase of 1.3 degrees": bare degrees are the named scale's.
bool degrees_of_scale(const Quantity& a, const Quantity& b) {
  return a.unit.dimension() == Dimension::kTemperature &&
         b.unit.dimension() == Dimension::kTemperature &&
         (a.unit == "degrees" || b.unit == "degrees");
}

// Whether two figures can be values of one quantity: same currency, both percentages, or
// both plain amounts (an amount with no unit goes with any non-currency amount).
bool compatible(const Quantity& a, const Quantity& b) {
  if (is_time_unit(a.unit) || is_time_unit(b.unit)) return false;
  if (a.unit == b.unit || degrees_of_scale(a, b)) return true;
  // "241 mln eur, compared with 211.4 mln": an amount with a scale and no unit beside a
  // currency's is of that currency.
  if (elided_currency(a, b) || elided_currency(b, a)) return true;
  if (is_currency(a.unit) || is_currency(b.unit)) return false;
  if (a.unit == "%" || b.unit == "%" || a.unit == "x" || b.unit == "x") return false;
  return a.unit.empty() || b.unit.empty() || a.unit == "count" || b.unit == "count" ||
         a.unit == "points" || b.unit == "points";
}

// Whether `cue` holds a word that sets a figure beside another (change.tsv's change-beside)
// whose value is one of `values` ("" for none, "any-count", "comparative").
bool beside_word(std::string_view cue, std::initializer_list<std::string_view> values) {
  // Most words of a cue are none of these: their key turns them away before the lexicon.
  static const WordSet kBeside(lexicon::words({"change-beside"}));
  for (std::size_t p = 0; p < cue.size();) {
    if (!word_byte(cue[p])) {
      ++p;
      continue;
    }
    std::size_t q = p;
    while (q < cue.size() && word_byte(cue[q])) ++q;
    if (!kBeside.contains(word_key(cue.substr(p, q - p)))) {
      p = q;
      continue;
    }
    const lexicon::Entry* e = lexicon::find("change-beside", cue.substr(p, q - p));
    if (e && std::find(values.begin(), values.end(), e->value) != values.end()) return true;
    p = q;
  }
  return false;
}

// The runs of word bytes in `g`: " to " holds one.
std::size_t words_in(std::string_view g) {
  std::size_t n = 0;
  for (std::size_t p = 0; p < g.size(); ++p) {
    if (word_byte(g[p]) && (p == 0 || !word_byte(g[p - 1]))) ++n;
  }
  return n;
}

// A change statement joined into an earlier one (see Reader::join_level): a difference with no
// figures, which no statement read from text is.
bool absorbed(const Claim& c) { return c.kind == ClaimKind::kDifference && c.quantities.empty(); }

struct Direction_ {
  ByteSpan span;
  Direction direction;
  bool noun;
  bool postpositive = false;  // "28 pence lower", "a 31% rise to": the change may come first
  bool no_base = false;       // a comparative with no "than": "14% more passengers"
  bool swing = false;         // its direction is its values' ("swung to a profit from a loss")
  bool verb_too = false;      // a noun with no article, a verb with a bare object ("cut staff to")
};

struct Statement {
  Direction_ word;
  std::vector<std::size_t> changes;  // indices into quantities
  std::optional<std::size_t> old_value, new_value;
  std::size_t multiplier = SIZE_MAX;  // a multiplier word that is itself the direction word
  bool sequence = false;  // its old value is the level an earlier statement reached (sequence_old)
};

}  // namespace

// The reader's lists, kept by the SentenceWork from sentence to sentence (see
// SentenceWork::change_lists): a sentence reuses their storage instead of allocating its own.
struct ChangeLists {
  std::vector<Direction_> words;
  std::vector<std::pair<std::size_t, std::size_t>> multiplier_at;
  std::vector<bool> used, conversion, is_prior, boundary_word, used_word, free_before;
  std::vector<std::size_t> prior_of, marks, boundaries;
  std::vector<ByteSpan> extra_words, runs;
  std::vector<std::pair<std::size_t, std::size_t>> clause_begins;
};

namespace {

class Reader {
 public:
  Reader(SentenceWork& s, std::vector<Claim>& out, ChangeLists& l)
      : s_(s),
        out_(out),
        p_(patterns()),
        words_(l.words),
        multiplier_at_(l.multiplier_at),
        used_(l.used),
        conversion_(l.conversion),
        prior_of_(l.prior_of),
        is_prior_(l.is_prior),
        extra_words_(l.extra_words),
        earlier_(out.size()),
        m_(s.scratch),
        runs_(l.runs),
        boundary_word_(l.boundary_word),
        marks_(l.marks),
        boundaries_(l.boundaries),
        clause_begins_(l.clause_begins),
        used_word_(l.used_word),
        free_before_(l.free_before) {
    for (auto* v : {&used_, &conversion_, &is_prior_, &boundary_word_}) v->clear();
    for (auto* v : {&prior_of_, &marks_, &boundaries_}) v->clear();
    words_.clear();
    multiplier_at_.clear();
    extra_words_.clear();
    runs_.clear();
    clause_begins_.clear();
  }

  void run() {
    mark_conversions();
    read_priors();
    read_words();
    find_directions();
    std::vector<bool>& used_word = used_word_;
    used_word.assign(words_.size(), false);
    // Verbs of moving are read last: a direction word after their values states the change
    // they name ("went from $40 to $50, up 8%").
    std::vector<std::size_t> order;
    for (const bool moving : {false, true}) {
      for (std::size_t w = 0; w < words_.size(); ++w) {
        const ByteSpan sp = words_[w].span;
        const std::string word = words_[w].swing ? lower(s_.text.substr(sp.begin, sp.size())) : "";
        const bool m =
            lexicon::find("direction-moving", word) || lexicon::find("direction-moving-from", word);
        if (m == moving) order.push_back(w);
      }
    }
    for (const std::size_t w : order) {
      if (used_word[w]) continue;
      Statement st;
      st.word = words_[w];
      // A word that states no change leaves its figures to the next ("rose to 43,500 in April,
      // slightly higher than March's low of 41,000").
      std::vector<bool>& free_before = free_before_;
      free_before = used_;
      // A swing states a change only between two values it names after it ("swung to a profit
      // of X from a loss of Y"; not "35% returned an item, versus 22%").
      if (!read(st) || (st.word.swing && !swing_values(st))) {
        used_ = free_before;
        if (!as_verb(st, w)) {
          used_ = free_before;
          colon_list(st.word);
          continue;
        }
      }
      // A later noun restating the change of the same statement ("fell from A to B, a 38%
      // erosion") belongs to it.
      for (std::size_t v = w + 1; v < words_.size(); ++v) {
        if (attach_trailing(st, words_[v])) used_word[v] = true;
      }
      // A level reached before is this statement's old value only when a change is stated.
      if (st.sequence && st.changes.empty()) {
        used_ = free_before;
        continue;
      }
      parenthetical_change(st);
      resulting_change(st);
      const std::size_t claim = out_.size();
      emit(st);
      continuation(st);
      coordinated(st, claim);
      gapped(st);
    }
    prior_statements();
    comparison_without_direction();
    was_now();
    prior_beside();
    then_now();
    closing_level();
    now_level();
  }

 private:
  std::string_view gap(std::size_t a, std::size_t b) const {
    return a < b ? s_.text.substr(a, b - a) : std::string_view();
  }

  bool free(std::size_t i) const { return !s_.taken[i] && !used_[i] && !conversion_[i]; }

  // Reads direction word w, a noun that read nothing, as a verb with a bare object: "The plant
  // cut staff to 12,500 jobs from 14,000". Only a statement of both values counts, its first
  // figure a few words after the word with no comma or other direction word between.
  bool as_verb(Statement& st, std::size_t w) {
    if (!words_[w].verb_too) return false;
    st = Statement{};
    st.word = words_[w];
    st.word.noun = false;
    if (!read(st) || !st.old_value || !st.new_value) return false;
    const auto& qs = s_.quantities;
    const std::size_t first = std::min(qs[*st.old_value].span.begin, qs[*st.new_value].span.begin);
    const std::string_view g = gap(st.word.span.end, first);
    return first > st.word.span.end && words_in(g) <= kObjectWords &&
           g.find(',') == std::string_view::npos &&
           (w + 1 == words_.size() || words_[w + 1].span.begin > first);
  }
  // The most words between such a verb and its first figure: an object and its cue.
  static constexpr std::size_t kObjectWords = 4;

  // Whether figure i is one this statement has already taken (a change, its multiplier, a value).
  static bool owns(const Statement& st, std::size_t i) {
    return st.multiplier == i || st.old_value == i || st.new_value == i ||
           std::find(st.changes.begin(), st.changes.end(), i) != st.changes.end();
  }

  // Figures that cannot be a value of a change: the "eight" of "one in eight", and exchange
  // rates quoted per unit of another currency, whose direction depends on the quote.
  bool not_a_value(std::size_t i) const {
    const Quantity& q = s_.quantities[i];
    const Lowered before(words_before(q.span.begin, 3));
    if (ends_with_phrase(before, "change-not-value-before", /*spaced=*/true)) return true;
    const Lowered after(words_after(q.span.end, 3));
    return starts_with_phrase(after, "change-not-value-after");
  }

  // "$1.13bn (£600m)", "($54.98m; £29.32m)", "euro742 .2 million US$ 964 million": another
  // currency's figure right after a money figure restates it and plays no role.
  void mark_conversions() {
    const auto& qs = s_.quantities;
    used_.assign(qs.size(), false);
    conversion_.assign(qs.size(), false);
    for (std::size_t i = 1; i < qs.size(); ++i) {
      const Quantity& prev = qs[i - 1];
      if (!is_currency(qs[i].unit) || !is_currency(prev.unit)) continue;
      std::string_view g = gap(prev.span.end, qs[i].span.begin);
      // Only marks stand between a figure and its conversion: "$1.13bn (£600m)", "£4m; $5m".
      if (std::any_of(g.begin(), g.end(), word_byte)) continue;
      bool in_parens = g.find('(') != std::string_view::npos;
      bool listed = g.find(';') != std::string_view::npos && conversion_[i - 1];
      bool glued = g.find_first_not_of(' ') == std::string_view::npos;
      if ((in_parens || glued) && qs[i].unit != prev.unit) conversion_[i] = true;
      if (listed) conversion_[i] = true;
    }
    // "21.2% ( 21.2 % )": filings restate a percent in brackets; the copy plays no role.
    for (std::size_t i = 1; i < qs.size(); ++i) {
      const Quantity& prev = qs[i - 1];
      std::string_view g = gap(prev.span.end, qs[i].span.begin);
      if (prev.unit == "%" && qs[i].unit == "%" && prev.value == qs[i].value &&
          g.find_first_not_of(" ") != std::string_view::npos &&
          g.find_first_not_of(" (") == std::string_view::npos && closes_bracket(i)) {
        conversion_[i] = true;
      }
    }
  }

  // Bracketed prior-period figures (see kPriorGap): the bracket's figure takes the value's
  // unit when it has none ("EUR 31.7 ( 28.2 ) million"), and a scale after the bracket belongs
  // to both.
  void read_priors() {
    auto& qs = s_.quantities;
    prior_of_.assign(qs.size(), SIZE_MAX);
    is_prior_.assign(qs.size(), false);
    Match& m = m_;
    for (std::size_t i = 0; i + 1 < qs.size(); ++i) {
      // The next figure no other claim took: a year label ("2023:") is a date's.
      std::size_t j = i + 1;
      while (j + 1 < qs.size() && s_.taken[j]) ++j;
      if (conversion_[j] || s_.taken[i] || s_.taken[j] || !closes_bracket(j)) continue;
      if (is_time_unit(qs[i].unit) || qs[i].unit == "x" || qs[j].hedge_kind != Hedge::kNone) {
        continue;
      }
      if (!p_.prior_gap.find(gap(qs[i].span.end, qs[j].span.begin), 0, m)) continue;
      const bool bare = qs[j].unit.empty() && qs[j].scale == 1;
      // A figure with a unit of its own needs the period's label: "$3bn ($1.6bn)" is more
      // often a garbled conversion than a prior.
      if (!bare && (!compatible(qs[i], qs[j]) || !m.has(1))) continue;
      // A bare figure is the prior of an amount or a percent only: not "Section 1 ( 1 )".
      if (bare && (qs[i].unit.empty() || qs[i].unit == "count")) continue;
      if (bare && qs[i].unit != qs[j].unit) {
        // A figure in brackets with no unit beside one with a unit is its prior only when it
        // is written like it: "EUR 31.7 ( 28.2 )", not "EUR 5 (2 units)".
        // A footnote mark ("$5 million (1)") is not: the two must be within a factor of ten.
        if ((qs[i].decimals > 0) != (qs[j].decimals > 0) || qs[i].scale != 1) continue;
        if (qs[j].value * 10 < qs[i].value || qs[j].value > qs[i].value * 10) continue;
        qs[j].unit = qs[i].unit;
      }
      if (qs[i].scale == 1 && qs[j].scale == 1 &&
          p_.shared_scale.match_at(s_.text, qs[j].span.end, m, s_.span.end)) {
        const double f = lexicon::number(scale_value(m.str(1)));
        for (Quantity* q : {&qs[i], &qs[j]}) {
          q->value *= f;
          q->low *= f;
          q->high *= f;
          q->scale = f;
        }
      }
      prior_of_[i] = j;
      is_prior_[j] = true;
    }
  }

  // The sentence's words (runs of word bytes) and the bytes where a clause boundary may be,
  // read once for the direction words and the clause boundaries.
  void read_words() {
    const std::string_view t = s_.text;
    runs_.reserve(s_.words.size() + 8);  // the words and a few runs of figures, grown once
    for (std::size_t p = s_.span.begin; p < s_.span.end;) {
      if (!word_byte(t[p])) {
        if (t[p] == ';' || t[p] == ':' || t[p] == '\xE2') marks_.push_back(p);
        ++p;
        continue;
      }
      std::size_t q = p;
      while (q < s_.span.end && word_byte(t[q])) ++q;
      runs_.push_back({p, q});
      p = q;
    }
  }

  // Whether text[begin, end) is a whole word that starts a phrase of the boundary pattern.
  bool starts_boundary(std::size_t begin, std::size_t end) const {
    const std::string_view t = s_.text;
    if ((begin > 0 && word_byte(t[begin - 1])) || end - begin > 9) return false;
    // Most words do not start with a letter that starts one of the phrases.
    static const std::array<bool, 256> kFirst = [] {
      std::array<bool, 256> first{};
      for (const lexicon::Entry& e : lexicon::entries("change-boundary-word")) {
        first[static_cast<unsigned char>(fold(e.word[0]))] = true;
      }
      return first;
    }();
    if (!kFirst[static_cast<unsigned char>(fold(t[begin]))]) return false;
    // A whole word of the lexer's is asked of the lexicon only when its classes hold the phrases'.
    if (const Word* w = s_.word_at({begin, end}); w && !(w->classes & trigger::kConnective)) {
      return false;
    }
    return lexicon::find("change-boundary-word", t.substr(begin, end - begin)) != nullptr;
  }

  // The direction words of the sentence, read word by word (see lexicon/direction.tsv).
  void find_directions() {
    const std::string_view t = s_.text;
    const std::size_t end = s_.span.end;
    auto hyphen_at = [&](std::size_t i) { return i < end && t[i] == '-'; };
    // Every direction word, the first of a pair and a comparative is letters only, so only a run
    // that is one of the lexer's words with a direction class can be one: the rest, most of the
    // sentence, are passed over without a look-up. `lexed` walks the lexer's words beside runs_.
    auto lexed = s_.words.begin();
    for (std::size_t k = 0; k < runs_.size(); ++k) {
      ByteSpan span = runs_[k];
      const std::size_t q = span.end;
      if (span.begin > 0 && (word_byte(t[span.begin - 1]) || t[span.begin - 1] == '-')) continue;
      while (lexed != s_.words.end() && lexed->begin < span.begin) ++lexed;
      if (lexed == s_.words.end() || lexed->begin != span.begin || lexed->end != span.end ||
          !(lexed->classes & trigger::kDirection)) {
        continue;
      }
      // Every direction word starts with a letter and has 2 to 11 letters ("improvement").
      const std::size_t size = q - span.begin;
      // "6% more than", "150 more homes than": a comparative after a figure (see comparative()).
      bool based = false;
      if (const Direction c = comparative(span, &based); c != Direction::kNone) {
        words_.push_back({span, c, false, true, !based});
        continue;
      }
      if (size < 2 || size > 11 || !p_.lexicon.may_hold(fold(t[span.begin]), size)) {
        continue;
      }
      char folded[12];
      for (std::size_t j = 0; j < size; ++j) folded[j] = fold(t[span.begin + j]);
      const std::string_view first(folded, size);
      Direction direction = Direction::kNone;
      // A direction of two words: "written down".
      if (p_.lexicon.starts_pair(first) && q + 1 < end && t[q] == ' ' && k + 1 < runs_.size() &&
          runs_[k + 1].begin == q + 1 && !hyphen_at(runs_[k + 1].end)) {
        const std::size_t r = runs_[k + 1].end;
        direction = p_.lexicon.find(std::string(first) + " " + lower(t.substr(q + 1, r - q - 1)));
        if (direction != Direction::kNone) {
          span.end = r;
          ++k;
        }
      }
      bool swing = false;
      if (direction == Direction::kNone) {
        if (hyphen_at(q)) continue;
        direction = p_.lexicon.find(first);
        swing = direction == Direction::kNone && p_.lexicon.swings(first);
        if (direction == Direction::kNone && !swing) continue;
      }
      std::string word = lower(t.substr(span.begin, span.size()));
      if (inside_blocked(span)) continue;
      if (lexicon::find("change-loss-to", word) && lost_to_cause(span.end)) continue;
      if (lexicon::find("direction-to-level", word) && !level_follows(span.end)) continue;
      if (lexicon::find("direction-before-pair", word) && !pair_follows(span.end)) continue;
      if (lexicon::find("direction-moving-from", word) &&
          !is(word_after(span.end), {"change-from"})) {
        continue;
      }
      // "the lowered forecast", "an increased stake": a participle after an article qualifies
      // the noun after it and states no change ("our increased headcount from 159 to 229" does).
      if (word.ends_with("ed") && lexicon::find("direction-verb", word) &&
          is(lower(word_before(span.begin)), {"change-indefinite", "change-definite"})) {
        continue;
      }
      // "will contract by 3%" is a fall, "a 5% contract" a deal (verb-after-modal).
      if (lexicon::find("verb-after-modal", word) &&
          !is(word_before(span.begin), {"verb-before", "change-to"})) {
        continue;
      }
      // "up to" is a hedge, not a rise; "makes up", "set up", "signed up" are other verbs.
      if (lexicon::find("change-particle", word)) {
        if (is(word_after(span.end), {"change-to"}) && !up_to_from(span.end)) continue;
        if (phrasal(span.begin, "change-phrasal-up")) continue;
      }
      // "weighed down by costs", "bogged down": a participle's particle, not a fall.
      if (lexicon::find("change-particle-down", word) &&
          phrasal(span.begin, "change-phrasal-down")) {
        continue;
      }
      // Plural nouns read as nouns too: "revised down the jobs gains ... from A to B".
      const bool plural = lexicon::find("change-plural-noun", word) != nullptr;
      if (plural) word.pop_back();
      bool noun = lexicon::find("direction-noun", word) != nullptr;
      // "were cut to 2.1%", "cut by 5%": a word that is also a verb acts as one before its values
      // (change-verb-object: "to", "from", "by").
      const bool nounlike = noun;
      // ... unless an article makes it a noun: "an increase to inventories of $2.8 million".
      const std::string_view prev = word_before(span.begin);
      const bool article = is(prev, {"change-indefinite", "change-definite"});
      if (noun && !article && is(word_after(span.end), {"change-verb-object"})) noun = false;
      // After "to" it is an infinitive: "is to cut its growth forecast from 1.8% to 0.8%".
      if (noun && is(prev, {"change-to"})) noun = false;
      // ... and before a possessive that starts its object: "cut its debt back to £160m".
      if (noun && !article && span.end + 1 < end && t[span.end] == ' ') {
        std::size_t e = span.end + 1;
        while (e < end && word_byte(t[e])) ++e;
        if (lexicon::find("verb-after", t.substr(span.end + 1, e - span.end - 1))) noun = false;
      }
      // ... and after a modal or an adverb of one: "will also increase the number from 350".
      if (noun && !article && span.begin > s_.span.begin) {
        std::size_t e = span.begin;
        while (e > s_.span.begin && s_.text[e - 1] == ' ') --e;
        std::size_t b = e;
        while (b > s_.span.begin && word_byte(s_.text[b - 1])) --b;
        if (lexicon::find("verb-before", s_.text.substr(b, e - b))) noun = false;
      }
      // A comparative is a direction word only where comparative() read it above: "more than
      // 5%" is a hedge, "spent more" states no change.
      if (lexicon::find("direction-comparative", word) != nullptr) continue;
      const bool postpositive = lexicon::find("direction-postpositive", word) != nullptr;
      words_.push_back(
          {span, direction, noun, postpositive || nounlike, false, swing,
           noun && !article && !plural && lexicon::find("direction-verb", word) != nullptr});
    }
    // Multiplier words are direction words with their change built in.
    for (std::size_t i = 0; i < s_.quantities.size(); ++i) {
      const Quantity& q = s_.quantities[i];
      if (q.unit != "x" || !q.is_word || !free(i)) continue;
      // "three times", "fourfold" state a multiple with no direction (change-multiple-part).
      if (says_label(lower(q.text), "change-multiple-part")) continue;
      Direction_ d{q.span, q.value < 1 ? Direction::kDecrease : Direction::kIncrease, false};
      words_.push_back(d);
      multiplier_at_.push_back({q.span.begin, i});
    }
    std::sort(words_.begin(), words_.end(),
              [](const Direction_& a, const Direction_& b) { return a.span.begin < b.span.begin; });
  }

  // The direction of a comparative (lexicon/direction.tsv, "direction-comparative": more, less,
  // fewer) that follows a figure and comes up to three words before "than": "6% more than this
  // year's £1,980", "150 more homes than last year's 1,200"; after a percent it needs no
  // "than" ("14% more passengers"). Elsewhere these words are no direction ("more than 5%" is a
  // hedge, "spent more" states no change).
  Direction comparative(ByteSpan span, bool* based = nullptr) const {
    const std::string_view t = s_.text;
    // Most words are longer than any comparative: their look-up is skipped.
    static const std::size_t kLongest = [] {
      std::size_t n = 0;
      for (std::string_view cls : {"direction-comparative", "direction-relative"}) {
        for (const lexicon::Entry& e : lexicon::entries(cls)) n = std::max(n, e.word.size());
      }
      return n;
    }();
    if (span.size() > kLongest || span.begin < 2 || t[span.begin - 1] != ' ') {
      return Direction::kNone;
    }
    // Few words follow a figure, and the lexer's classes turn away those of no direction: the
    // lexicon is asked only for the rest.
    const auto figure =
        std::find_if(s_.quantities.begin(), s_.quantities.end(), [&](const Quantity& q) {
          return q.span.end + 1 == span.begin && !is_time_unit(q.unit) && q.unit != "x";
        });
    if (figure == s_.quantities.end()) return Direction::kNone;
    // A fraction after "and" ends another amount: "a cent and a half weaker".
    if (figure->is_word) {
      std::string_view before = gap(s_.span.begin, figure->span.begin);
      if (const std::string_view a = last_word(before); is(a, {"change-indefinite"})) {
        before = before.substr(0, static_cast<std::size_t>(a.data() - before.data()));
      }
      if (is(last_word(before), {"change-coordinate"})) return Direction::kNone;
    }
    const Word* token = s_.word_at(span);
    if (!token || !(token->classes & trigger::kDirection)) return Direction::kNone;
    const std::string_view word = t.substr(span.begin, span.size());
    const lexicon::Entry* relative = lexicon::find("direction-relative", word);
    const lexicon::Entry* e = relative ? relative : lexicon::find("direction-comparative", word);
    if (!e) return Direction::kNone;
    const Direction direction = stated(*e);
    // "12% below their peak of 352p": the base follows with no "than" (see relative_value); a
    // measure is a place, not a change ("300 metres above the town").
    if (relative) {
      if (!physical_unit(static_cast<std::size_t>(figure - s_.quantities.begin())).empty()) {
        return Direction::kNone;
      }
      if (based) *based = true;
      return direction;
    }
    // " than" after at most three words.
    std::size_t i = span.end;
    for (int words = 0; words <= 3; ++words) {
      if (i >= s_.span.end || t[i] != ' ') break;
      std::size_t j = i + 1;
      while (j < s_.span.end && (std::isalpha(static_cast<unsigned char>(t[j])) || t[j] == '-'))
        ++j;
      if (lexicon::find("change-than", t.substr(i + 1, j - i - 1))) {
        if (based) *based = true;
        return direction;
      }
      i = j;
    }
    // With no base named, a percent still states a change: "carried 14% more passengers".
    return figure->unit == "%" ? direction : Direction::kNone;
  }

  // Whether a figure follows `at`, cued as a level: " to 305,000", " back to 3,420".
  bool level_follows(std::size_t at) const {
    for (const Quantity& q : s_.quantities) {
      if (q.span.begin >= at) return cue(p_.level_cue, gap(at, q.span.begin));
    }
    return false;
  }

  // Whether a change and its new value come right after `at`, joined by "to": "adding $1.89 to
  // $48.62", not "adding £87 a year to the bill".
  bool pair_follows(std::size_t at) const {
    const auto& qs = s_.quantities;
    for (std::size_t i = 0; i + 1 < qs.size(); ++i) {
      if (qs[i].span.begin < at) continue;
      return gap(at, qs[i].span.begin) == " " &&
             spaced(gap(qs[i].span.end, qs[i + 1].span.begin), "change-to");
    }
    return false;
  }

  // Whether the word before the particle at `up` ("up", "down") is of `cls`: a phrasal verb
  // that states no direction ("set up", "weighed down").
  bool phrasal(std::size_t up, lexicon::Class cls) const {
    std::size_t end = up;
    while (end > s_.span.begin && s_.text[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > s_.span.begin && std::isalpha(static_cast<unsigned char>(s_.text[begin - 1]))) {
      --begin;
    }
    const std::string prev = lower(s_.text.substr(begin, end - begin));
    return lexicon::find(cls, prev) != nullptr;
  }

  // "lost 148 million litres a day to leaks", "lost £4.2 million to shoplifting": the amount
  // lost to a cause, right after a change-loss-to word, is a level, not a change of it. Not a
  // percent, and not with a figure or a new-value phrase after "to" ("lost 5% to 120p", "lost
  // $410 to close at $8,950", change-new-cue-then): those state a change.
  bool lost_to_cause(std::size_t at) const {
    const std::string_view t = s_.text;
    // The quantities are in text order: the first one at or after `at`, and the one at `next`.
    const auto from = [&](std::size_t pos) {
      return std::partition_point(s_.quantities.begin(), s_.quantities.end(),
                                  [&](const Quantity& q) { return q.span.begin < pos; });
    };
    const auto first = from(at);
    const Quantity* amount = first == s_.quantities.end() ? nullptr : &*first;
    if (amount == nullptr || amount->unit == "%" || amount->span.begin - at > 12) return false;
    for (std::size_t i = at; i < amount->span.begin; ++i) {
      if (!std::isalpha(static_cast<unsigned char>(t[i])) && t[i] != ' ') return false;
    }
    // " to " within a few words after the amount, no punctuation or figure between.
    const std::size_t limit = std::min(amount->span.end + 40, s_.span.end);
    const std::size_t to = t.substr(0, limit).find(" to ", amount->span.end);
    if (to == std::string_view::npos) return false;
    for (std::size_t i = amount->span.end; i < to; ++i) {
      if (!std::isalpha(static_cast<unsigned char>(t[i])) && t[i] != ' ') return false;
    }
    const std::size_t next = to + 4;
    if (next >= s_.span.end || !std::isalpha(static_cast<unsigned char>(t[next]))) return false;
    if (const auto q = from(next); q != s_.quantities.end() && q->span.begin == next) return false;
    const std::string after = lower(t.substr(next, std::min<std::size_t>(24, s_.span.end - next)));
    for (const lexicon::Entry& e : lexicon::entries("change-new-cue-then")) {
      if (after.starts_with(std::string(e.word) + " ")) return false;
    }
    return true;
  }

  // The word that ends one space before `at`, or empty: the "an" of "an increase".
  std::string_view word_before(std::size_t at) const {
    const std::string_view t = s_.text;
    if (at < 2 || t[at - 1] != ' ' || !word_byte(t[at - 2])) return {};
    std::size_t b = at - 1;
    while (b > 0 && word_byte(t[b - 1])) --b;
    return t.substr(b, at - 1 - b);
  }
  // The word that starts one space after `at` and has a space after it, or empty: " to ".
  std::string_view word_after(std::size_t at) const {
    const std::string_view t = s_.text;
    if (at >= t.size() || t[at] != ' ') return {};
    std::size_t e = at + 1;
    while (e < t.size() && word_byte(t[e])) ++e;
    if (e == at + 1 || e >= t.size() || t[e] != ' ') return {};
    return t.substr(at + 1, e - at - 1);
  }
  // Whether a word is one of the classes'.
  static bool is(std::string_view word, std::initializer_list<lexicon::Class> classes) {
    if (word.empty()) return false;
    return std::any_of(classes.begin(), classes.end(),
                       [&](lexicon::Class c) { return lexicon::find(c, word) != nullptr; });
  }
  // Whether a word names a time by itself: a month, a weekday or a year ("March", "Friday",
  // "2024").
  static bool is_time_word(std::string_view w) {
    const bool year = w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) &&
                      std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    return year || lexicon::month(w) != 0 || lexicon::find("weekday", w) != nullptr;
  }
  // Whether a space-separated word of `g` is one of the class's: the " and " of ", and 13%".
  static bool holds_word(std::string_view g, lexicon::Class cls) {
    for (std::size_t p = 0; p < g.size();) {
      std::size_t q = g.find(' ', p);
      if (q == std::string_view::npos) q = g.size();
      if (q > p && lexicon::find(cls, g.substr(p, q - p))) return true;
      p = q + 1;
    }
    return false;
  }
  // Whether a word of `g`, punctuation aside, is one of the class's: ", respectively, to".
  static bool holds_bare_word(std::string_view g, lexicon::Class cls) {
    for (std::size_t p = 0; p < g.size();) {
      std::size_t q = p;
      while (q < g.size() && word_byte(g[q])) ++q;
      if (q > p && lexicon::find(cls, g.substr(p, q - p))) return true;
      p = q + 1;
    }
    return false;
  }
  // Whether `g` is one word of the class with a space either side: " to ".
  static bool spaced(std::string_view g, lexicon::Class cls) {
    return g.size() > 2 && g.front() == ' ' && g.back() == ' ' && g.find(' ', 1) == g.size() - 1 &&
           lexicon::find(cls, g.substr(1, g.size() - 2));
  }
  // The same after a comma, if any: " or ", ", or ", " , or ".
  static bool comma_spaced(std::string_view g, lexicon::Class cls) {
    return spaced(g.substr(g.starts_with(" , ") ? 2 : g.starts_with(", ") ? 1 : 0), cls);
  }
  // The last space-separated word of `g`, spaces after it dropped.
  static std::string_view last_word(std::string_view g) {
    while (!g.empty() && g.back() == ' ') g.remove_suffix(1);
    const std::size_t sp = g.rfind(' ');
    return sp == std::string_view::npos ? g : g.substr(sp + 1);
  }

  bool inside_blocked(const ByteSpan& span) const {
    for (const ByteSpan& b : s_.blocked) {
      if (b.overlaps(span)) return true;
    }
    return false;
  }

  std::optional<std::size_t> multiplier_of(const Direction_& d) const {
    for (auto [begin, i] : multiplier_at_) {
      if (begin == d.span.begin) return i;
    }
    return std::nullopt;
  }

  // The end of the clause that holds the direction word.
  // That is the first place at or after `from` where the boundary pattern matches, with the
  // sentence as its subject: found once per sentence, trying the pattern only where it can match.
  std::size_t clause_end(std::size_t from) const {
    if (!bounded_) {
      bounded_ = true;
      for (std::size_t q : boundary_candidates(s_.span.end)) {
        if (p_.boundary.match_at(s_.text, q, m_, s_.span.end)) boundaries_.push_back(q);
      }
    }
    auto it = std::lower_bound(boundaries_.begin(), boundaries_.end(), from);
    return it != boundaries_.end() ? *it : s_.span.end;
  }

  // The start of the clause that holds `before`: the end of the last boundary before it, the
  // text after `before` unseen. Remembered, as a statement asks again for its metric.
  std::size_t clause_begin(std::size_t before) const {
    for (auto [at, begin] : clause_begins_) {
      if (at == before) return begin;
    }
    // Boundaries one after another from the start, as a search from each one's end would find
    // them: the first candidate at or after that end where the pattern matches.
    std::size_t begin = s_.span.begin, at = s_.span.begin;
    for (std::size_t q : boundary_candidates(before)) {
      if (q < at || !p_.boundary.match_at(s_.text, q, m_, before)) continue;
      begin = m_.span().end;
      at = begin;
    }
    clause_begins_.emplace_back(before, begin);
    return begin;
  }

  // The places in the sentence before `limit` where the boundary pattern can match, in order: its
  // bytes, and the words that start its phrases, a word running into `limit` read as cut there, as
  // the pattern would see it.
  std::vector<std::size_t> boundary_candidates(std::size_t limit) const {
    if (boundary_word_.empty()) {
      for (const ByteSpan& r : runs_) boundary_word_.push_back(starts_boundary(r.begin, r.end));
    }
    std::vector<std::size_t> out;
    auto mark = marks_.begin();
    for (std::size_t k = 0; k < runs_.size() && runs_[k].begin < limit; ++k) {
      for (; mark != marks_.end() && *mark < runs_[k].begin; ++mark) out.push_back(*mark);
      const bool cut = runs_[k].end > limit;
      if (cut ? starts_boundary(runs_[k].begin, limit) : boundary_word_[k]) {
        out.push_back(runs_[k].begin);
      }
    }
    for (; mark != marks_.end() && *mark < limit; ++mark) out.push_back(*mark);
    return out;
  }

  // How many words of the sentence start in text[a, b): distances are counted in words, so a
  // long name costs what a short one does.
  std::size_t words_between(std::size_t a, std::size_t b) const {
    auto at = [this](std::size_t x) {
      return std::lower_bound(runs_.begin(), runs_.end(), x,
                              [](const ByteSpan& r, std::size_t v) { return r.begin < v; });
    };
    return a < b ? static_cast<std::size_t>(at(b) - at(a)) : 0;
  }
  // The text of the last `n` words before `at`, back to `floor` at most (the sentence's start by
  // default); and of the first `n` words after `at`: phrases around a figure are looked for
  // within words, not bytes.
  std::string_view words_before(std::size_t at, std::size_t n, std::size_t floor = 0) const {
    const auto k = static_cast<std::size_t>(
        std::lower_bound(runs_.begin(), runs_.end(), at,
                         [](const ByteSpan& r, std::size_t v) { return r.begin < v; }) -
        runs_.begin());
    const std::size_t begin = std::max(k >= n ? runs_[k - n].begin : s_.span.begin, floor);
    return gap(begin, at);
  }
  std::string_view words_after(std::size_t at, std::size_t n) const {
    const auto k = static_cast<std::size_t>(
        std::lower_bound(runs_.begin(), runs_.end(), at,
                         [](const ByteSpan& r, std::size_t v) { return r.begin < v; }) -
        runs_.begin());
    const std::size_t end = k + n <= runs_.size() ? runs_[k + n - 1].end : s_.span.end;
    return gap(at, std::min(end, s_.span.end));
  }
  // The words a statement's first value may follow its direction word by, with no change stated.
  static constexpr std::size_t kCloseWords = 12;

  // The first free figure starting at or after `from` and before `limit`.
  std::optional<std::size_t> next_figure(std::size_t from, std::size_t limit) const {
    for (std::size_t i = 0; i < s_.quantities.size(); ++i) {
      const Quantity& q = s_.quantities[i];
      if (q.span.begin >= from && q.span.begin < limit && free(i)) return i;
    }
    return std::nullopt;
  }

  // The gap before figure i back to the previous figure or `floor`, whichever is later.
  // Quantities are in text order and do not overlap, so the previous figure is the nearest
  // untaken one before i: a walk back that stops at the floor, not a pass over the sentence.
  std::string_view gap_before(std::size_t i, std::size_t floor) const {
    std::size_t from = floor;
    for (std::size_t k = i; k-- > 0 && s_.quantities[k].span.end > floor;) {
      if (!s_.taken[k]) {
        from = s_.quantities[k].span.end;
        break;
      }
    }
    return gap(from, s_.quantities[i].span.begin);
  }

  bool cue(const Pattern& pattern, std::string_view g) const {
    Match& m = m_;
    return pattern.find(g, 0, m);
  }

  // Whether figure i is a bare count that only "of" leads to: "cut the risk by 25% in a trial
  // of 11,400 adults" counts the trial, while "to its fair value of $1.02 million" has a unit.
  bool plain_of(std::size_t i, std::string_view g) const {
    const Quantity& q = s_.quantities[i];
    const bool plain = (q.unit.empty() || q.unit == "count") && q.scale == 1;
    return plain && is(last_word(g), {"change-of"});
  }

  // Whether the words before a figure set it beside another rather than before it in time.
  static bool sets_beside(std::string_view cue) {
    return beside_word(cue, {"", "any-count", "comparative"});
  }
  // Whether figure i, cued by "compared with", "against" or "versus", is set beside the stated
  // change as a like figure (the same unit: "by 12%, compared with 8% in Asia") rather than
  // naming the old value.
  bool parallel_change(const Statement& st, std::size_t i, std::string_view g) const {
    if (st.changes.empty() || !cue(p_.old_cue, g) || !sets_beside(g)) return false;
    const auto& qs = s_.quantities;
    return std::any_of(st.changes.begin(), st.changes.end(), [&](std::size_t k) {
      return qs[k].unit == qs[i].unit && qs[k].scale == qs[i].scale;
    });
  }

  // Where the statement anchored on `d` may look for its figures: to the end of its clause
  // or the next direction word, whichever comes first ("up from" and "down from" only cue
  // an old value).
  std::size_t statement_end(const Direction_& d) const {
    std::size_t end = clause_end(d.span.end);
    for (const Direction_& w : words_) {
      if (w.span.begin <= d.span.begin || w.span.begin >= end) continue;
      if (is(word_after(w.span.end), {"change-from"})) continue;
      // A noun stating no change is a metric's name, not a new statement.
      if (w.noun && read_changes(w, clause_end(w.span.end)).empty()) continue;
      // A direction word right after "by" names a cause, not a new statement: "hit by higher
      // costs, from €88m".
      if (is(word_before(w.span.begin), {"change-by"})) continue;
      end = w.span.begin;
      break;
    }
    return end;
  }

  // Whether a swing's statement holds two values after its word and no change.
  bool swing_values(const Statement& st) const {
    const auto& qs = s_.quantities;
    return st.old_value && st.new_value && st.changes.empty() &&
           qs[*st.old_value].span.begin > st.word.span.end &&
           qs[*st.new_value].span.begin > st.word.span.end;
  }

  // Whether the direction word sets a figure below or above another (direction-relative).
  bool relative(const Direction_& d) const {
    return d.postpositive &&
           lexicon::find("direction-relative", s_.text.substr(d.span.begin, d.span.size()));
  }

  // Whether the direction word is one that also means raising money ("raising $13.5m", "raise
  // some EUR 300 million"): its change must then be cued by "by".
  bool raises_funds(const Direction_& d) const {
    return lexicon::find("raises-funds", s_.text.substr(d.span.begin, d.span.size())) != nullptr;
  }
  static bool by(std::string_view g) { return holds_word(g, "change-by"); }

  // Whether percentage i, cued "up from" or "down from" against the direction of a statement
  // whose change is a percent, is the earlier rate of that change: "grew 4.2% in the quarter,
  // down from the third quarter's 5.1%" compares growth rates; "decreased by 3.6% to EUR 162.8
  // mn, up from EUR 168.8 mn" stays one statement, whose direction contradicts its values.
  bool rate_from(const Statement& st, std::size_t i, std::string_view g) const {
    if (s_.quantities[i].unit != "%" || st.changes.empty() ||
        s_.quantities[st.changes[0]].unit != "%") {
      return false;
    }
    // change-rate-from: "down from" against a rise, "up from" against a fall.
    const std::string l = lower(g);
    for (const lexicon::Entry& e : lexicon::entries("change-rate-from")) {
      const Direction against =
          stated(e) == Direction::kIncrease ? Direction::kDecrease : Direction::kIncrease;
      if (st.word.direction == against && l.find(e.word) != std::string::npos) return true;
    }
    return false;
  }

  // Whether "up to" at `at` is a rise because an old value follows the figure it leads to:
  // "profit was up to EUR 0.9 mn , from EUR 0.01 mn"; otherwise it is a hedge ("up to 60").
  bool up_to_from(std::size_t at) const {
    const auto& qs = s_.quantities;
    for (std::size_t i = 0; i + 1 < qs.size(); ++i) {
      if (qs[i].span.begin < at) continue;
      if (words_in(gap(at, qs[i].span.begin)) > 1) return false;  // " to " and nothing else
      // " from ", ", from ", " , from ".
      return comma_spaced(gap(qs[i].span.end, qs[i + 1].span.begin), "change-from");
    }
    return false;
  }

  // Whether a ')' follows figure i, spaces apart: "(18.5%)", "( 57.2 )".
  bool closes_bracket(std::size_t i) const {
    std::size_t p = s_.quantities[i].span.end;
    while (p < s_.span.end && s_.text[p] == ' ') ++p;
    return p < s_.span.end && s_.text[p] == ')';
  }

  // Whether gap `g` between figure i and a noun of change names what changed: "a 53% pay rise",
  // "a 15-20% annual sales growth". Up to three lower-case words, none a function word
  // (function.tsv's not-unit), after an article or an owner that opens the figure's phrase;
  // the word of change a noun, not an adverb after its verb ("the two companies sped up").
  bool names_before_noun(const Direction_& d, std::size_t i, std::string_view g) const {
    // "the two companies sped up": a word after its figure is no noun of change.
    if (lexicon::find("direction-postpositive",
                      lower(s_.text.substr(d.span.begin, d.span.size())))) {
      return false;
    }
    const std::string opening = lower(word_before(s_.quantities[i].span.begin));
    if (!is(opening, {"change-indefinite", "change-definite", "change-owner"})) return false;
    if (g.size() < 3 || g.front() != ' ' || g.back() != ' ') return false;
    int words = 0;
    for (std::size_t p = 1; p < g.size();) {
      std::size_t q = p;
      while (q < g.size() && ((g[q] >= 'a' && g[q] <= 'z') || g[q] == '-')) ++q;
      if (q == p || q >= g.size() || g[q] != ' ') return false;
      if (++words > 3 || lexicon::find("not-unit", g.substr(p, q - p))) return false;
      p = q + 1;
    }
    return true;
  }

  // Whether figure i after a verb and its object is the change to a new value "to" names: "lifted
  // interest rates 0.25% to 5.5%", "cut its base rate 0.5% to 3.75%". The object is one to three
  // lower-case words, none a function word but an owner ("its"); the change has a unit of its
  // own (a bare "5 to 7%" is a range), and a figure follows it after "to".
  bool object_then_to(const Direction_& d, std::size_t i, std::string_view g,
                      std::size_t end) const {
    const Quantity& q = s_.quantities[i];
    if (d.noun || q.unit.empty() || q.unit == "count" || is_time_unit(q.unit)) return false;
    if (raises_funds(d) && q.unit != "%") return false;
    if (g.size() < 3 || g.front() != ' ' || g.back() != ' ') return false;
    int words = 0;
    for (std::size_t p = 1; p < g.size();) {
      std::size_t e = p;
      while (e < g.size() && g[e] >= 'a' && g[e] <= 'z') ++e;
      if (e == p || e >= g.size() || g[e] != ' ') return false;
      const std::string_view w = g.substr(p, e - p);
      if (++words > 3 || (lexicon::find("not-unit", w) && !is(w, {"change-owner"}))) return false;
      p = e + 1;
    }
    const auto j = next_figure(q.span.end, end);
    return j && spaced(gap(q.span.end, s_.quantities[*j].span.begin), "change-to") &&
           !is_time_unit(s_.quantities[*j].unit);
  }

  // "The margin was 45.6%, less than the 47.3% analysts expected and down from 47.1%": a value,
  // a comma, an aside setting it against a forecast or a rival (a word of change-aside, at most
  // one figure and ten words), then "and" and "up" or "down" with an old value: the value before
  // the aside is the new one.
  void comparison_aside(Statement& st) {
    const Direction_& d = st.word;
    if (!st.old_value || st.new_value || !st.changes.empty() || d.noun ||
        !lexicon::find("direction-postpositive",
                       lower(s_.text.substr(d.span.begin, d.span.size()))) ||
        !is(lower(word_before(d.span.begin)), {"change-coordinate"})) {
      return;
    }
    const auto& qs = s_.quantities;
    std::size_t k = *st.old_value, figures = 0;
    while (k > 0 && qs[k - 1].span.end > d.span.begin) --k;
    while (k-- > 0 && figures++ < 2) {
      const std::string_view aside = gap(qs[k].span.end, d.span.begin);
      if (aside.empty() || aside[0] != ',') continue;
      if (!free(k) || is_time_unit(qs[k].unit) || !compatible_at(k, *st.old_value)) return;
      if (aside.find_first_of(";:(") != std::string_view::npos || words_in(aside) > 10 ||
          !holds_bare_word(lower(aside), "change-aside")) {
        return;
      }
      st.new_value = k;
      used_[k] = true;
      return;
    }
  }

  // "shrank from 14 to 9 weeks": a period written once after "from" a bare figure "to" another,
  // right after the direction word, is the unit of both values, not when the change happened
  // ("fallen to between 2 and 4 days, from 5 to 7 days" is two ranges). Takes figure i as the new
  // value.
  bool period_after_pair(Statement& st, std::size_t i) {
    if (!st.old_value || st.new_value || *st.old_value + 1 != i) return false;
    Quantity& old = s_.quantities[*st.old_value];
    if (!spaced(gap(st.word.span.end, old.span.begin), "change-from")) return false;
    if (!old.unit.empty() || old.scale != 1 || old.is_range) return false;
    if (!spaced(gap(old.span.end, s_.quantities[i].span.begin), "change-to")) return false;
    // A time that moves against the word is a schedule's ("delivery slipped from 2 to 5 days"):
    // no reading is sure, so none is given.
    const double to = s_.quantities[i].value;
    if ((st.word.direction == Direction::kDecrease && old.value <= to) ||
        (st.word.direction == Direction::kIncrease && old.value >= to)) {
      return false;
    }
    old.unit = s_.quantities[i].unit;
    st.new_value = i;
    used_[i] = true;
    return true;
  }

  // "cut its stake in half", "cut GM's stake in half": a fraction of fall (numbers.tsv's
  // fraction-fall) after up to four words and a word of change-fraction-lead is the change, as
  // "by half" is.
  bool cut_in_fraction(std::size_t i, std::string_view g) const {
    const Quantity& q = s_.quantities[i];
    if (!q.is_word || !lexicon::find("fraction-fall", lower(q.text))) return false;
    if (g.size() < 3 || g.front() != ' ' || g.back() != ' ') return false;
    g.remove_suffix(1);
    const std::size_t sp = g.rfind(' ');
    if (!lexicon::find("change-fraction-lead", g.substr(sp + 1))) return false;
    return words_in(g.substr(0, sp)) <= 4 && std::all_of(g.begin(), g.end(), [](char c) {
             return c == ' ' || c == '\'' || word_byte(c);
           });
  }

  // The changes a direction word states: after it ("rose 2%", "increased by $ 307 million, or
  // 15%", "a rise of 4.5 per cent"), or before a noun ("a 45% decline").
  std::vector<std::size_t> read_changes(const Direction_& d, std::size_t end) const {
    const auto& qs = s_.quantities;
    std::vector<std::size_t> changes;
    // "below" and "above" take their change from the figure before them only.
    if (auto i = relative(d) ? std::nullopt : next_figure(d.span.end, end)) {
      std::string_view g = gap(d.span.end, qs[*i].span.begin);
      // A noun with its article names what changed after "to": "an increase to inventories of
      // $2.8 million" (a noun with no article before "to" reads as a verb, see find_directions).
      const bool named = d.noun && cue(p_.noun_to_gap, g);
      if (((named || cue(p_.change_gap, g)) && !is_time_unit(qs[*i].unit) &&
           (!raises_funds(d) || by(g))) ||
          object_then_to(d, *i, g, end) || cut_in_fraction(*i, g)) {
        changes.push_back(*i);
        // "up nine points since March": a plain figure before "points" counts them.
        Match& m = m_;
        const bool plain = (qs[*i].unit.empty() || qs[*i].unit == "count") && qs[*i].scale == 1;
        if (plain && p_.points_after.match_at(s_.text, qs[*i].span.end, m, s_.span.end)) {
          s_.quantities[*i].unit = m.has(1) ? "pp" : "points";
        } else if (auto k = plain ? next_figure(qs[*i].span.end, end) : std::nullopt;
                   k && (qs[*k].unit == "points" || qs[*k].unit == "pp") &&
                   spaced(gap(qs[*i].span.end, qs[*k].span.begin), "change-coordinate")) {
          // "rose 0.3 and 0.5 points respectively": the unit written once is both figures'.
          s_.quantities[*i].unit = qs[*k].unit;
        }
        // A second change of the other kind: "64 pence, or 6%", "$7.2 million, or 10.9%".
        if (auto j = next_figure(qs[*i].span.end, end)) {
          std::string_view g2 = gap(qs[*i].span.end, qs[*j].span.begin);
          bool kinds_differ = (qs[*j].unit == "%") != (qs[*i].unit == "%");
          if (kinds_differ && cue(p_.second_gap, g2) && !is_time_unit(qs[*j].unit) &&
              (g2.find_first_not_of(" (") != std::string_view::npos || closes_bracket(*j))) {
            changes.push_back(*j);
          }
        }
        return changes;
      }
    }
    if (d.noun || d.postpositive) {
      for (std::size_t i = 0; i < qs.size(); ++i) {
        if (!free(i) || qs[i].span.end > d.span.begin) continue;
        // "51% ( 51 % ) higher": a bracket restating the figure is passed over.
        std::string_view g = after_restatement(i, gap(qs[i].span.end, d.span.begin));
        if ((g == " " || g == "-" || names_before_noun(d, i, g)) && !is_time_unit(qs[i].unit)) {
          changes.assign(1, i);
        }
        // "a 16-point improvement", "a 2.5 percentage point rise": a change in points.
        Match& m = m_;
        // "six points lower": a number word before "points" is read as their count.
        if ((qs[i].unit.empty() || qs[i].unit == "count") && qs[i].scale == 1 &&
            p_.point_gap.find(g, 0, m)) {
          s_.quantities[i].unit = m.has(1) ? "pp" : "points";
          changes.assign(1, i);
        }
      }
      // Two changes of different kinds before it: "a $320 million or 38% increase".
      if (changes.size() == 1 && changes[0] > 0 && free(changes[0] - 1)) {
        const std::size_t i = changes[0], h = i - 1;
        std::string_view g = gap(qs[h].span.end, qs[i].span.begin);
        const bool kinds_differ = (qs[h].unit == "%") != (qs[i].unit == "%");
        if (kinds_differ && !is_time_unit(qs[h].unit) && comma_spaced(g, "change-or")) {
          changes.insert(changes.begin(), h);
        }
      }
    }
    return changes;
  }

  bool read(Statement& st) {
    const auto& qs = s_.quantities;
    const Direction_& d = st.word;
    const std::size_t end = statement_end(d);
    std::size_t begin = clause_begin(d.span.begin);
    // The change two values resulted in reaches back to them: "$512.3 million in 2022
    // against $471.9 million in 2021, resulting in an increase of $40.4 million". The clause
    // then starts right after the word that ends the one before ("resulting").
    std::size_t ended = begin;
    while (ended > s_.span.begin && word_byte(s_.text[ended - 1])) --ended;
    if (d.noun && ended < begin && p_.result_noun.find(gap(ended, d.span.begin), 0, m_)) {
      const std::size_t before = clause_begin(ended);
      // Only to two values set against each other there, never to a lone figure of another
      // metric ("$7.7 million were capitalized, resulting in an increase of the expense").
      for (std::size_t i = 0; i < qs.size() && qs[i].span.end <= begin; ++i) {
        if (free(i) && qs[i].span.begin >= before && cue(p_.old_cue, gap_before(i, before))) {
          begin = before;
          break;
        }
      }
    }
    if (auto mi = multiplier_of(d)) {
      st.multiplier = *mi;
      st.changes.push_back(*mi);
    } else {
      st.changes = read_changes(d, end);
    }
    // A noun with no change of its own names a metric ("growth forecasts slipping to 1.8%"),
    // unless "from" and "to" name its values: "the increase in earnings from $128 million to
    // $201 million".
    if (d.noun && st.changes.empty()) return noun_from_to(st, end);
    for (std::size_t c : st.changes) used_[c] = true;
    // "an increase to inventories of $2.8 million" names its object, not its values: in a list
    // the figure before is another item's.
    if (d.noun && !st.changes.empty() &&
        cue(p_.noun_to_gap, gap(d.span.end, qs[st.changes[0]].span.begin))) {
      return true;
    }
    // With no base, a comparative states its change alone: the figures after it belong to
    // what follows ("costs 8% more, at £540, which is 12% higher than last year's £482"),
    // unless "at" or "to" leads to the first right after it, its new value: "ended 6% weaker at
    // 1.24 against 1.32".
    if (d.no_base) {
      const auto i = next_figure(d.span.end, end);
      const std::string_view g = i ? gap(d.span.end, qs[*i].span.begin) : std::string_view();
      if (st.changes.empty() || !i || !(spaced(g, "change-at") || spaced(g, "change-to")) ||
          is_time_unit(qs[*i].unit) || !fits(st, *i)) {
        return !st.changes.empty();
      }
    }
    // A comparative multiple names its base next: "$1.1 billion, more than double the $480
    // million".
    if (st.multiplier != SIZE_MAX) {
      const std::string w = lower(qs[st.multiplier].text);
      auto i = next_figure(d.span.end, end);
      if (lexicon::find("change-multiple-with-base", w) && i &&
          spaced(gap(d.span.end, qs[*i].span.begin), "change-definite")) {
        st.old_value = *i;
        used_[*i] = true;
      }
    }
    // A comparative's base: "25% lower than the £1,200 in Manchester".
    if (d.postpositive && !st.old_value) {
      auto i = next_figure(d.span.end, end);
      Match& m = m_;
      const std::string_view g = i ? gap(d.span.end, qs[*i].span.begin) : std::string_view();
      if (i && free(*i) && !is_time_unit(qs[*i].unit) &&
          (relative(d) ? p_.relative_value.find(g, 0, m) : p_.than_value.find(g, 0, m)) &&
          fits(st, *i)) {
        st.old_value = *i;
        used_[*i] = true;
        // A comparative's own total after its base: "150 more homes than last year's 1,200,
        // bringing the total to 1,350", "38 more trains than last year's 212, for a fleet of 250".
        const auto j = next_figure(qs[*i].span.end, s_.span.end);
        if (j && comparative(d.span) != Direction::kNone && !is_time_unit(qs[*j].unit) &&
            p_.then_total.find(gap(qs[*i].span.end, qs[*j].span.begin), 0, m) && fits(st, *j)) {
          st.new_value = *j;
          used_[*j] = true;
          // The change counts what the values measure: "610 more tonnes ... 9,390 tonnes".
          for (std::size_t k : st.changes) {
            Quantity& q = s_.quantities[k];
            if ((q.unit.empty() || q.unit == "count") && q.scale == 1) q.unit = qs[*j].unit;
          }
        }
      }
    }
    // Values after the word, cued by the words before them.
    std::size_t resume = end, resume_end = end;
    Match& m = m_;
    if (p_.resume.match_at(s_.text, end, m, s_.span.end)) {
      resume = m.span().end;
      resume_end = clause_end(resume);
    }
    const bool values_before_after = st.old_value || st.new_value;
    for (std::size_t i = 0; i < qs.size(); ++i) {
      if (!free(i) || qs[i].span.begin < d.span.end) continue;
      if (qs[i].span.begin >= end &&
          (qs[i].span.begin < resume || qs[i].span.begin >= resume_end)) {
        continue;
      }
      if (is_time_unit(qs[i].unit) && period_after_pair(st, i)) continue;
      if (is_time_unit(qs[i].unit) || qs[i].unit == "x") continue;
      std::string_view g = gap_before(i, d.span.end);
      // With no change stated, the values must follow the word closely ("rose to EUR 13.1 mn
      // from EUR 8.7 mn"), within kCloseWords words, not sit in a later clause about something
      // else.
      if (st.changes.empty() && !st.old_value && !st.new_value &&
          words_between(d.span.end, qs[i].span.begin) > kCloseWords) {
        break;
      }
      const bool prior = is_prior_[i] && st.new_value && prior_of_[*st.new_value] == i;
      // "fell by 14 points in one group, compared with 9 points in the other": a figure of the
      // change's own unit set against it, with no new value named, is another thing's change.
      if (!prior && !st.new_value && !st.old_value && parallel_change(st, i, g)) break;
      if (!st.old_value && (prior || cue(p_.old_cue, g) || cue(p_.since_when, g)) && fits(st, i) &&
          !rate_from(st, i, g)) {
        st.old_value = i;
        used_[i] = true;
      } else if (!st.new_value && cue(p_.new_cue, g) && !cue(p_.gap_of, g) && !plain_of(i, g) &&
                 fits(st, i)) {
        st.new_value = i;
        used_[i] = true;
        // PhraseBank pairs with lost parentheses: "totalled EUR 2,686.2 1,259.7 million".
        if (!st.old_value && i + 1 < qs.size() && free(i + 1) &&
            gap(qs[i].span.end, qs[i + 1].span.begin) == " " && compatible_at(i, i + 1)) {
          st.old_value = i + 1;
          used_[i + 1] = true;
        }
      }
    }
    // "raised its forecast to between $4.85 billion and $4.9 billion, growth of 12% to 13%, from
    // $4.8 billion to $4.88 billion": a change given as a range is a forecast's, and two single
    // figures after it, "from" one "to" the other, are the range it replaces, not its values.
    if (!values_before_after && st.old_value && st.new_value && !qs[*st.old_value].is_range &&
        !qs[*st.new_value].is_range &&
        std::any_of(st.changes.begin(), st.changes.end(),
                    [&](std::size_t c) { return qs[c].is_range; })) {
      used_[*st.old_value] = used_[*st.new_value] = false;
      st.old_value.reset();
      st.new_value.reset();
    }
    // Values before the word, nearest first: "(2018 $10.6 million)" is cued as old; the
    // subject's value ("Net sales of $1.4 billion ... increased 15.2% from $1.2 billion") is
    // the new value when the old one follows, and the old one when "to" names the new
    // ("a carrying value of $4,575 were written down to ... $1,300").
    // A figure another statement took ends the reach back: a statement never links figures
    // across another's ("from $1 to $2, up 3% from $1 to $2, up 3%": the last "up" is not the
    // first pair's).
    const bool new_after = st.new_value.has_value();
    std::size_t i = static_cast<std::size_t>(
        std::partition_point(qs.begin(), qs.end(),
                             [&](const Quantity& q) { return q.span.end <= d.span.begin; }) -
        qs.begin());
    while (i-- > 0) {
      if (st.old_value && st.new_value) break;
      if (qs[i].span.begin < begin || (used_[i] && !owns(st, i))) break;
      if (!free(i)) continue;
      if (is_time_unit(qs[i].unit) || qs[i].unit == "x" || !fits(st, i)) continue;
      if (!st.old_value && (is_prior_[i] || cue(p_.old_cue, gap_before(i, begin)))) {
        st.old_value = i;
        used_[i] = true;
        continue;
      }
      // Uncued values must carry a unit or a scale: a bare "2" or "23" before a direction
      // word is too often a rank or a count of something else. A count of its own size beside
      // a cued old value is the new one: "had 631,200 members, up 12.8% from 559,600".
      const bool plain = (qs[i].unit.empty() || qs[i].unit == "count") && qs[i].scale == 1;
      if (plain &&
          !(st.old_value && !st.new_value &&
            (plain_pair(i, *st.old_value) || set_beside_old(i, st) || up_from(i, st) ||
             compared_before(i, st))) &&
          !apposed_level(i, st)) {
        continue;
      }
      if (!st.new_value && (st.old_value || !st.changes.empty()) && value_like_before(i, st)) {
        st.new_value = i;
      } else if (!st.old_value && new_after && !d.noun &&
                 (words_between(qs[i].span.end, d.span.begin) <= 2 || carrying_value(i))) {
        st.old_value = i;  // the subject: "a carrying value of $4,575 were written down to"
      } else {
        continue;
      }
      used_[i] = true;
    }
    comparison_aside(st);
    since_now(st);
    sequence_old(st);
    return !st.changes.empty() || (st.old_value && st.new_value);
  }

  // "Both measures rose: revenue to $2.6bn from $2.1bn and profit to $410m from $350m": a
  // direction verb whose clause ends at a colon, with no figure before it, states the change of
  // each item listed after the colon. An item is a name and figures cued as a statement's are
  // ("to" a new value, "from" an old one, "by" a change); a comma, a semicolon or "and" before
  // a name starts the next, and a figure with no cue ends the list.
  void colon_list(const Direction_& d) {
    const auto& qs = s_.quantities;
    const std::size_t colon = clause_end(d.span.end);
    if (d.noun || d.swing || d.no_base || colon >= s_.span.end || s_.text[colon] != ':') return;
    // Before the colon, only a count of the items may stand: "fell in two areas:".
    for (std::size_t i = 0; i < qs.size(); ++i) {
      const bool plain = (qs[i].unit.empty() || qs[i].unit == "count") && qs[i].scale == 1;
      if (qs[i].span.begin >= d.span.end && qs[i].span.begin < colon && free(i) && !plain) return;
    }
    list_items(d, colon + 1);
  }

  // "Revenue rose to $12m from $10m, and pretax profit to $4m from $3m": a clause after a
  // statement that opens with "and" (change-coordinate), names another metric in a few words
  // and gives its figures with the direction word left out takes the statement's direction.
  void gapped(const Statement& st) {
    const auto& qs = s_.quantities;
    if (st.word.noun || st.word.swing || st.word.no_base || st.word.direction == Direction::kNone) {
      return;
    }
    std::size_t end = st.word.span.end;
    for (auto v : {st.old_value, st.new_value}) {
      if (v) end = std::max(end, qs[*v].span.end);
    }
    for (std::size_t c : st.changes) end = std::max(end, qs[c].span.end);
    const auto i = next_figure(end, s_.span.end);
    if (!i || words_between(end, qs[*i].span.begin) > kGappedWords) return;
    std::string_view g = gap(end, qs[*i].span.begin);
    const std::size_t first = g.find_first_not_of(" ,");
    if (first == std::string_view::npos) return;
    g = g.substr(first);
    if (!is(g.substr(0, g.find(' ')), {"change-coordinate"})) return;
    // Its first figure follows a bare cue; a verb ("and costs were $3m") starts a clause of its
    // own.
    if (!is(last_word(g), {"change-to", "change-from", "change-by"})) return;
    for (const Direction_& w : words_) {
      if (w.span.begin >= end && w.span.begin < qs[*i].span.begin) return;
    }
    list_items(st.word, end);
  }
  // The words a gapped clause may open with before its first figure: "and", a name, a cue.
  static constexpr std::size_t kGappedWords = 6;

  // Reads items after `from`, each a name and figures its cues give roles ("retail to £820m
  // from £760m", "Asia by 2 points to 11%"), as statements of direction word `d`.
  void list_items(const Direction_& d, std::size_t from) {
    const auto& qs = s_.quantities;
    Statement item;
    item.word = d;
    std::string name;
    auto flush = [&] {
      const bool stated = !item.changes.empty() || (item.old_value && item.new_value);
      if (stated) {
        emit(item);
        if (!name.empty()) out_.back().metric = name;
      } else {
        for (auto v : {item.old_value, item.new_value}) {
          if (v) used_[*v] = false;
        }
      }
      item = Statement{};
      item.word = d;
      name.clear();
      return stated;
    };
    for (std::size_t i = 0; i < qs.size(); ++i) {
      // A length of time names an item ("the ten-year by 0.4 points"): it is no value.
      if (qs[i].span.begin < from || s_.taken[i] || is_time_unit(qs[i].unit)) continue;
      if (!free(i) || qs[i].unit == "x" || not_a_value(i)) break;
      const std::string_view g = gap(from, qs[i].span.begin);
      // The next item starts after a separator: what stands after it, up to the cue, names it.
      const std::size_t sep = g.find_last_of(",;");
      const std::size_t and_at = g.rfind(" and ");
      const bool comma = sep != std::string_view::npos;
      const bool joined = and_at != std::string_view::npos;
      if ((comma || joined) && (item.old_value || item.new_value || !item.changes.empty())) {
        if (!flush()) return;
      }
      const std::string_view cue_word = last_word(g);
      const bool by_cue = is(cue_word, {"change-by"});
      const bool new_cue = !by_cue && cue(p_.new_cue, g) && !cue(p_.gap_of, g);
      const bool old_cue = !by_cue && !new_cue && cue(p_.old_cue, g);
      if (!by_cue && !new_cue && !old_cue) break;
      if (item.changes.empty() && !item.old_value && !item.new_value) name = item_name(g);
      if (by_cue) {
        if (!item.changes.empty() || item.new_value || item.old_value) break;
        item.changes.push_back(i);
      } else {
        std::optional<std::size_t>& slot = new_cue ? item.new_value : item.old_value;
        if (slot || !fits(item, i)) break;
        slot = i;
      }
      used_[i] = true;
      from = qs[i].span.end;
    }
    flush();
  }

  // The name of a listed item from the gap before its first figure: the words before its cue
  // ("to", "from", "by") after the last separator and a joining "and" or article ("; and
  // freight, to" is "freight"), lower case.
  static std::string item_name(std::string_view g) {
    std::vector<std::string_view> words;
    bool separated = false;  // a separator since the last word: the next word starts a name
    for (std::size_t p = 0; p < g.size();) {
      if (!word_byte(g[p]) && g[p] != '-' && g[p] != '\'') {
        separated = separated || g[p] == ',' || g[p] == ';';
        ++p;
        continue;
      }
      std::size_t q = p;
      while (q < g.size() && (word_byte(g[q]) || g[q] == '-' || g[q] == '\'')) ++q;
      const std::string_view w = g.substr(p, q - p);
      if (is(w, {"change-to", "change-from", "change-by"})) break;
      if (separated) words.clear();
      separated = false;
      if (!(words.empty() && is(w, {"change-coordinate", "change-definite"}))) words.push_back(w);
      p = q;
    }
    std::string out;
    for (std::string_view w : words) out += (out.empty() ? "" : " ") + lower(w);
    return out;
  }

  // "risen 150% since 2020, when a loaf cost £1.10; it now costs £2.20": after an old value of
  // the time a change is counted since, the figure "now" leads to is the new value.
  void since_now(Statement& st) {
    const auto& qs = s_.quantities;
    if (!st.old_value || st.new_value ||
        !cue(p_.since_when, gap_before(*st.old_value, s_.span.begin)))
      return;
    auto j = next_figure(qs[*st.old_value].span.end, s_.span.end);
    if (!j || is_time_unit(qs[*j].unit) || !fits(st, *j) ||
        !cue(p_.since_now, gap(qs[*st.old_value].span.end, qs[*j].span.begin))) {
      return;
    }
    st.new_value = j;
    used_[*j] = true;
  }

  // "had slumped to 212,000 in May, recovered to 305,000 by August, a 44% increase": with no
  // change of its own, a statement's old value is the level the statement before brought the
  // metric to, a clause apart. Kept only if a later noun states the change (see run).
  void sequence_old(Statement& st) {
    const auto& qs = s_.quantities;
    const Direction_& d = st.word;
    if (!st.new_value || st.old_value || !st.changes.empty() || d.noun) return;
    if (!cue(p_.level_cue, gap(d.span.end, qs[*st.new_value].span.begin))) return;
    const Direction_* before = nullptr;
    for (const Direction_& w : words_) {
      if (w.span.end <= d.span.begin) before = &w;
    }
    if (before == nullptr) return;
    auto x = next_figure(before->span.end, d.span.begin);
    if (!x || !cue(p_.level_cue, gap(before->span.end, qs[*x].span.begin))) return;
    // Nothing but a time and a comma or "and" between the level and the word: no other figure.
    const std::string_view between = gap(qs[*x].span.end, d.span.begin);
    if (words_between(qs[*x].span.end, d.span.begin) > 8 ||
        between.find_first_of(";.") != std::string_view::npos) {
      return;
    }
    if (next_figure(qs[*x].span.end, d.span.begin) || !fits(st, *x)) return;
    st.old_value = x;
    st.sequence = true;
    used_[*x] = true;
  }

  // Whether the words of text[begin, end) make a statement guidance or a forecast ("expects
  // sales to rise 6%", "will fall"), not a benchmark ("beating forecasts").
  bool forecast(std::size_t begin, std::size_t end) const {
    const Word* before = nullptr;
    for (const Word& w : s_.words) {
      if (w.begin >= begin && w.end <= end && p_.forecast_words.contains(w.key) &&
          !(before && p_.benchmark_words.contains(before->key))) {
        return true;
      }
      before = &w;
    }
    return false;
  }

  // Whether a phrase names a time rather than a thing: a year, or a word of the "period" class.
  bool names_period(std::string_view phrase) const {
    if (phrase.find_first_of("0123456789") != std::string_view::npos) return true;
    std::size_t p = 0;
    while (p < phrase.size()) {
      std::size_t q = phrase.find(' ', p);
      if (q == std::string_view::npos) q = phrase.size();
      if (p_.period_words.contains(word_key(phrase.substr(p, q - p)))) return true;
      p = q + 1;
    }
    return false;
  }

  // Marks a statement that sets two things side by side at one time: its old value cued by
  // "against", "versus", "compared with" and followed by what it belongs to ("against 55% in
  // the control arm"), or its direction word followed by "than" ("25% lower than in Leeds").
  void compare(const Statement& st, Claim& c) const {
    Match& m = m_;
    std::string_view phrase;
    if (st.old_value) {
      const Quantity& old = s_.quantities[*st.old_value];
      const bool side_by_side = sets_beside(gap_before(*st.old_value, s_.span.begin));
      if (side_by_side && p_.compared_to.match_at(s_.text, old.span.end, m, s_.span.end)) {
        phrase = m.str(1);
      } else if (side_by_side &&
                 p_.possessive.find(gap_before(*st.old_value, s_.span.begin), 0, m)) {
        phrase = m.str(1);  // "compared to EA's $17.8bn"
      }
    }
    if (phrase.empty() && st.word.direction != Direction::kNone) {
      const std::size_t from = st.word.span.end;
      // "than" within three words of the direction word, as comparative() looks for it.
      if (p_.than_what.find(s_.text.substr(0, clause_end(from)), from, m) &&
          words_between(from, m.span().begin) <= 3) {
        phrase = m.str(1);
      }
    }
    if (phrase.empty() || names_period(phrase)) return;
    c.comparison = true;
    c.compared_to = phrase;
  }

  // The gap `g` after figure i without a bracket that restates the figure ("21.2% ( 21.2 % ),"),
  // which the scanner reads as no figure of its own.
  std::string_view after_restatement(std::size_t i, std::string_view g) const {
    const std::size_t open = g.find_first_not_of(' ');
    if (open == std::string_view::npos || g[open] != '(') return g;
    const std::size_t close = g.find(')', open);
    if (close == std::string_view::npos) return g;
    auto squeeze = [](std::string_view t) {
      std::string out;
      for (char c : t) {
        if (c != ' ') out += c;
      }
      return out;
    };
    if (squeeze(g.substr(open + 1, close - open - 1)) != squeeze(s_.quantities[i].text)) return g;
    return g.substr(close + 1);
  }

  // Whether plain figures i and j read as two values of one count: each 100 or more, or with
  // decimals, and within a factor of ten of each other ("631,200" and "559,600"; not the "3"
  // of "3 stores" and "559,600").
  bool plain_pair(std::size_t i, std::size_t j) const {
    const Quantity &a = s_.quantities[i], &b = s_.quantities[j];
    // A leading zero ("0730") writes a time or a code, not a count.
    auto sized = [](const Quantity& q) {
      return (q.value >= 100 || q.decimals > 0) &&
             !(q.text.size() > 1 && q.text[0] == '0' && q.text[1] >= '0' && q.text[1] <= '9');
    };
    return sized(a) && sized(b) && a.value * 10 >= b.value && b.value * 10 >= a.value;
  }

  // A plain figure set right beside the cued old value, with a change stated, is the new value
  // however small: "The rating is minus 28, compared with minus 19, a fall of nine points".
  bool set_beside_old(std::size_t i, const Statement& st) const {
    const auto& qs = s_.quantities;
    if (*st.old_value != i + 1 || st.changes.empty()) return false;
    const std::string_view g = gap(qs[i].span.end, qs[i + 1].span.begin);
    return words_between(qs[i].span.end, qs[i + 1].span.begin) <= 3 && sets_beside(g) &&
           compatible_at(i, i + 1);
  }

  // A plain figure right before ", 15% more than the 58" is the count compared however small:
  // "They scored 71 goals, 15% more than the 58 they managed last season". The percent follows
  // it after a comma and at most one word, and the comparison's base comes next.
  bool compared_before(std::size_t i, const Statement& st) const {
    const auto& qs = s_.quantities;
    if (!st.word.postpositive || st.changes.size() != 1 || st.changes.front() != i + 1 ||
        *st.old_value != i + 2 || qs[i + 1].unit != "%" ||
        st.word.span.begin < qs[i + 1].span.end) {
      return false;
    }
    const std::string_view g = gap(qs[i].span.end, qs[i + 1].span.begin);
    return g.ends_with(", ") && words_between(qs[i].span.end, qs[i + 1].span.begin) <= 1 &&
           compatible_at(i, i + 2);
  }

  // A plain count set right before ", a rise of 33%" or ", up 6%" is the level the change
  // brought it to: "Attendance reached 12,000, a rise of 33% on last year", "sold 61,000
  // tickets, a jump of 22%" (up to three words of what it counts between), and a time after
  // them ("reached 35,200 in March, a jump of 9%": a month, weekday or year, up to six words in
  // all). Only with a percent stated right after the direction word and no value named yet, and
  // a count sized as a level (as plain_pair's), so "ranked 3, up 5%" stays unread.
  bool apposed_level(std::size_t i, const Statement& st) const {
    const auto& qs = s_.quantities;
    // A year between them is the time's ("512 cases in 2024, a drop of 11%"), no figure.
    if (is_time_word(qs[i].text)) return false;
    std::size_t k = i + 1;
    if (k + 1 < qs.size() && qs[k].span.end < st.word.span.begin && is_time_word(qs[k].text)) ++k;
    if (st.old_value || st.new_value || st.changes.size() != 1 || st.changes.front() != k ||
        qs[k].unit != "%" || st.word.span.begin < qs[i].span.end ||
        st.word.span.end > qs[k].span.begin || !plain_pair(i, i)) {
      return false;
    }
    std::string_view g = gap(qs[i].span.end, st.word.span.begin);
    const std::size_t comma = g.find(',');
    if (comma == std::string_view::npos || g.find(',', comma + 1) != std::string_view::npos) {
      return false;
    }
    // Words of what it counts (lower case), then those of a time: a month, weekday or year.
    std::size_t words = 0;
    bool time = false;
    for (std::size_t p = 0; p < comma;) {
      std::size_t q = p;
      while (q < comma && g[q] != ' ') ++q;
      const std::string_view w = g.substr(p, q - p);
      p = q + 1;
      if (w.empty()) continue;
      ++words;
      if (is_time_word(w)) {
        time = true;
      } else if (!std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        return false;
      }
    }
    if (words > (time ? 6u : 3u)) return false;
    g.remove_prefix(comma + 1);
    return g == " " || spaced(g, "change-indefinite");
  }

  // A plain figure right before ", down from" and the old value is the new one however small:
  // "the balance was 22, down from 26 in September"; so before a prior period's possessive,
  // "9,800 season tickets, up on last term's 9,100" (the old value's cue ends in "'s").
  bool up_from(std::size_t i, const Statement& st) const {
    const auto& qs = s_.quantities;
    if (*st.old_value != i + 1 || !compatible_at(i, i + 1)) return false;
    const std::string_view before = gap(qs[i].span.end, st.word.span.begin);
    const std::string_view after = gap(st.word.span.end, qs[i + 1].span.begin);
    return (before == ", " || before == " , ") &&
           (spaced(after, "change-from") || (after.ends_with("'s ") && cue(p_.old_cue, after)));
  }

  // "the increase in earnings in 2002 from $128 million to $201 million": a change noun with
  // no change of its own takes the values "from" and "to" name right after it, in either order.
  bool noun_from_to(Statement& st, std::size_t end) {
    const auto& qs = s_.quantities;
    auto i = next_figure(st.word.span.end, end);
    if (!i || is_time_unit(qs[*i].unit) || qs[*i].unit == "x") return false;
    const std::string cue = lower(gap(st.word.span.end, qs[*i].span.begin));
    // "a rise in its main rate to 5.25% from 4.5%": the new value first, the old one after.
    const bool to_first = cue.ends_with(' ') && is(last_word(cue), {"change-to"});
    const std::size_t first_end = cue.find(' ', 1);
    const std::string_view first = std::string_view(cue).substr(1, first_end - 1);
    // "an improvement on its current 2.5%": "on" right after the noun names the old value, a
    // few words before it (change-old-cue-after-noun).
    const bool on = cue.ends_with(' ') && is(first, {"change-old-cue-after-noun"}) &&
                    words_between(st.word.span.end, qs[*i].span.begin) <= 4;
    if (!to_first && !on &&
        (!cue.ends_with(' ') || !is(last_word(cue), {"change-from"}) ||
         !this->cue(p_.old_cue, cue))) {
      return false;
    }
    // "the rise in rates from", "a decline since October from"; not "its growth forecast from".
    // The noun heads its phrase (change-noun-head: "in", "of", "since"), or "from" follows it.
    if (!is(first, {"change-from", "change-noun-head"}) &&
        !(to_first && is(first, {"change-to"})) && !on) {
      return false;
    }
    // "the maximum increase of the share capital decreased from A to B": the verb's values.
    for (const Direction_& w : words_) {
      if (w.span.begin > st.word.span.begin && w.span.begin < qs[*i].span.begin) return false;
    }
    auto j = next_figure(qs[*i].span.end, end);
    if (!to_first && (!j || !spaced(gap(qs[*i].span.end, qs[*j].span.begin), "change-to"))) {
      return value_before_noun(st, *i);
    }
    if (!j || !compatible_at(*i, *j)) return false;
    const std::string_view between = gap(qs[*i].span.end, qs[*j].span.begin);
    if (to_first) {
      // The old value's cue ends right before it, "from" among its last words (" a month from ").
      const std::string lowered = lower(between);
      if (!lowered.ends_with(' ') || !is(last_word(lowered), {"change-from"}) ||
          !this->cue(p_.old_cue, lowered)) {
        return false;
      }
      std::swap(i, j);
    } else if (!spaced(between, "change-to")) {
      return false;
    }
    st.old_value = i;
    st.new_value = j;
    used_[*i] = used_[*j] = true;
    return true;
  }

  // Whether the lower-case gap between a value and a noun of change makes the noun the value's:
  // an article after a comma (", a ", " efficiency, an "), after a verb of being (" is an ",
  // " cars would be a ") or after what the value is a share of (" of output, an ").
  static bool links_to_noun(std::string_view g) {
    if (!g.ends_with(' ')) return false;
    g.remove_suffix(1);
    const std::size_t sp = g.rfind(' ');
    if (sp == std::string_view::npos || !is(g.substr(sp + 1), {"change-indefinite"})) return false;
    g = g.substr(0, sp);
    if (g == ",") return true;
    if (g.empty() || g[0] != ' ') return false;
    g.remove_prefix(1);
    // The one word the value counts, then the comma: "8% efficiency, an improvement on".
    if (g.size() > 1 && g.ends_with(',') && g.find_first_of(" ,") == g.size() - 1) return true;
    // The verb of being, perhaps after the one word the value counts (" arrivals were a ").
    if (is(g, {"change-copula"})) return true;
    if (const std::size_t w = g.find(' '); w != std::string_view::npos &&
                                           g.substr(0, w).find(',') == std::string_view::npos &&
                                           is(g.substr(w + 1), {"change-copula"})) {
      return true;
    }
    // " of output,": one word after "of", then the comma.
    const std::size_t of = g.find(' ');
    return g.ends_with(',') && of != std::string_view::npos && is(g.substr(0, of), {"change-of"}) &&
           g.find(' ', of + 1) == std::string_view::npos && g.size() > of + 2;
  }

  // "Revenue was $64m, a rise from $59m": a noun with its article right after a value, and
  // "from" its old value `old` with no new value after it, states the change from that old
  // value to the value before it.
  bool value_before_noun(Statement& st, std::size_t old) {
    const auto& qs = s_.quantities;
    const std::size_t begin = st.word.span.begin;
    std::size_t p = old;
    while (p > 0 && qs[p - 1].span.end > begin) --p;
    if (p == 0 || !free(p - 1) || qs[p - 1].span.end > begin) return false;
    const std::size_t v = p - 1;
    if (!links_to_noun(lower(gap(qs[v].span.end, begin)))) return false;
    if (is_time_unit(qs[v].unit) || !compatible_at(v, old)) return false;
    st.old_value = old;
    st.new_value = v;
    used_[old] = used_[v] = true;
    return true;
  }

  // Whether figure i is what an asset was carried at: "with a carrying value of $4,575 at the
  // end of the year were written down to", the value a write-down starts from.
  bool carrying_value(std::size_t i) const {
    const std::size_t begin = s_.quantities[i].span.begin;
    const Lowered before(words_before(begin, 4));
    return ends_with_phrase(before, "change-carrying-value", /*spaced=*/false);
  }

  // The physical unit written after figure i, which the figure itself does not hold: "1.6km/h",
  // "10cm", "12 kg"; empty for none. A unit spelt as a word must be one no other word is.
  std::string_view physical_unit(std::size_t i) const {
    const Quantity& q = s_.quantities[i];
    // A unit the scanner already read into the figure ("800 metres", "a 65-inch").
    const bool currency = q.unit.size() == 3 && std::isupper(static_cast<unsigned char>(q.unit[0]));
    if (!currency && !q.unit.empty() && !lexicon::find("change-own-unit", q.unit)) return q.unit;
    const std::string_view t = s_.text;
    std::size_t begin = q.span.end;
    const bool glued = begin < s_.span.end && std::isalpha(static_cast<unsigned char>(t[begin]));
    if (!glued && begin + 1 < s_.span.end && t[begin] == ' ') ++begin;
    std::size_t end = begin;
    while (end < s_.span.end && (std::isalnum(static_cast<unsigned char>(t[end])) ||
                                 (t[end] == '/' && end + 1 < s_.span.end &&
                                  std::isalpha(static_cast<unsigned char>(t[end + 1]))))) {
      ++end;
    }
    if (end == begin) return {};
    const std::string word = lower(t.substr(begin, end - begin));
    const lexicon::Entry* unit =
        glued ? lexicon::find("change-unit-glued", word) : lexicon::find("change-unit-word", word);
    return unit == nullptr ? std::string_view{} : unit->word;
  }

  // Whether figures i and j can be values of one quantity (see compatible), their physical
  // units too: a km/h value is not a km or a cm value.
  bool compatible_at(std::size_t i, std::size_t j) const {
    if (!compatible(s_.quantities[i], s_.quantities[j])) return false;
    const std::string_view a = physical_unit(i), b = physical_unit(j);
    if (!a.empty() && !b.empty() && a != b &&
        !degrees_of_scale(s_.quantities[i], s_.quantities[j])) {
      return false;
    }
    // "£31 a month, or £372 a year, compared with £22 a month": two periods differ.
    const std::string pa = period_after(i), pb = period_after(j);
    return pa.empty() || pb.empty() || pa == pb;
  }

  // The period a figure is per, written right after it ("£31 a month", "$5 per year"), lower
  // case; empty for none.
  std::string period_after(std::size_t i) const {
    Match& m = m_;
    if (!p_.period_after.match_at(s_.text, s_.quantities[i].span.end, m, s_.span.end)) return {};
    return lower(m.str(1));
  }

  // Whether figure i can be a value of the statement: compatible with the values found
  // and with an absolute change.
  bool fits(const Statement& st, std::size_t i) const {
    if (not_a_value(i)) return false;
    for (auto v : {st.old_value, st.new_value}) {
      if (v && !compatible_at(*v, i)) return false;
    }
    return std::all_of(st.changes.begin(), st.changes.end(),
                       [&](std::size_t c) { return change_fits(c, i); });
  }

  // Whether figure c can state the change of value i: a percent or multiple any, points a
  // percentage's, an absolute change one of its own quantity.
  bool change_fits(std::size_t c, std::size_t i) const {
    const auto& qs = s_.quantities;
    const Quantity& q = qs[c];
    if (q.unit == "%" || q.unit == "x") return true;
    if (q.unit == "pp" || (q.unit == "points" && qs[i].unit == "%")) return qs[i].unit == "%";
    return compatible_at(c, i);
  }

  // With only a change to go on, a figure before the direction word is the new value when
  // it has the unit of an absolute change, or when a value word leads to it ("were $7.1
  // billion", "of $1.4 billion") or the change is a percent.
  bool value_like_before(std::size_t i, const Statement& st) const {
    const auto& qs = s_.quantities;
    for (std::size_t c : st.changes) {
      if (!is_change_unit(qs[c].unit) && qs[c].unit != "points" && compatible(qs[c], qs[i])) {
        return true;
      }
    }
    // A bracket that holds the old value or restates the figure is passed over: "EUR 0.84
    // (2023: EUR 0.71), an increase", "21.2% ( 21.2 % ), down 70 basis points".
    std::size_t from = qs[i].span.end;
    for (std::size_t k = i + 1; k < qs.size() && qs[k].span.end <= st.word.span.begin; ++k) {
      if ((st.old_value == k || conversion_[k]) && closes_bracket(k)) {
        from = s_.text.find(')', qs[k].span.end) + 1;
      }
    }
    std::string_view g = gap(from, st.word.span.begin);
    g = after_restatement(i, g);
    // A bracket of words only ("(MMS)") is read past.
    for (std::size_t open = g.find('('); open != std::string_view::npos;
         open = g.find('(', open + 1)) {
      const std::size_t close = g.find(')', open);
      if (close == std::string_view::npos ||
          g.substr(open, close - open).find_first_of("0123456789") != std::string_view::npos) {
        return false;
      }
    }
    // A percentage is the value of a change in points ("31 per cent of revenue, up 4
    // percentage points from 27 per cent"), never of a change in percent, which it would be
    // too easily confused with; with no change stated it is the value ("13.6%, down from").
    // Set beside another percentage at one time ("62% ..., against 48% in the control arm, a
    // 14% improvement"), it is the compared value whatever the change is stated in.
    if (qs[i].unit == "%") {
      return st.changes.empty() ||
             std::any_of(
                 st.changes.begin(), st.changes.end(),
                 [&](std::size_t c) { return qs[c].unit == "pp" || qs[c].unit == "points"; }) ||
             (st.old_value && *st.old_value > i && qs[*st.old_value].unit == "%" &&
              sets_beside(gap_before(*st.old_value, qs[i].span.end)));
    }
    // The value is the subject of the change: nothing but a clause's words between them.
    return true;
  }

  // A direction word after a statement with both values restates its change: "fell from $2.4
  // billion to $1.5 billion in just eight weeks, a 38% erosion"; "decreased from $1.397 ... to
  // $1.265
  // ..., a decrease of $0.132 per dozen, or 9.4%".
  bool attach_trailing(Statement& st, const Direction_& noun) {
    const auto& qs = s_.quantities;
    // Both values and no change yet; or, one value and one change, the other kind of change:
    // "rise by 9 per cent to £486 from April, an increase of £40".
    const bool both_values = st.old_value && st.new_value && st.changes.empty();
    const bool one_value = st.new_value && !st.old_value && st.changes.size() == 1;
    if (!(both_values || one_value) || st.word.direction == Direction::kNone) return false;
    if (one_value && noun.direction != st.word.direction) return false;
    std::size_t last = qs[*st.new_value].span.end;
    if (st.old_value) last = std::max(last, qs[*st.old_value].span.end);
    for (std::size_t c : st.changes) last = std::max(last, qs[c].span.end);
    if (noun.span.begin < last) return false;
    Match& m = m_;
    const std::string_view between = gap(last, noun.span.begin);
    if (!p_.result_noun.find(between, 0, m) && p_.boundary.find(between, 0, m)) return false;
    const std::size_t noun_end = statement_end(noun);
    std::vector<std::size_t> changes = read_changes(noun, noun_end);
    if (changes.empty()) return false;
    for (std::size_t c : changes) {
      if (qs[c].span.begin < last) return false;
      // A change in other units is of another quantity: "from 1.6km/h to 2.5km/h, growing 10cm".
      for (auto v : {st.old_value, st.new_value}) {
        if (v && !change_fits(c, *v)) return false;
      }
    }
    // A word with a value of its own states a change of its own: "..., growing 10cm to 130cm",
    // "..., as beer sales jumped by 14.5 percent to 40.5 million liters". A value past a comma
    // belongs to the clause that follows: "a cut of $7m, leaving its debt at 1.9 times".
    if (auto next = next_figure(qs[changes.back()].span.end, noun_end)) {
      const std::string_view g = gap(qs[changes.back()].span.end, qs[*next].span.begin);
      if (g.find(',') == std::string_view::npos && (cue(p_.new_cue, g) || cue(p_.old_cue, g))) {
        return false;
      }
    }
    if (one_value) {
      const bool first_percent = qs[st.changes[0]].unit == "%";
      if (changes.size() != 1 || (qs[changes[0]].unit == "%") == first_percent) return false;
      changes.insert(changes.begin(), st.changes[0]);
    }
    st.changes = changes;
    for (std::size_t c : changes) used_[c] = true;
    extra_words_.push_back(noun.span);
    return true;
  }

  // "slipped to €37 million from €42 million (−12 %)": a percent in brackets right after both
  // values states their change.
  void parenthetical_change(Statement& st) {
    const auto& qs = s_.quantities;
    if (!st.old_value || !st.new_value || !st.changes.empty()) return;
    std::size_t last = std::max(qs[*st.old_value].span.end, qs[*st.new_value].span.end);
    auto i = next_figure(last, s_.span.end);
    if (!i || qs[*i].unit != "%") return;
    std::string_view before = gap(last, qs[*i].span.begin);
    std::string_view after = gap(qs[*i].span.end, std::min(qs[*i].span.end + 2, s_.span.end));
    if ((before == " (" || before == " ( ") && after.find(')') != std::string_view::npos) {
      st.changes.push_back(*i);
      used_[*i] = true;
    }
  }

  // "were written down to their fair value of $1,300, resulting in an impairment totaling
  // $3,275": the charge a write-down resulted in states its change.
  void resulting_change(Statement& st) {
    const auto& qs = s_.quantities;
    if (!st.old_value || !st.new_value || !st.changes.empty()) return;
    if (st.word.direction == Direction::kNone) return;
    std::size_t last = std::max(qs[*st.old_value].span.end, qs[*st.new_value].span.end);
    auto i = next_figure(last, s_.span.end);
    if (!i || !compatible_at(*i, *st.new_value) || is_time_unit(qs[*i].unit)) return;
    Match& m = m_;
    if (!p_.result_change.find(gap(last, qs[*i].span.begin), 0, m)) return;
    const Direction stated = m.has(p_.result_up) ? Direction::kIncrease : Direction::kDecrease;
    if (stated != st.word.direction) return;
    st.changes.push_back(*i);
    used_[*i] = true;
  }

  // "an increase of 31.4% in profit and 24% in earnings per share", "fell by 9%, and imports
  // by 4%": a change of the same unit joined to the statement's last figure, its change, is a
  // second statement with the same direction word and a metric of its own. The earlier
  // statement's metric (out_[claim_at]) becomes what its change is "in" when the sentence
  // names one.
  void coordinated(const Statement& st, std::size_t claim_at) {
    const auto& qs = s_.quantities;
    if (st.changes.size() != 1 || st.word.direction == Direction::kNone) return;
    const std::size_t c = st.changes[0];
    if (st.old_value && qs[*st.old_value].span.end > qs[c].span.begin) return;
    // A new value after the joined change starts a list of new values paired with the changes
    // in order ("rose 5% and 8% respectively, to $4.1bn and $610m"): see list_new.
    const bool new_after = st.new_value && qs[*st.new_value].span.end > qs[c].span.begin;
    auto j = next_figure(qs[c].span.end, new_after ? qs[*st.new_value].span.begin : s_.span.end);
    if (!j || qs[*j].unit != qs[c].unit || is_time_unit(qs[*j].unit) || not_a_value(*j)) return;
    std::optional<std::size_t> second_new;
    if (new_after && !(second_new = list_new(*st.new_value, *j))) return;
    // A direction word between them states the second change itself ("and costs fell 3%").
    for (const Direction_& w : words_) {
      if (w.span.begin >= qs[c].span.end && w.span.begin < qs[*j].span.begin) return;
    }
    Match& m = m_;
    if (!p_.coordinated.find(gap(qs[c].span.end, qs[*j].span.begin), 0, m)) return;
    const std::string named = m.has(1) ? lower(m.str(1)) : std::string();
    if (!second_new && !p_.coordinated_end.match_at(s_.text, qs[*j].span.end, m, s_.span.end)) {
      return;
    }
    if (p_.metric_after.match_at(s_.text, qs[c].span.end, m, s_.span.end) &&
        !names_period(m.str(1))) {
      out_[claim_at].metric = lower(m.str(1));
    }
    Statement second;
    second.word = st.word;
    second.changes = {*j};
    second.new_value = second_new;
    used_[*j] = true;
    if (second_new) used_[*second_new] = true;
    emit(second);
    Claim& claim = out_.back();
    claim.span = qs[*j].span;
    if (second_new) claim.span.end = qs[*second_new].span.end;
    if (!named.empty()) {
      claim.metric = named;
    } else if (p_.metric_after.match_at(s_.text, qs[*j].span.end, m, s_.span.end) &&
               !names_period(m.str(1))) {
      claim.metric = lower(m.str(1));
    }
  }

  // The second of a list of two new values that pairs with a list of two changes, the statement's
  // new value `n` first and its second change `j` before it: "rose 5% and 8% respectively, to
  // $4.1bn and $610m", "fell 3% and 11% to £1.2bn and £95m, respectively". A word saying the
  // lists pair in order (change-respectively) must follow the second change or the second value.
  std::optional<std::size_t> list_new(std::size_t n, std::size_t j) const {
    const auto& qs = s_.quantities;
    auto n2 = next_figure(qs[n].span.end, s_.span.end);
    if (!n2 || !compatible_at(*n2, n) || not_a_value(*n2)) return std::nullopt;
    Match& m = m_;
    if (!p_.coordinated.find(gap(qs[n].span.end, qs[*n2].span.begin), 0, m)) return std::nullopt;
    if (!holds_bare_word(gap(qs[j].span.end, qs[n].span.begin), "change-respectively") &&
        !holds_bare_word(words_after(qs[*n2].span.end, 2), "change-respectively")) {
      return std::nullopt;
    }
    return n2;
  }

  // "increased 6% to $ 5.2 billion compared with $ 4.9 billion in 2006 , and 13% compared
  // with $ 4.6 billion in 2005": the same new value against a second base.
  void continuation(const Statement& st) {
    const auto& qs = s_.quantities;
    if (!st.new_value || !st.old_value || st.changes.empty()) return;
    std::size_t after = qs[*st.old_value].span.end;
    auto i = next_figure(after, s_.span.end);
    if (!i || qs[*i].unit != "%") return;
    std::string_view g = gap(after, qs[*i].span.begin);
    if (!holds_word(g, "change-coordinate") || words_between(after, qs[*i].span.begin) > 4) return;
    auto j = next_figure(qs[*i].span.end, s_.span.end);
    if (!j) return;
    if (!cue(p_.old_cue, gap_before(*j, qs[*i].span.end)) || !compatible_at(*j, *st.new_value)) {
      return;
    }
    Statement second;
    second.word = st.word;
    second.changes = {*i};
    second.new_value = st.new_value;
    second.old_value = j;
    used_[*i] = used_[*j] = true;
    emit(second, /*shared_new=*/true);
  }

  // "Net sales EUR 812.4 mn (2023: EUR 744.9 mn), +9.1%": a value with its bracketed prior
  // and no direction word is a statement of the two; a signed percent right after the bracket
  // states its change.
  void prior_statements() {
    const auto& qs = s_.quantities;
    for (std::size_t i = 0; i < qs.size(); ++i) {
      const std::size_t j = prior_of_[i];
      if (j == SIZE_MAX || !free(i) || !free(j)) continue;
      Statement st;
      st.word = {{qs[i].span.end, qs[i].span.end}, Direction::kNone, false};
      st.new_value = i;
      st.old_value = j;
      used_[i] = used_[j] = true;
      const std::size_t close = s_.text.find(')', qs[j].span.end) + 1;
      if (auto k = next_figure(close, s_.span.end); k && qs[*k].unit == "%") {
        const std::string_view g = gap(close, qs[*k].span.begin);
        const bool plus = g.ends_with('+');
        const std::string_view rest = plus ? g.substr(0, g.size() - 1) : g;
        if ((plus || qs[*k].value < 0) &&
            rest.find_first_not_of(" ,;(") == std::string_view::npos) {
          if (plus) {
            st.word = {{qs[*k].span.begin - 1, qs[*k].span.begin}, Direction::kIncrease, false};
          }
          st.changes.push_back(*k);
          used_[*k] = true;
        }
      }
      emit(st);
    }
  }

  // Two free figures side by side that are values of one quantity, neither a time nor a
  // multiple, with `between` matching the text between them: each pair is handed to `read`
  // with the match (was_now, prior_beside).
  template <class Read>
  void adjacent_values(const Pattern& between, Read read) {
    const auto& qs = s_.quantities;
    Match& m = m_;
    for (std::size_t i = 0; i + 1 < qs.size(); ++i) {
      const std::size_t j = i + 1;
      if (!free(i) || !free(j) || is_time_unit(qs[i].unit) || qs[i].unit == "x") continue;
      if (compatible_at(i, j) && between.find(gap(qs[i].span.end, qs[j].span.begin), 0, m)) {
        read(i, j, m);
      }
    }
  }

  // "Profit reached $3.1 billion, above 2023's $2.8 billion", "won 19 games, behind last
  // season's 24": a figure set above or below a prior period's figure of its quantity right
  // after it (prior_beside) is that figure's new value, with the word's direction.
  void prior_beside() {
    adjacent_values(p_.prior_beside, [this](std::size_t i, std::size_t j, const Match& m) {
      const lexicon::Entry* e = lexicon::find("change-prior-direction", lower(m.str(1)));
      if (!e) return;
      Statement st;
      const auto at = static_cast<std::size_t>(m.str(1).data() - s_.text.data());
      st.word = {{at, at + m.str(1).size()},
                 e->value == "up" ? Direction::kIncrease : Direction::kDecrease,
                 false};
      st.old_value = j;
      st.new_value = i;
      used_[i] = used_[j] = true;
      emit(st);
    });
  }

  // "The ratio was 0.0052, now it is 0.0078": a value after "was" and a later one after "now"
  // are the old and new values of one statement with no direction word.
  void was_now() {
    adjacent_values(p_.now_cue, [this](std::size_t i, std::size_t j, const Match&) {
      if (!cue(p_.was_cue, gap_before(i, s_.span.begin))) return;
      const auto& qs = s_.quantities;
      Statement st;
      st.word = {{qs[j].span.end, qs[j].span.end}, Direction::kNone, false};
      st.old_value = i;
      st.new_value = j;
      used_[i] = used_[j] = true;
      emit(st);
    });
  }

  // "A decade ago a pint cost $3.20; now it costs $4.85": a sentence that opens with a time
  // sets its first figure, the old value, against the one "now" leads to later, the new value,
  // with no direction word (see then_cue_regex).
  void then_now() {
    const auto& qs = s_.quantities;
    Match& m = m_;
    // Two figures one after the other, neither a length of time ("Five years ago").
    auto value = [&](std::size_t k) {
      return free(k) && !is_time_unit(qs[k].unit) && qs[k].unit != "x" && !not_a_value(k);
    };
    std::optional<std::size_t> i;
    for (std::size_t j = 0; j < qs.size(); ++j) {
      if (!value(j)) continue;
      if (i && compatible_at(*i, j) &&
          p_.then_now.find(gap(qs[*i].span.end, qs[j].span.begin), 0, m) &&
          cue(p_.then_cue, gap(s_.span.begin, qs[*i].span.begin))) {
        Statement st;
        st.word = {{qs[j].span.end, qs[j].span.end}, Direction::kNone, false};
        st.old_value = i;
        st.new_value = j;
        used_[*i] = used_[j] = true;
        emit(st);
        return;
      }
      i = j;
    }
  }

  // "Net profit was $186m (£98m; 143m euros) in the quarter, compared with $1.13bn in the
  // same period in 2003": two values and no direction word; the previous sentence may
  // state the change (see merge_cross_sentence).
  void comparison_without_direction() {
    const auto& qs = s_.quantities;
    for (std::size_t i = 0; i < qs.size(); ++i) {
      if (!free(i) || is_time_unit(qs[i].unit) || qs[i].unit == "x") continue;
      // An amount per period ("£22 a month") with no direction word is left to the rate
      // kind, which sets it beside the same amount per another period.
      if (!period_after(i).empty()) continue;
      std::string_view g = gap_before(i, s_.span.begin);
      // The cue must hold a word of change-beside (not "than"), so a gap without one is passed
      // over unsearched.
      // A bracket opening with a year sets its figure beside the one before too: "$5.6 million
      // in 2019 were consistent with the prior year (2018 $5.7 million)".
      auto side_by_side = [](std::string_view cue) {
        return beside_word(cue, {"", "any-count"}) || cue.find('(') != std::string_view::npos;
      };
      if (!side_by_side(g)) continue;
      Match& m = m_;
      if (!p_.old_cue.find(g, 0, m) || !side_by_side(m.str())) continue;
      // "against" and "versus" set counts of different things side by side too ("3 airports
      // against 2 rivals"): plain figures must read as values of one count.
      const bool compared = beside_word(m.str(), {"any-count"});
      for (std::size_t k = i; k-- > 0;) {
        if (!free(k) || !compatible_at(k, i)) continue;
        const bool plain = (qs[k].unit.empty() || qs[k].unit == "count") && qs[k].scale == 1;
        if (!compared && plain && !plain_pair(k, i)) break;
        Statement st;
        st.word = {{qs[k].span.end, qs[k].span.end}, Direction::kNone, false};
        st.new_value = k;
        st.old_value = i;
        used_[i] = used_[k] = true;
        stated_gap(st);
        emit(st);
        break;
      }
    }
  }

  // "71% ... versus 55% for the placebo group, a 16 percentage point difference": the gap
  // named right after two values states their change, its direction theirs.
  void stated_gap(Statement& st) {
    const auto& qs = s_.quantities;
    const std::size_t last = std::max(qs[*st.old_value].span.end, qs[*st.new_value].span.end);
    auto i = next_figure(last, clause_end(last));
    if (!i || is_time_unit(qs[*i].unit) || qs[*i].hedge_kind != Hedge::kNone) return;
    Match& m = m_;
    std::string_view g = gap(last, qs[*i].span.begin);
    const std::size_t comma = g.find(',');
    if (comma == std::string_view::npos || !p_.gap_lead.find(g.substr(comma), 0, m)) return;
    if (!p_.gap_noun.match_at(s_.text, qs[*i].span.end, m, s_.span.end)) return;
    if (m.has(1) && qs[*i].unit.empty()) s_.quantities[*i].unit = m.has(2) ? "pp" : "points";
    if (!change_fits(*i, *st.new_value) || !change_fits(*i, *st.old_value)) return;
    st.changes.push_back(*i);
    used_[*i] = true;
    const double from = qs[*st.old_value].value, to = qs[*st.new_value].value;
    if (from != to) {
      st.word.direction = to > from ? Direction::kIncrease : Direction::kDecrease;
    }
  }

  // "The KSE index has recorded its largest gain, surging 3.5%. / The index rose 225.79 points
  // in four hours. The KSE index closed at 6709.93": a level the sentence closes at is the new
  // value of the changes the one or two sentences before state with no values, when each names
  // the same metric (see same_metric) in the same direction, and they state at most one percent
  // and one absolute change. The earlier claims become one statement.
  void closing_level() {
    const auto& qs = s_.quantities;
    for (std::size_t i = 0; i < qs.size(); ++i) {
      if (!free(i) || is_time_unit(qs[i].unit) || qs[i].unit == "x") continue;
      const std::string_view g = gap_before(i, s_.span.begin);
      // The pattern ends with "at" (change-at) and at most one space.
      std::string_view tail = g.ends_with(' ') ? g.substr(0, g.size() - 1) : g;
      if (tail.ends_with(' ') || !is(last_word(tail), {"change-at"})) continue;
      Match& m = m_;
      if (!p_.closing_level.find(g, 0, m)) continue;
      // A direction word before the level makes it part of a statement of its own sentence.
      for (const Direction_& w : words_) {
        if (w.span.begin < qs[i].span.begin) return;
      }
      const std::size_t verb = static_cast<std::size_t>(g.data() - s_.text.data()) + m.span().begin;
      join_level(i, metric_before(verb));
      return;
    }
  }

  // "The Halden fund shrank by 18% last year. It now holds $9 billion.": a sentence that opens
  // with a pronoun and "now" before its first figure, and states no change of its own, gives
  // the new value of the one change the sentence before states with no values.
  void now_level() {
    const auto& qs = s_.quantities;
    if (s_.index == 0 || !words_.empty()) return;
    const auto i = next_figure(s_.span.begin, s_.span.end);
    if (!i || is_time_unit(qs[*i].unit) || qs[*i].unit == "x") return;
    Match& m = m_;
    if (!p_.now_level.find(gap(s_.span.begin, qs[*i].span.begin), 0, m)) return;
    // "It now has 300 stores" may count another thing than the metric that changed, "They now
    // expect 7% growth" name another rate: a plain count or a percent needs "stands at".
    const bool plain = (qs[*i].unit.empty() || qs[*i].unit == "count") && qs[*i].scale == 1;
    if ((plain || qs[*i].unit == "%") && !m.has(1)) return;
    std::optional<std::size_t> found;
    int statements = 0;
    for (std::size_t k = earlier_; k-- > 0 && out_[k].sentence + 1 >= s_.index;) {
      const Claim& c = out_[k];
      const bool change = c.kind == ClaimKind::kPercentChange || c.kind == ClaimKind::kDifference ||
                          c.kind == ClaimKind::kMultiple;
      if (c.sentence + 1 == s_.index && change && !absorbed(c)) {
        ++statements;
        found = k;
      }
    }
    if (statements != 1) return;
    Claim& c = out_[*found];
    if (c.old_value || c.new_value || c.changes.size() != 1 || c.direction == Direction::kNone) {
      return;
    }
    const Quantity& change = c.changes[0];
    if (!is_change_unit(change.unit) && !compatible(change, qs[*i])) return;
    if (change.unit == "pp" && qs[*i].unit != "%") return;
    c.new_value = qs[*i];
    c.quantities.push_back(qs[*i]);
    c.span.end = qs[*i].span.end;
    used_[*i] = true;
    s_.taken[*i] = true;
  }

  void join_level(std::size_t level, const std::string& level_metric) {
    const Quantity& x = s_.quantities[level];
    std::vector<std::size_t> joined;  // into out_, nearest sentence first
    Direction direction = Direction::kNone;
    bool have_percent = false, have_absolute = false;
    for (std::size_t back = 1; back <= 2 && back <= s_.index; ++back) {
      // The one change statement of that sentence.
      std::optional<std::size_t> found;
      int statements = 0;
      // Claims are in sentence order: walk back only over the sentences wanted, so a long
      // document costs no more per closing level than a short one.
      for (std::size_t k = earlier_; k-- > 0 && out_[k].sentence + back >= s_.index;) {
        const Claim& c = out_[k];
        const bool change = c.kind == ClaimKind::kPercentChange ||
                            c.kind == ClaimKind::kDifference || c.kind == ClaimKind::kMultiple;
        if (c.sentence == s_.index - back && change && !absorbed(c)) {
          ++statements;
          found = k;
        }
      }
      if (statements != 1) break;
      const Claim& c = out_[*found];
      if (c.old_value || c.new_value || c.changes.size() != 1) break;
      if (c.direction == Direction::kNone || c.changes[0].unit == "x") break;
      if (direction != Direction::kNone && c.direction != direction) break;
      if (!same_metric(c.metric, level_metric, /*anaphor=*/back == 1)) break;
      const Quantity& change = c.changes[0];
      const bool percent =
          change.unit == "%" || change.unit == "pp" || (change.unit == "points" && x.unit == "%");
      if (percent ? have_percent : have_absolute) break;
      if (percent && change.unit == "%" && x.unit == "%") break;  // percent or points: unclear
      if (!percent && !compatible(change, x)) break;
      joined.push_back(*found);
      direction = c.direction;
      (percent ? have_percent : have_absolute) = true;
    }
    if (joined.empty()) return;
    // The earliest statement holds the others' changes and the level.
    Claim& base = out_[joined.back()];
    for (std::size_t j = 0; j + 1 < joined.size(); ++j) {
      Claim& other = out_[joined[j]];
      for (Quantity& q : other.changes) base.changes.push_back(std::move(q));
      for (Quantity& q : other.quantities) base.quantities.push_back(std::move(q));
      // Left absorbed, to be removed once every sentence is read: removing it now would move
      // this sentence's claims, which extract() has yet to mark with their sentence.
      other = Claim{};
      other.kind = ClaimKind::kDifference;
    }
    base.new_value = x;
    base.quantities.push_back(x);
    base.span.end = x.span.end;
    auto by_begin = [](const Quantity& a, const Quantity& b) {
      return a.span.begin < b.span.begin;
    };
    std::sort(base.changes.begin(), base.changes.end(), by_begin);
    std::sort(base.quantities.begin(), base.quantities.end(), by_begin);
    base.kind = have_percent ? ClaimKind::kPercentChange : ClaimKind::kDifference;
    used_[level] = true;
    s_.taken[level] = true;
  }

  // Whether two metrics name the same thing: the names in one are all in the other ("karachi
  // stock exchange (kse)" and "kse index"; not "ftse 100" and "ftse 250", nor "acme bank" and
  // "beta bank"). A bare generic noun ("the index") refers back only to the sentence before.
  static bool same_metric(std::string_view a, std::string_view b, bool anaphor) {
    const std::vector<std::string> wa = content_words(a), wb = content_words(b);
    if (wa.empty() || wb.empty()) return false;
    auto names = [](const std::vector<std::string>& ws) {
      std::vector<std::string> out;
      for (const std::string& w : ws) {
        if (!generic_noun(w)) out.push_back(w);
      }
      return out;
    };
    auto subset = [](const std::vector<std::string>& x, const std::vector<std::string>& y) {
      return std::all_of(x.begin(), x.end(), [&](const std::string& w) {
        return std::find(y.begin(), y.end(), w) != y.end();
      });
    };
    const std::vector<std::string> na = names(wa), nb = names(wb);
    if (na.empty() || nb.empty()) {
      return anaphor && (na.empty() ? subset(wa, wb) : subset(wb, wa));
    }
    return subset(na, nb) || subset(nb, na);
  }

  static std::vector<std::string> content_words(std::string_view metric) {
    std::vector<std::string> out;
    std::string w;
    for (std::size_t k = 0; k <= metric.size(); ++k) {
      const char c = k < metric.size() ? metric[k] : ' ';
      if (std::isalnum(static_cast<unsigned char>(c))) {
        w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        continue;
      }
      if (!w.empty() && !lexicon::find("change-metric-stop", w)) out.push_back(w);
      w.clear();
    }
    return out;
  }

  static bool generic_noun(std::string_view w) {
    return lexicon::find("change-generic-noun", w) != nullptr;
  }

  // Whether lower-case text after a figure starts with a space and a phrase of the class.
  static bool starts_with_phrase(std::string_view after, lexicon::Class cls) {
    for (const lexicon::Entry& e : lexicon::entries(cls)) {
      if (after.size() > e.word.size() && after[0] == ' ' && after.substr(1).starts_with(e.word)) {
        return true;
      }
    }
    return false;
  }
  // Whether lower-case text before a figure ends with a phrase of the class and a space, and
  // with `spaced`, starts the phrase after a space too (" in ", not "within ").
  static bool ends_with_phrase(std::string_view before, lexicon::Class cls, bool spaced) {
    for (const lexicon::Entry& e : lexicon::entries(cls)) {
      const std::size_t n = e.word.size() + (spaced ? 2 : 1);
      if (before.size() >= n && before.back() == ' ' &&
          before.substr(0, before.size() - 1).ends_with(e.word) &&
          (!spaced || before[before.size() - n] == ' ')) {
        return true;
      }
    }
    return false;
  }

  // Whether a lower-case word starts with a word of the class: "narrowed", "improving".
  static bool starts_with_label(std::string_view word, lexicon::Class cls) {
    for (const lexicon::Entry& e : lexicon::entries(cls)) {
      if (word.starts_with(e.word)) return true;
    }
    return false;
  }
  // Whether lower-case words hold a label of the class anywhere: "profit of", "loss of".
  static bool says_label(std::string_view words, lexicon::Class cls) {
    for (const lexicon::Entry& e : lexicon::entries(cls)) {
      if (words.find(e.word) != std::string_view::npos) return true;
    }
    return false;
  }

  // A loss written as "from a loss of $ 11.8 million" is a negative value of an income
  // metric; when the metric is itself a loss, values stay magnitudes.
  bool loss_before(std::size_t i) const {
    std::string_view g = gap_before(i, s_.span.begin);
    const std::size_t at = s_.quantities[i].span.begin;
    const Lowered l(words_before(at, 3, at - g.size()));
    if (says_label(l, "change-loss-label")) return true;
    // "from $9.0 million of operating loss"
    const Quantity& q = s_.quantities[i];
    const Lowered after(words_after(q.span.end, 4));
    return starts_with_phrase(after, "change-loss-after");
  }

  // A profit written as "down from a net profit of euro13 million": with a loss as the other
  // value, the statement is of the result (see emit).
  bool profit_before(std::size_t i) const {
    std::string_view g = gap_before(i, s_.span.begin);
    const std::size_t at = s_.quantities[i].span.begin;
    const Lowered l(words_before(at, 3, at - g.size()));
    if (says_label(l, "change-profit-label")) return true;
    const Quantity& q = s_.quantities[i];
    const Lowered after(words_after(q.span.end, 4));
    return starts_with_phrase(after, "change-profit-after");
  }

  static constexpr std::size_t kMetricWords = 12;  // the most words a metric keeps
  std::string metric_before(std::size_t word_begin) const {
    std::size_t begin = clause_begin(word_begin);
    std::string_view words = gap(begin, word_begin);
    // The text after a boundary (", as beer sales") starts with its space.
    words.remove_prefix(std::min(words.size(), words.find_first_not_of(" ,")));
    // Up to the first figure or linking word: "net sales of $1.4 billion" -> "net sales".
    // Found scanning forward, so a long clause costs only the bytes before its first cut.
    std::size_t cut = 0;
    // A "$" or a change-metric-cut word between spaces.
    const auto cuts = lexicon::entries("change-metric-cut");
    auto cut_at = [&](std::size_t at) {
      if (words[at] == '$') return true;
      for (const lexicon::Entry& e : cuts) {
        const std::size_t end = at + 1 + e.word.size();
        if (end < words.size() && words[end] == ' ' &&
            ascii_iequal(words.substr(at + 1, e.word.size()), e.word)) {
          return true;
        }
      }
      return false;
    };
    while (cut < words.size() && !((words[cut] == ' ' || words[cut] == '$') && cut_at(cut))) ++cut;
    std::string l = lower(words.substr(0, cut));
    while (!l.empty() && (l.back() == ' ' || l.back() == ',')) l.pop_back();
    // Drop a leading "the", "its", "our", and text up to "said" / "that".
    for (const lexicon::Entry& lead : lexicon::entries("change-metric-after-word")) {
      std::size_t at = l.rfind(std::string(lead.word) + " ");
      if (at != std::string::npos) l = l.substr(at + lead.word.size() + 1);
    }
    for (const lexicon::Entry& lead : lexicon::entries("change-metric-lead")) {
      if (l.starts_with(lead.word) && l.size() > lead.word.size() && l[lead.word.size()] == ' ') {
        l = l.substr(lead.word.size() + 1);
      }
    }
    // A long clause before the direction word names its metric in its last words.
    std::size_t at = l.size();
    for (std::size_t n = 0; n < kMetricWords && at != std::string::npos && at > 0; ++n) {
      at = l.rfind(' ', at - 1);
    }
    if (at != std::string::npos && at > 0) l = l.substr(at + 1);
    // A short result copied into `l` keeps the capacity of the whole clause lowered above
    // (kilobytes in dense text); a claim keeps only its metric's bytes.
    l.shrink_to_fit();
    return l;
  }

  // The period the clause text[begin, end) names (see Claim::period): the first word of
  // change-period after its change-period-label words, a space or hyphen apart, with the year
  // after it ("the first half of 2025", "Q3 2025"). A period set against another ("the same
  // quarter", "last year"), one with no label ("a year earlier") or the first part of a compound
  // ("the year-earlier period") names none.
  void name_period(std::size_t begin, std::size_t end, Claim& c) const {
    const std::string_view t = s_.text;
    auto word = [&](std::size_t k) { return t.substr(runs_[k].begin, runs_[k].size()); };
    auto year = [&](std::size_t k) {
      const std::string_view w = word(k);
      return w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) &&
             w.find_first_not_of("0123456789") == std::string_view::npos;
    };
    // change-period-label's value: "then", a label that sets the period against another
    // ("the same"), or "now", one that names it.
    enum class Label { kNow, kThen };
    static const lexicon::Roles<Label> kLabels("change-period-label",
                                               {{"now", Label::kNow}, {"then", Label::kThen}});
    for (std::size_t k = 0; k < runs_.size() && runs_[k].end <= end; ++k) {
      if (runs_[k].begin < begin) continue;
      const lexicon::Entry* head = lexicon::find("change-period", word(k));
      if (!head || (runs_[k].end < t.size() && t[runs_[k].end] == '-')) continue;
      std::size_t first = k;
      bool then = false;
      while (first > 0 && runs_[first - 1].begin >= begin &&
             runs_[first].begin == runs_[first - 1].end + 1 &&
             (t[runs_[first - 1].end] == ' ' || t[runs_[first - 1].end] == '-')) {
        const lexicon::Entry* label = lexicon::find("change-period-label", word(first - 1));
        if (!label) break;
        then = then || kLabels.of(label) == Label::kThen;
        --first;
      }
      if (then || (first == k && head->word.size() != 2)) continue;
      std::size_t stop = runs_[k].end;
      const auto spaced_next = [&](std::size_t a) {
        return a + 1 < runs_.size() && runs_[a + 1].begin == runs_[a].end + 1 &&
               t[runs_[a].end] == ' ' && runs_[a + 1].end <= end;
      };
      if (spaced_next(k) && year(k + 1)) {
        stop = runs_[k + 1].end;
      } else if (spaced_next(k) && is(word(k + 1), {"change-of"}) && spaced_next(k + 1) &&
                 year(k + 2)) {
        stop = runs_[k + 2].end;
      }
      c.period = t.substr(runs_[first].begin, stop - runs_[first].begin);
      static const lexicon::Roles<PeriodKind> kKinds = period_kinds("change-period");
      c.period_kind = kKinds.of(head);
      return;
    }
  }

  void emit(const Statement& st, bool shared_new = false) {
    const auto& qs = s_.quantities;
    Claim c;
    c.direction = st.word.direction;
    ByteSpan span = st.word.span;
    auto widen = [&](const ByteSpan& b) {
      if (b.empty()) return;
      if (span.empty()) span = b;
      span.begin = std::min(span.begin, b.begin);
      span.end = std::max(span.end, b.end);
    };
    std::vector<std::size_t> figures = st.changes;
    if (st.old_value) figures.push_back(*st.old_value);
    if (st.new_value && !shared_new) figures.push_back(*st.new_value);
    for (std::size_t i : figures) widen(qs[i].span);
    for (const ByteSpan& b : extra_words_) {
      if (b.begin >= span.begin && words_between(span.end, b.begin) <= 6) widen(b);
    }
    extra_words_.clear();
    if (shared_new && st.new_value) widen(qs[*st.new_value].span);
    c.span = span;
    if (st.word.direction != Direction::kNone || st.word.swing) {
      c.direction_span = st.word.span;
      c.direction_word = lower(s_.text.substr(st.word.span.begin, st.word.span.size()));
    }
    c.metric = metric_before(std::min(span.begin, st.word.span.begin));
    if (st.word.no_base && p_.noun_after.match_at(s_.text, st.word.span.end, m_, s_.span.end)) {
      c.metric = lower(m_.str(1));
    }
    bool loss_metric = says_label(c.metric, "change-loss-metric");
    for (std::size_t i : st.changes) {
      Quantity q = qs[i];
      // A stated change is a magnitude; its sign is the direction ("(−12 %)").
      if (q.value < 0) {
        q.value = -q.value;
        double low = -q.high;
        q.high = -q.low;
        q.low = low;
        if (c.direction == Direction::kNone) c.direction = Direction::kDecrease;
      }
      // "fell by half" says what "halved" says, and allows what it allows; a hedge keeps the
      // end it sets ("by more than half" has no upper bound, "by less than half" its own top).
      if (c.direction == Direction::kDecrease && q.is_word) {
        if (const lexicon::Entry* fall = lexicon::find("fraction-fall", q.text)) {
          if (q.hedge_kind != Hedge::kMoreThan) {
            q.low = std::min(q.low, lexicon::number(fall->value, 1, q.low));
          }
          if (q.hedge_kind != Hedge::kLessThan) {
            q.high = std::max(q.high, lexicon::number(fall->value, 2, q.high));
          }
        }
      }
      c.changes.push_back(std::move(q));
    }
    if (st.old_value) c.old_value = qs[*st.old_value];
    if (st.old_value && is_prior_[*st.old_value]) c.prior = qs[*st.old_value];
    compare(st, c);
    c.forecast = forecast(clause_begin(span.begin), clause_end(span.end));
    name_period(clause_begin(span.begin), clause_end(span.end), c);
    if (st.new_value) c.new_value = qs[*st.new_value];
    // A value written without the other's currency is of it ("0.33 eur ..., up from 0.27").
    if (c.old_value && c.new_value) {
      if (elided_currency(*c.new_value, *c.old_value)) c.old_value->unit = c.new_value->unit;
      if (elided_currency(*c.old_value, *c.new_value)) c.new_value->unit = c.old_value->unit;
    }
    // The new value's bracketed prior, when another figure is the old value.
    if (!c.prior && st.new_value && prior_of_[*st.new_value] != SIZE_MAX) {
      c.prior = qs[prior_of_[*st.new_value]];
    }
    // Losses: of an income metric they are negative; of a loss metric, magnitudes.
    bool old_loss = st.old_value && loss_before(*st.old_value);
    bool new_loss = st.new_value && loss_before(*st.new_value);
    if (old_loss && new_loss) loss_metric = true;
    auto negate = [](Quantity& q) {
      q.value = -q.value;
      double low = -q.high;
      q.high = -q.low;
      q.low = low;
    };
    // From a profit to a loss or back ("a net loss of X, down from a net profit of Y"), the
    // values are of the result, the loss negative. A value with no label of its own is of the
    // metric. The result fell while the loss grew, so a word of either reading is true; on a
    // loss metric ("net loss rose to X from a profit of Y") it is read on the result.
    const bool old_profit = st.old_value && profit_before(*st.old_value);
    const bool new_profit = st.new_value && profit_before(*st.new_value);
    // Only with both values: a profit and no other value left nothing to negate (a null
    // dereference found by extract_fuzzer).
    if (loss_metric && (old_profit != new_profit) && !old_loss && !new_loss && st.old_value &&
        st.new_value) {
      (old_profit ? new_loss : old_loss) = true;
    }
    if ((old_profit && new_loss) || (old_loss && new_profit)) {
      if (old_loss) negate(*c.old_value);
      if (new_loss) negate(*c.new_value);
      if (loss_metric && c.direction != Direction::kNone) {
        c.direction = new_loss ? Direction::kDecrease : Direction::kIncrease;
      }
    } else if (!loss_metric) {
      if (old_loss) negate(*c.old_value);
      if (new_loss) negate(*c.new_value);
    } else if (starts_with_label(c.direction_word, "change-loss-shrinks")) {
      // A loss that improves or narrows gets smaller.
      c.direction = Direction::kDecrease;
    }
    // A swing goes the way its values go, read with their signs.
    if (st.word.swing && c.old_value && c.new_value && c.old_value->value != c.new_value->value) {
      c.direction =
          c.new_value->value > c.old_value->value ? Direction::kIncrease : Direction::kDecrease;
    }
    bool has_percent = false, has_absolute = false;
    for (const Quantity& q : c.changes) {
      has_percent = has_percent || q.unit == "%" || q.unit == "pp" ||
                    (q.unit == "points" && c.new_value && c.new_value->unit == "%");
      has_absolute = has_absolute || !is_change_unit(q.unit);
    }
    c.kind = has_percent         ? ClaimKind::kPercentChange
             : has_absolute      ? ClaimKind::kDifference
             : c.changes.empty() ? ClaimKind::kDifference
                                 : ClaimKind::kMultiple;
    // Quantities in text order; a shared new value belongs to the first statement. Room for
    // exactly these: grown one by one, three figures would hold room for four.
    c.quantities.reserve(figures.size());
    for (std::size_t i : figures) c.quantities.push_back(qs[i]);
    std::sort(c.quantities.begin(), c.quantities.end(),
              [](const Quantity& a, const Quantity& b) { return a.span.begin < b.span.begin; });
    for (std::size_t i : figures) s_.taken[i] = true;
    out_.push_back(std::move(c));
  }

  SentenceWork& s_;
  std::vector<Claim>& out_;
  const Patterns& p_;
  std::vector<Direction_>& words_;
  std::vector<std::pair<std::size_t, std::size_t>>& multiplier_at_;  // (span.begin, quantity)
  std::vector<bool>& used_;
  std::vector<bool>& conversion_;
  std::vector<std::size_t>&
      prior_of_;                 // per figure: its bracketed prior (read_priors), or SIZE_MAX
  std::vector<bool>& is_prior_;  // per figure: the bracketed prior of the figure before
  std::vector<ByteSpan>& extra_words_;
  const std::size_t earlier_;  // claims in out_ from earlier sentences
  // Scratch for every match of the sentence: each use reads its result before the next. The
  // sentence's own, which no other kind uses while the reader runs, so no reader allocates one.
  Match& m_;
  std::vector<ByteSpan>& runs_;           // the sentence's words, see read_words
  std::vector<bool>& boundary_word_;      // parallel to runs_, when first asked: starts a
                                          // phrase of the boundary pattern
  std::vector<std::size_t>& marks_;       // ';', ':' and bullet bytes
  std::vector<std::size_t>& boundaries_;  // see clause_end
  mutable bool bounded_ = false;          // boundaries_ found
  std::vector<std::pair<std::size_t, std::size_t>>& clause_begins_;  // before, begin
  std::vector<bool>& used_word_;    // run()'s: direction words a statement took as its own
  std::vector<bool>& free_before_;  // run()'s: used_ before a statement is read
};

}  // namespace

void find_changes(SentenceWork& s, std::vector<Claim>& out) {
  // Every statement uses a figure no other claim took: a sentence with none states no change.
  if (std::find(s.taken.begin(), s.taken.end(), false) == s.taken.end()) return;
  if (!s.change_lists) s.change_lists = {new ChangeLists, [](ChangeLists* l) { delete l; }};
  Reader(s, out, *s.change_lists).run();
}

void merge_cross_sentence(std::vector<Claim>& claims, const std::vector<Sentence>& sentences) {
  std::erase_if(claims, absorbed);
  // "Mahindra has reported a 52% rise in net profit ... . Profit was 1.33bn rupees compared
  // with 874.2m rupees a year earlier.": a change with no values, then in the next sentence of
  // the same paragraph two values with no change, make one statement.
  for (std::size_t i = 0; i + 1 < claims.size(); ++i) {
    Claim& a = claims[i];
    bool change_only = (a.kind == ClaimKind::kPercentChange || a.kind == ClaimKind::kMultiple) &&
                       !a.old_value && !a.new_value && a.changes.size() == 1;
    if (!change_only) continue;
    for (std::size_t k = i + 1; k < claims.size(); ++k) {
      Claim& b = claims[k];
      if (b.sentence != a.sentence + 1) {
        if (b.sentence > a.sentence + 1) break;
        continue;
      }
      if (sentences[b.sentence].paragraph != sentences[a.sentence].paragraph) break;
      bool values_only = b.kind == ClaimKind::kDifference && b.old_value && b.new_value &&
                         b.changes.empty() && b.direction == Direction::kNone;
      if (!values_only) continue;
      a.old_value = b.old_value;
      a.new_value = b.new_value;
      a.span.end = b.span.end;
      for (Quantity& q : b.quantities) a.quantities.push_back(std::move(q));
      // Emptied now, removed with the others below: one erase per merge would be quadratic.
      b = Claim{};
      b.kind = ClaimKind::kDifference;
      break;
    }
  }
  std::erase_if(claims, absorbed);
}

}  // namespace factcheck::detail
