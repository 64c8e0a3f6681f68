// Reading articles: folders walked in a fixed order, files read whole, bytes validated.
#include "cli/inputs.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>
#include <limits>
#include <memory>

#include "cli/outputs.h"

namespace fs = std::filesystem;

namespace factcheck::cli {

namespace {

// Reads `fd` to its end, at most `limit` bytes. A NUL byte ends the reading at once: the bytes
// are not text, and 300 MB of zeros need not be held to say so.
std::optional<std::string> read_all(int fd, std::string& bytes, std::uint64_t limit) {
  constexpr std::size_t kChunk = 1 << 16;
  for (;;) {
    const std::size_t had = bytes.size();
    bytes.resize(had + kChunk);
    ssize_t n = ::read(fd, bytes.data() + had, kChunk);
    bytes.resize(had + static_cast<std::size_t>(std::max<ssize_t>(n, 0)));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return reason(errno);
    if (n == 0) return std::nullopt;
    if (std::memchr(bytes.data() + had, '\0', static_cast<std::size_t>(n))) {
      return validate_text(bytes);  // names the NUL or the UTF-16 it shows
    }
    if (bytes.size() > limit) {
      return fmt::format("larger than {} bytes, the limit for a stream (--stdin-limit)", limit);
    }
  }
}

// Waits for a named pipe's writer to write or hang up, so a pipe nobody writes to cannot hold
// up the batch for ever; the reason when none came in time.
std::optional<std::string> wait_for_writer(int fd) {
  constexpr int kWaitSeconds = 10;
  pollfd p{fd, POLLIN, 0};
  for (;;) {
    int ready = ::poll(&p, 1, kWaitSeconds * 1000);
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) return reason(errno);
    if (ready == 0) {
      return fmt::format("a named pipe nothing wrote to in {} seconds", kWaitSeconds);
    }
    // Data or a hang-up: from here the pipe is read like standard input, to its end.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return std::nullopt;
  }
}

struct FdCloser {
  int fd;
  ~FdCloser() { ::close(fd); }
};

// Why a file of this type is not read: a device never ends ("/dev/zero") or never starts.
std::optional<std::string> unreadable_type(mode_t mode) {
  if (S_ISDIR(mode)) return std::string("is a folder");
  if (S_ISCHR(mode) || S_ISBLK(mode) || S_ISSOCK(mode)) {
    return std::string("is a device or socket, not a file");
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> read_file(const std::string& path, std::string& bytes,
                                     std::uint64_t stream_limit) {
  if (path == "-") return read_all(STDIN_FILENO, bytes, stream_limit);
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return reason(errno);
  if (auto why = unreadable_type(st.st_mode)) return why;
  // Not blocking, so opening a named pipe does not wait for a writer; checked again once open,
  // in case the name changed hands in between.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return reason(errno);
  FdCloser closer{fd};
  if (::fstat(fd, &st) != 0) return reason(errno);
  if (auto why = unreadable_type(st.st_mode)) return why;
  if (S_ISFIFO(st.st_mode)) {
    if (auto why = wait_for_writer(fd)) return why;
    return read_all(fd, bytes, stream_limit);
  }
  bytes.reserve(static_cast<std::size_t>(st.st_size) +
                (1 << 16));  // and the read that sees the end
  return read_all(fd, bytes, std::numeric_limits<std::uint64_t>::max());
}

namespace {

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
    // The entries keep the type the folder listing gave, so most need no stat of their own.
    std::vector<fs::directory_entry> entries;
    for (; it != fs::directory_iterator(); it.increment(err)) {
      if (err) break;
      if (!hidden(it->path())) entries.push_back(*it);
    }
    if (err) out.errors.emplace_back(dir.string(), reason(err.value()));
    for (const fs::directory_entry& entry : entries) {
      std::error_code e;
      // Links to folders are not followed, so a loop of links cannot walk forever.
      if (!entry.is_symlink(e) && entry.is_directory(e)) {
        walk(entry.path());
      } else if (is_article_name(entry.path().string()) && entry.is_regular_file(e)) {
        // Only regular files: a named pipe or a device in a folder is never an article.
        files.push_back(entry.path());
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
  r.stream_limit = o.stdin_limit;
  return r;
}

LoadedDocument load_document(const std::string& path, const ReadOptions& options) {
  LoadedDocument loaded;
  DocumentResult& doc = loaded.doc;
  doc.path = path == "-" ? options.stdin_name : path;
  std::optional<InputFormat> format = options.format;
  if (!format) {
    std::string why;
    format = input_format_of_path(doc.path, &why);
    if (!format) {
      doc.error = std::move(why);
      return loaded;
    }
  }
  loaded.format = *format;
  std::string bytes;
  if (auto why = read_file(path, bytes, options.stream_limit)) {
    doc.error = std::move(why);
    return loaded;
  }
  if (auto why = validate_text(bytes)) {
    doc.error = std::move(why);
    return loaded;
  }
  auto owned = std::make_shared<const std::string>(std::move(bytes));
  doc.bytes = owned;
  // Markup is read as the reader sees it; the spans found in that text are then pointed back
  // into the file, so every report shows the file's own lines and columns.
  // The claims' text is a view into the text they were read from, so that text is kept with them.
  if (*format != InputFormat::kText) {
    loaded.visible = visible_text(*owned, *format);
    doc.visible = std::make_shared<const std::string>(std::move(loaded.visible->text));
  }
  return loaded;
}

std::string_view checked_text(const LoadedDocument& loaded) {
  const DocumentResult& doc = loaded.doc;
  if (doc.error || !doc.bytes) return {};
  return doc.visible ? std::string_view(*doc.visible) : std::string_view(*doc.bytes);
}

void check_document(const LoadedDocument& loaded, const ReadOptions& options,
                    const PartSink& each) {
  const DocumentResult& doc = loaded.doc;
  if (doc.error || !doc.bytes) {
    DocumentResult part = doc;
    each(part, 0, 0);
    return;
  }
  Claims segmented = segment_document(checked_text(loaded));
  segmented.reference_year = options.reference_year;
  // Comments in the article that silence findings: kept, marked, and never a failure.
  const std::vector<Suppression> suppressions = find_suppressions(*doc.bytes, loaded.format);
  check_windows(segmented, options.check, [&](CheckedWindow& window) {
    DocumentResult part = window_part(doc, window);
    if (loaded.visible) map_to_source(*loaded.visible, *doc.bytes, part.claims, part.findings);
    // A severity set in the configuration replaces the check's own; a pass stays a pass.
    for (const auto& [id, severity] : options.severity) {
      for (Finding& f : part.findings) {
        if (f.check == id && f.severity != Severity::kPass) f.severity = severity;
      }
    }
    if (!suppressions.empty()) {
      part.suppressed.resize(part.findings.size());
      for (std::size_t i = 0; i < part.findings.size(); ++i) {
        const Finding& f = part.findings[i];
        part.suppressed[i] = is_suppressed(suppressions, f.check, f.span.begin);
      }
    }
    each(part, window.first_sentence, window.first_citation);
  });
}

DocumentResult read_document(const std::string& path, const ReadOptions& options) {
  return check_whole(load_document(path, options), options);
}

DocumentResult check_whole(const LoadedDocument& loaded, const ReadOptions& options) {
  // A document of one window is that window; a longer one is its windows' claims and findings
  // joined, their indices counted from the whole document's start.
  std::optional<DocumentResult> whole;
  std::size_t parts = 0;
  check_document(
      loaded, options,
      [&](DocumentResult& part, std::size_t first_sentence, std::size_t first_citation) {
        if (parts++ == 0) {
          whole = std::move(part);
          // Room for every window's claims and findings, judged from the first's, so
          // the vectors do not double (holding two copies at once) at their largest.
          const std::size_t text = checked_text(loaded).size();
          const std::size_t first = std::max<std::size_t>(
              whole->claims.sentences.empty() ? text : whole->claims.sentences.back().span.end, 1);
          if (first < text) {
            whole->claims.claims.reserve(whole->claims.claims.size() / 4 * 5 * (text / first + 1) +
                                         1024);
            whole->findings.reserve(whole->findings.size() / 4 * 5 * (text / first + 1) + 1024);
          }
          return;
        }
        for (Claim& c : part.claims.claims) {
          c.sentence += first_sentence;
          if (c.citation) *c.citation += first_citation;
          whole->claims.claims.push_back(std::move(c));
        }
        for (Finding& f : part.findings) whole->findings.push_back(std::move(f));
        whole->suppressed.insert(whole->suppressed.end(), part.suppressed.begin(),
                                 part.suppressed.end());
      });
  if (parts > 1) {
    // The first window's indices were the document's already; its segments are the whole's.
    Claims segmented = segment_document(checked_text(loaded));
    std::vector<Finding> none;
    if (loaded.visible) map_to_source(*loaded.visible, *loaded.doc.bytes, segmented, none);
    whole->claims.paragraphs = std::move(segmented.paragraphs);
    whole->claims.sentences = std::move(segmented.sentences);
    whole->claims.citations = std::move(segmented.citations);
  }
  return std::move(*whole);
}

}  // namespace factcheck::cli
