// The JSON and SARIF reports over a fixed set of findings, compared with goldens after parsing.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "extractor/extractor.h"
#include "reports/stream.h"
#include "tests/reports/fixture.h"

using namespace factcheck;
using namespace factcheck::testing;
using nlohmann::json;

namespace {

json read_json(const std::string& name) {
  std::ifstream in(std::string(FACTCHECK_TEST_DATA) + "/reports/" + name);
  REQUIRE_MESSAGE(in, "cannot read golden " << name);
  std::stringstream ss;
  ss << in.rdbuf();
  return json::parse(ss.str());
}

// Rules and rule indexes come from the registry, which grows as checks are written; they are
// tested against it below rather than frozen in the golden.
json without_registry(json sarif) {
  sarif["runs"][0]["tool"]["driver"].erase("rules");
  for (json& r : sarif["runs"][0]["results"]) r.erase("ruleIndex");
  return sarif;
}

DocumentResult unreadable(std::string path, std::string why) {
  DocumentResult doc;
  doc.path = std::move(path);
  doc.error = std::move(why);
  return doc;
}

}  // namespace

TEST_CASE("json matches its golden") {
  std::vector<DocumentResult> docs = {fixed_document(),
                                      unreadable("bad.txt", "invalid UTF-8 at byte 7"),
                                      make_document("empty.txt", "")};
  json got = json::parse(render_json(docs));
  json want = read_json("fixed.json");
  CHECK(got == want);
  if (got != want) MESSAGE(got.dump(1));
}

TEST_CASE("json written a document at a time is the same bytes as the whole batch") {
  std::vector<DocumentResult> docs = {fixed_document(), make_document("empty.txt", "")};
  JsonWriter writer;
  std::string parts = writer.begin();
  for (const DocumentResult& d : docs) parts += writer.document(d);
  parts += writer.end();
  CHECK(parts == render_json(docs));
  // The pretty layout is nlohmann's own dump of the parsed document.
  using nlohmann::ordered_json;
  CHECK(parts == ordered_json::parse(parts).dump(1) + "\n");
  CHECK(render_json({}) == ordered_json::parse(render_json({})).dump(1) + "\n");
}

TEST_CASE("json handed to a sink comes a claim at a time and is the same bytes") {
  std::vector<DocumentResult> docs = {fixed_document(),
                                      unreadable("bad.txt", "invalid UTF-8 at byte 7"),
                                      make_document("empty.txt", "")};
  JsonWriter whole, pieces;
  std::string streamed = pieces.begin();
  std::size_t calls = 0, largest = 0;
  for (const DocumentResult& d : docs) {
    pieces.document(d, nullptr, [&](std::string_view part) {
      streamed += part;
      ++calls;
      largest = std::max(largest, part.size());
    });
  }
  streamed += pieces.end();
  CHECK(streamed == render_json(docs));
  // The fixed document has two claims and findings: no piece holds more than one of them.
  REQUIRE(docs[0].claims.claims.size() >= 2);
  CHECK(calls > docs[0].claims.claims.size());
  CHECK(largest < whole.document(docs[0]).size() / 2);
}

TEST_CASE("json escapes what JSON must and spells strings and numbers as nlohmann does") {
  // A path with quotes, a backslash, control bytes, an accent and a byte that is not UTF-8;
  // an article with a tab, a fraction and a hedge.
  DocumentResult odd =
      make_document("q\"uo\\te\x01\x1f\n\xC3\xA9\xFF.txt",
                    "Sales rose 12.5%\tto about $3.25 million from $2.9 million.\n");
  odd.claims = extract(*odd.bytes);
  const std::string out = render_json({odd, fixed_document()});
  using nlohmann::ordered_json;
  const ordered_json parsed = ordered_json::parse(out);
  CHECK(out == parsed.dump(1) + "\n");
  CHECK(parsed["documents"][0]["path"] == "q\"uo\\te\x01\x1f\n\xC3\xA9\xEF\xBF\xBD.txt");
  REQUIRE(!parsed["documents"][0]["claims"].empty());
  CHECK(out.find("\\u0001\\u001f\\n") != std::string::npos);
}

TEST_CASE("json escapes a byte that needs it wherever it falls in a long path") {
  // Strings are tested eight bytes at a time: each byte that needs an escape, or that is not
  // ASCII, at every place of the first words and the tail, comes out as nlohmann writes it.
  using nlohmann::ordered_json;
  for (const std::string odd : {"\"", "\\", "\x01", "\x1f", "\n", "\xC3\xA9", "\x7f"}) {
    for (std::size_t at = 0; at <= 19; ++at) {
      std::string path = std::string(at, 'a') + odd + std::string(19 - at, 'b') + ".txt";
      CAPTURE(path);
      DocumentResult doc = make_document(path, "Sales rose 12%.\n");
      const std::string out = render_json({doc});
      const ordered_json parsed = ordered_json::parse(out);
      CHECK(out == parsed.dump(1) + "\n");
      CHECK(parsed["documents"][0]["path"] == path);
    }
  }
}

TEST_CASE("sarif matches its golden") {
  std::vector<DocumentResult> docs = {fixed_document(),
                                      unreadable("bad.txt", "invalid UTF-8 at byte 7")};
  json got = json::parse(render_sarif(docs));
  json want = read_json("fixed.sarif");
  CHECK(without_registry(got) == want);
  if (without_registry(got) != want) MESSAGE(without_registry(got).dump(1));
}

TEST_CASE("sarif has one rule per check, and each result's ruleIndex names its rule") {
  json sarif = json::parse(render_sarif({fixed_document()}));
  const json& rules = sarif["runs"][0]["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == registry().size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const Check& c = *registry()[i];
    CAPTURE(c.id());
    CHECK(rules[i]["id"] == std::string(c.id()));
    CHECK(rules[i]["shortDescription"]["text"] == std::string(c.summary()));
    CHECK(rules[i]["fullDescription"]["text"].get<std::string>().size() > c.summary().size());
    CHECK(rules[i]["defaultConfiguration"]["level"] ==
          (c.default_severity() == Severity::kPass ? "none"
                                                   : std::string(to_string(c.default_severity()))));
  }
  for (const json& r : sarif["runs"][0]["results"]) {
    REQUIRE(r.contains("ruleIndex"));
    CHECK(rules[r["ruleIndex"].get<std::size_t>()]["id"] == r["ruleId"]);
  }
}

TEST_CASE("sarif with a baseline marks results new, unchanged and absent") {
  DocumentResult doc = fixed_document();
  BaselineComparison cmp;
  cmp.states.resize(doc.findings.size());
  cmp.states[1] = BaselineState::kUnchanged;
  cmp.states[2] = BaselineState::kNew;
  cmp.states[5] = BaselineState::kUpdated;
  cmp.absent.push_back(
      {"0123456789abcdef", "citation", Severity::kNote, "acme.txt", "old words", "gone"});
  SarifWriter writer;
  json sarif = json::parse(writer.begin() + writer.document(doc, &cmp) + writer.end());
  const json& results = sarif["runs"][0]["results"];
  REQUIRE(results.size() == 7);
  CHECK_FALSE(results[0].contains("baselineState"));  // a pass is not in a baseline
  CHECK(results[1]["baselineState"] == "unchanged");
  CHECK(results[2]["baselineState"] == "new");
  CHECK(results[5]["baselineState"] == "updated");
  CHECK(results[6]["baselineState"] == "absent");
  CHECK(results[6]["partialFingerprints"]["factcheck/v1"] == "0123456789abcdef");
  CHECK_FALSE(results[6]["locations"][0]["physicalLocation"].contains("region"));
  CHECK(sarif["runs"][0]["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("paths become URIs a SARIF reader can resolve") {
  CHECK(path_to_uri("corpus/article.txt") == "corpus/article.txt");
  CHECK(path_to_uri("my notes/a b.txt") == "my%20notes/a%20b.txt");
  CHECK(path_to_uri("/srv/news/x.txt") == "file:///srv/news/x.txt");
  CHECK(path_to_uri("c:report.txt") == "c%3Areport.txt");  // not a scheme
  CHECK(path_to_uri("caf\xC3\xA9.txt") == "caf%C3%A9.txt");
}

TEST_CASE("json writes a claim's comparison, forecast and prior figure only when it has them") {
  DocumentResult doc = fixed_document();
  Claim& money = doc.claims.claims[0];
  Quantity prior = money.quantities[0];
  prior.text = "$219 million";
  prior.value = 219e6;
  money.comparison = true;
  money.compared_to = "the control arm";
  money.forecast = true;
  money.prior = prior;
  // A comparison whose other side the text does not name.
  doc.claims.claims[1].comparison = true;
  using nlohmann::ordered_json;
  const std::string out = render_json({doc});
  CHECK(out == ordered_json::parse(out).dump(1) + "\n");
  const json claims = json::parse(out)["documents"][0]["claims"];
  CHECK(claims[0]["comparison"] == true);
  CHECK(claims[0]["compared_to"] == "the control arm");
  CHECK(claims[0]["forecast"] == true);
  CHECK(claims[0]["prior"]["text"] == "$219 million");
  CHECK(claims[0]["prior"]["value"] == 219000000);
  CHECK(claims[1]["comparison"] == true);
  CHECK(claims[1]["compared_to"].is_null());
  CHECK(!claims[1].contains("forecast"));
  CHECK(!claims[1].contains("prior"));
  // The fixed document's claims carry none of them.
  const json plain = json::parse(render_json({fixed_document()}))["documents"][0]["claims"];
  for (const json& c : plain) {
    CHECK(!c.contains("comparison"));
    CHECK(!c.contains("forecast"));
    CHECK(!c.contains("prior"));
    CHECK(!c.contains("lead"));
    CHECK(!c.contains("counted"));
  }
}

TEST_CASE("json writes a claim's lead and what a count counts only when they are set") {
  DocumentResult doc = fixed_document();
  doc.claims.claims[0].lead = Lead::kRestates;
  doc.claims.claims[1].counted = "full-time pupils";
  const json claims = json::parse(render_json({doc}))["documents"][0]["claims"];
  CHECK(claims[0]["lead"] == "restates");
  CHECK(!claims[0].contains("counted"));
  CHECK(claims[1]["counted"] == "full-time pupils");
  CHECK(!claims[1].contains("lead"));
  // Every lead has its own name, and only kNone reads "none".
  const Lead leads[] = {Lead::kRestates, Lead::kTotal,     Lead::kAnother,  Lead::kAt,
                        Lead::kReached,  Lead::kRemaining, Lead::kBracketed};
  std::vector<std::string_view> names;
  for (Lead l : leads) names.push_back(to_string(l));
  CHECK(names == std::vector<std::string_view>{"restates", "total", "another", "at", "reached",
                                               "remaining", "bracketed"});
  CHECK(to_string(Lead::kNone) == "none");
}

TEST_CASE("json carries the lead and the counted words the extractor reads") {
  // Our own sentences: a rate restated per year, and a count with what it counts.
  DocumentResult doc = make_document(
      "rates.txt",
      "Upkeep costs $42 million a quarter, or $168 million a year. The school has 1,150 "
      "full-time pupils, up from last year.\n");
  doc.claims = extract(*doc.bytes);
  const json claims = json::parse(render_json({doc}))["documents"][0]["claims"];
  bool restates = false;
  bool counted = false;
  for (const json& c : claims) {
    if (c.value("text", "").find("$168 million") != std::string::npos)
      restates = c.value("lead", "") == "restates";
    if (c.contains("counted")) counted = c["counted"] == "full-time pupils";
  }
  CHECK(restates);
  CHECK(counted);
}

TEST_CASE("json writes a change statement's period and its kind only when it names one") {
  DocumentResult doc = fixed_document();
  doc.claims.claims[0].period = "the second quarter";
  doc.claims.claims[0].period_kind = PeriodKind::kQuarter;
  const json claims = json::parse(render_json({doc}))["documents"][0]["claims"];
  CHECK(claims[0]["period"] == "the second quarter");
  CHECK(claims[0]["period_kind"] == "quarter");
  CHECK(!claims[1].contains("period"));
  CHECK(!claims[1].contains("period_kind"));
}
