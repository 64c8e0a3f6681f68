// Reading articles: folders walked in a fixed order, files read whole, bytes validated.
#include "cli/inputs.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <memory>

namespace fs = std::filesystem;

namespace factcheck::cli {

namespace {

// strerror's wording in the house style: lower case, no final period.
std::string reason(int err) {
  std::string s = std::strerror(err);
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

// Reads a whole stream; the reason on failure.
std::optional<std::string> read_all(std::FILE* f, std::string& bytes) {
  char buffer[1 << 16];
  for (;;) {
    std::size_t n = std::fread(buffer, 1, sizeof buffer, f);
    bytes.append(buffer, n);
    if (n < sizeof buffer) {
      if (std::ferror(f)) return reason(errno);
      return std::nullopt;
    }
  }
}

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

std::optional<std::string> read_file(const std::string& path, std::string& bytes) {
  if (path == "-") return read_all(stdin, bytes);
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (fs::is_directory(status)) return std::string("is a directory");
  // A device never ends ("/dev/zero") or never starts; a pipe is read to its end like stdin.
  if (fs::is_character_file(status) || fs::is_block_file(status) || fs::is_socket(status)) {
    return std::string("is a device or socket, not a file");
  }
  std::unique_ptr<std::FILE, FileCloser> f(std::fopen(path.c_str(), "rb"));
  if (!f) return reason(errno);
  return read_all(f.get(), bytes);
}

// Windows-1252's characters for bytes 0x80-0x9F (0 where it has none); 0xA0-0xFF are Latin-1's.
constexpr char32_t kWindows1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string utf8(char32_t c) {
  std::string out;
  if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  }
  out += static_cast<char>(0x80 | (c & 0x3F));
  return out;
}

// Why bytes that are not UTF-8 are what they are, for the message: UTF-16 by its byte order mark
// or its NUL bytes, Windows-1252 by a lone byte that is a character there ("\xA3" for "£").
std::optional<std::string> encoding(std::string_view bytes, const std::string& why) {
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    return fmt::format("UTF-16 text (byte order mark {:02X} {:02X}), not UTF-8: save it as UTF-8",
                       static_cast<unsigned char>(bytes[0]), static_cast<unsigned char>(bytes[1]));
  }
  const std::string_view head = bytes.substr(0, 512);
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < head.size(); ++i) (i % 2 ? odd : even) += head[i] == '\0';
  if (head.size() >= 8 && std::max(even, odd) * 3 >= head.size()) {
    return "UTF-16 text (every other byte is NUL), not UTF-8: save it as UTF-8";
  }
  std::size_t at = 0;
  if (std::sscanf(why.c_str(), "invalid UTF-8 at byte %zu", &at) != 1 || at >= bytes.size()) {
    return std::nullopt;
  }
  const auto byte = static_cast<unsigned char>(bytes[at]);
  const bool lone =
      at + 1 >= bytes.size() || (static_cast<unsigned char>(bytes[at + 1]) & 0xC0) != 0x80;
  const char32_t c = byte < 0xA0 ? kWindows1252[byte - 0x80] : byte;
  if (!lone || c == 0 || byte >= 0xFE) return std::nullopt;
  return fmt::format(
      "{}: it looks like Windows-1252, where byte 0x{:02X} is '{}'; save it as UTF-8", why, byte,
      utf8(c));
}

bool hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

}  // namespace

Expansion expand(const std::string& path) {
  Expansion out;
  std::error_code ec;
  if (path == "-" || !fs::is_directory(path, ec)) {
    out.paths.push_back(path);
    return out;
  }
  std::vector<fs::path> files;
  std::function<void(const fs::path&)> walk = [&](const fs::path& dir) {
    std::error_code err;
    fs::directory_iterator it(dir, err);
    if (err) {
      out.errors.emplace_back(dir.string(), reason(err.value()));
      return;
    }
    std::vector<fs::path> entries;
    for (; it != fs::directory_iterator(); it.increment(err)) {
      if (err) break;
      if (!hidden(it->path())) entries.push_back(it->path());
    }
    if (err) out.errors.emplace_back(dir.string(), reason(err.value()));
    for (const fs::path& p : entries) {
      std::error_code e;
      // Links to folders are not followed, so a loop of links cannot walk forever.
      if (fs::is_directory(fs::symlink_status(p, e))) {
        walk(p);
      } else if (is_article_name(p.string()) && fs::is_regular_file(p, e)) {
        files.push_back(p);
      }
    }
  };
  walk(fs::path(path));
  // path's operator< compares component by component, in byte order on POSIX.
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) out.paths.push_back(p.string());
  if (files.empty() && out.errors.empty()) {
    // "0 articles" and status 0 would read as all clear.
    out.errors.emplace_back(path,
                            "no articles in this folder (factcheck reads .txt, .md, "
                            ".markdown, .html and .htm files)");
  }
  return out;
}

ReadOptions read_options(const CliOptions& o) {
  ReadOptions r;
  r.check.disabled = o.disabled;
  r.format = o.input_format;
  r.stdin_name = o.stdin_name;
  r.severity = o.severity;
  r.reference_year = o.reference_year;
  return r;
}

DocumentResult read_document(const std::string& path, const ReadOptions& options) {
  DocumentResult doc;
  doc.path = path == "-" ? options.stdin_name : path;
  std::optional<InputFormat> format = options.format;
  if (!format) {
    std::string why;
    format = input_format_of_path(doc.path, &why);
    if (!format) {
      doc.error = std::move(why);
      return doc;
    }
  }
  std::string bytes;
  if (auto why = read_file(path, bytes)) {
    doc.error = std::move(why);
    return doc;
  }
  if (auto why = validate_text(bytes)) {
    doc.error = encoding(bytes, *why).value_or(*why);
    return doc;
  }
  auto owned = std::make_shared<const std::string>(std::move(bytes));
  doc.bytes = owned;
  // Markup is read as the reader sees it; the spans found in that text are then pointed back
  // into the file, so every report shows the file's own lines and columns.
  std::optional<VisibleText> visible;
  if (*format != InputFormat::kText) visible = visible_text(*owned, *format);
  doc.claims = extract(visible ? std::string_view(visible->text) : std::string_view(*owned));
  doc.claims.reference_year = options.reference_year;
  doc.findings = check(doc.claims, options.check);
  if (visible) map_to_source(*visible, *owned, doc.claims, doc.findings);
  // A severity set in the configuration replaces the check's own; a pass stays a pass.
  for (const auto& [id, severity] : options.severity) {
    for (Finding& f : doc.findings) {
      if (f.check == id && f.severity != Severity::kPass) f.severity = severity;
    }
  }
  // Comments in the article that silence findings: kept, marked, and never a failure.
  const std::vector<Suppression> suppressions = find_suppressions(*owned, *format);
  if (!suppressions.empty()) {
    doc.suppressed.resize(doc.findings.size());
    for (std::size_t i = 0; i < doc.findings.size(); ++i) {
      const Finding& f = doc.findings[i];
      doc.suppressed[i] = is_suppressed(suppressions, f.check, f.span.begin);
    }
  }
  return doc;
}

}  // namespace factcheck::cli
