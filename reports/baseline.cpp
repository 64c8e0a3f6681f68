// Fingerprints and baselines (issue 5, "Baselines for users").
#include "reports/baseline.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <unordered_map>

namespace factcheck {

namespace {

using nlohmann::ordered_json;

constexpr std::string_view kBaselineSchema = "factcheck-baseline/1";

// The finding's own words with every run of whitespace (ASCII, NBSP, narrow NBSP) made one
// space and the ends trimmed, so re-wrapping a line or a CRLF conversion keeps the fingerprint.
std::string normalised_text(const DocumentResult& doc, const Finding& finding) {
  std::string_view text;
  if (doc.bytes && !finding.span.empty() && finding.span.end <= doc.bytes->size()) {
    text = std::string_view(*doc.bytes).substr(finding.span.begin, finding.span.size());
  } else {
    text = finding.message;  // no text to quote: the message still names the figures
  }
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t width = 0;
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      width = 1;
    } else if (text.substr(i, 2) == "\xC2\xA0") {
      width = 2;
    } else if (text.substr(i, 3) == "\xE2\x80\xAF") {
      width = 3;
    }
    if (width > 0) {
      pending_space = !out.empty();
      i += width;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(text[i++]);
  }
  return out;
}

// 64-bit FNV-1a: small, fixed by its definition, so fingerprints agree across builds and hosts.
std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = 14695981039346656037ull) {
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

std::string hex(std::uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = kDigits[v & 0xF];
  return out;
}

std::string fingerprint_of(std::string_view check, std::string_view text, std::size_t occurrence) {
  std::uint64_t h = fnv1a(check);
  h = fnv1a(std::string_view("\0", 1), h);
  h = fnv1a(text, h);
  h = fnv1a(std::string_view("\0", 1), h);
  h = fnv1a(std::to_string(occurrence), h);
  // splitmix64's finaliser, so fingerprints of near-identical inputs do not look alike.
  h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ull;
  h = (h ^ (h >> 27)) * 0x94d049bb133111ebull;
  return hex(h ^ (h >> 31));
}

ordered_json entry_json(const BaselineEntry& e) {
  return {{"fingerprint", e.fingerprint},
          {"check", e.check},
          {"severity", to_string(e.severity)},
          {"path", e.path},
          {"text", e.text},
          {"message", e.message}};
}

}  // namespace

std::string_view to_string(BaselineState state) {
  switch (state) {
    case BaselineState::kNew:
      return "new";
    case BaselineState::kUnchanged:
      return "unchanged";
    case BaselineState::kUpdated:
      return "updated";
    case BaselineState::kAbsent:
      return "absent";
  }
  return "new";
}

std::string baseline_path(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  for (std::size_t i = 0; i < path.size();) {
    std::size_t n = utf8_length(path, i);
    if (n == 0) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(path[i]));
      ++i;
      continue;
    }
    if (path[i] == '\\') out += '\\';
    out.append(path, i, n);
    i += n;
  }
  return out;
}

std::string Fingerprinter::next() { return next(*doc_, doc_->findings[at_++]); }

std::string Fingerprinter::next(const DocumentResult& part, const Finding& f) {
  std::string text = normalised_text(part, f);
  std::size_t& n = seen_[f.check + '\0' + text];
  return fingerprint_of(f.check, text, n++);
}

std::vector<std::string> fingerprints(const DocumentResult& doc) {
  std::vector<std::string> out;
  out.reserve(doc.findings.size());
  Fingerprinter prints(doc);
  for (std::size_t i = 0; i < doc.findings.size(); ++i) out.push_back(prints.next());
  return out;
}

std::string fingerprint(const DocumentResult& doc, const Finding& finding) {
  std::string text = normalised_text(doc, finding);
  std::size_t occurrence = 0;
  for (const Finding& f : doc.findings) {
    if (&f == &finding || (!f.id.empty() && f.id == finding.id)) break;
    if (f.check == finding.check && normalised_text(doc, f) == text) ++occurrence;
  }
  return fingerprint_of(finding.check, text, occurrence);
}

std::vector<BaselineEntry> baseline_entries(const DocumentResult& doc) {
  Fingerprinter prints;
  return baseline_entries(doc, prints);
}

std::vector<BaselineEntry> baseline_entries(const DocumentResult& part, Fingerprinter& prints) {
  std::vector<BaselineEntry> out;
  for (const Finding& f : part.findings) {
    std::string print = prints.next(part, f);  // passes too: they count as occurrences
    if (f.severity == Severity::kPass) continue;
    std::string text;
    if (part.bytes && f.span.end <= part.bytes->size()) {
      text = part.bytes->substr(f.span.begin, f.span.size());
    }
    out.push_back({std::move(print), f.check, f.severity, baseline_path(part.path), std::move(text),
                   f.message});
  }
  return out;
}

namespace {

// How deep arrays and objects nest, counted outside strings; a baseline file nests three
// levels, and a parser that recurses per level must not be handed 100,000.
std::size_t nesting_depth(std::string_view json) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

}  // namespace

std::optional<Baseline> Baseline::parse(std::string_view json, std::string& error) {
  constexpr std::size_t kMaxDepth = 64;
  if (nesting_depth(json) > kMaxDepth) {
    error =
        "not a factcheck baseline (nested deeper than " + std::to_string(kMaxDepth) + " levels)";
    return std::nullopt;
  }
  ordered_json root = ordered_json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) {
    error = "not valid JSON";
    return std::nullopt;
  }
  auto schema = root.is_object() ? root.find("schema") : root.end();
  if (schema == root.end() || !schema->is_string() ||
      schema->get_ref<const std::string&>() != kBaselineSchema) {
    error = "not a factcheck baseline (no \"schema\": \"factcheck-baseline/1\")";
    return std::nullopt;
  }
  auto findings = root.find("findings");
  if (findings == root.end() || !findings->is_array()) {
    error = "no \"findings\" list";
    return std::nullopt;
  }
  Baseline baseline;
  std::size_t index = 0;
  for (const ordered_json& e : *findings) {
    auto field = [&](const char* name) -> std::optional<std::string> {
      if (!e.is_object()) return std::nullopt;
      auto it = e.find(name);
      if (it == e.end() || !it->is_string()) return std::nullopt;
      return it->get<std::string>();
    };
    auto fp = field("fingerprint");
    auto check = field("check");
    auto severity_name = field("severity");
    auto path = field("path");
    std::optional<Severity> severity =
        severity_name ? severity_from_string(*severity_name) : std::nullopt;
    if (!fp || !check || !path || !severity) {
      error = "finding " + std::to_string(index) +
              " lacks a \"fingerprint\", \"check\", \"path\" or valid \"severity\"";
      return std::nullopt;
    }
    BaselineEntry entry{
        *fp, *check, *severity, *path, field("text").value_or(""), field("message").value_or("")};
    baseline.by_path_[entry.path].push_back(std::move(entry));
    ++index;
  }
  return baseline;
}

std::size_t Baseline::size() const {
  std::size_t n = 0;
  for (const auto& [path, entries] : by_path_) n += entries.size();
  return n;
}

BaselineComparison Baseline::compare(const DocumentResult& doc) const {
  Match match(*this, doc.path);
  BaselineComparison out = match.part(doc);
  // An unreadable document was not checked, so nothing of it can be called absent.
  if (!doc.error) out.absent = match.absent().absent;
  return out;
}

Baseline::Match::Match(const Baseline& baseline, std::string_view path) {
  static const std::vector<BaselineEntry> kNone;
  auto it = baseline.by_path_.find(baseline_path(path));
  accepted_ = it == baseline.by_path_.end() ? &kNone : &it->second;
  // The accepted entries of each fingerprint, in file order, so each finding finds its match
  // in one look-up rather than a walk over every entry.
  for (std::size_t k = accepted_->size(); k-- > 0;) {
    unused_[(*accepted_)[k].fingerprint].push_back(k);
  }
  used_.assign(accepted_->size(), false);
}

BaselineComparison Baseline::Match::part(const DocumentResult& part) {
  BaselineComparison out;
  out.states.resize(part.findings.size());
  for (std::size_t i = 0; i < part.findings.size(); ++i) {
    const Finding& f = part.findings[i];
    const std::string print = prints_.next(part, f);  // passes too: they count as occurrences
    if (f.severity == Severity::kPass) continue;
    out.states[i] = BaselineState::kNew;
    auto match = unused_.find(print);
    if (match == unused_.end() || match->second.empty()) continue;
    std::size_t k = match->second.back();
    match->second.pop_back();
    used_[k] = true;
    out.states[i] = (*accepted_)[k].severity == f.severity ? BaselineState::kUnchanged
                                                           : BaselineState::kUpdated;
  }
  return out;
}

BaselineComparison Baseline::Match::absent() const {
  BaselineComparison out;
  for (std::size_t k = 0; k < accepted_->size(); ++k) {
    if (!used_[k]) out.absent.push_back((*accepted_)[k]);
  }
  return out;
}

std::vector<std::string> Baseline::paths() const {
  std::vector<std::string> out;
  out.reserve(by_path_.size());
  for (const auto& [path, entries] : by_path_) out.push_back(path);
  return out;
}

BaselineComparison Baseline::all_absent(std::string_view recorded_path) const {
  BaselineComparison out;
  if (auto it = by_path_.find(recorded_path); it != by_path_.end()) out.absent = it->second;
  return out;
}

std::string BaselineWriter::begin() const {
  ordered_json tool = {{"name", "factcheck"}, {"version", std::string(version())}};
  return "{\"schema\": \"" + std::string(kBaselineSchema) + "\", \"tool\": " + tool.dump() +
         ",\n \"findings\": [";
}

std::string BaselineWriter::document(const DocumentResult& doc) {
  Fingerprinter prints;
  return part(doc, prints);
}

std::string BaselineWriter::part(const DocumentResult& part, Fingerprinter& prints) {
  std::string out;
  // One finding a line, so a reviewer reads the accepted findings in a diff.
  for (const BaselineEntry& e : baseline_entries(part, prints)) {
    out += first_ ? "\n  " : ",\n  ";
    first_ = false;
    out += entry_json(e).dump(-1, ' ', false, ordered_json::error_handler_t::replace);
  }
  return out;
}

std::string BaselineWriter::end() const { return first_ ? "]}\n" : "\n ]}\n"; }

}  // namespace factcheck
