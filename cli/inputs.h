// Finding the articles named on the command line, and reading one.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/options.h"
#include "input/input.h"
#include "reports/reports.h"

namespace factcheck::cli {

/// What a command-line path stands for: itself, or for a folder the articles in it.
struct Expansion {
  std::vector<std::string> paths;  // files to read, in the order to report them
  std::vector<std::pair<std::string, std::string>> errors;  // folders that could not be walked
};

/// A file or "-" stays as given; a folder is walked for articles (.txt, .md, .markdown, .html,
/// .htm in any case; hidden names skipped), sorted by path component by component, so the order
/// never depends on the file system. A folder with no article in it is an error.
Expansion expand(const std::string& path);

/// Reads a file, or standard input for "-", whole into `bytes`; the reason when it cannot.
/// A folder or a device is refused; a named pipe is read to its end once its writer writes or
/// hangs up, and refused when none does within 10 seconds. Standard input and pipes may hold
/// at most `stream_limit` bytes. Reading stops at the first NUL byte: the reason then says
/// whether the bytes are UTF-16 or binary.
std::optional<std::string> read_file(const std::string& path, std::string& bytes,
                                     std::uint64_t stream_limit);

/// How to read each input.
struct ReadOptions {
  Options check;                       // which checks run
  std::optional<InputFormat> format;   // --input: every input in this format, whatever its name
  std::string stdin_name = "<stdin>";  // --stdin-name: the title of standard input
  int reference_year = 0;              // the configured year of dates written without one; 0: none
  std::vector<std::pair<std::string, Severity>> severity;  // configured severities by check
  std::uint64_t stream_limit = 1ull << 30;  // most bytes read from standard input or a pipe
};

/// The reading options the command line's options ask for.
ReadOptions read_options(const CliOptions& options);

/// An input read and validated, not yet checked.
struct LoadedDocument {
  DocumentResult doc;  // its path, bytes and visible text; `error` set when it cannot be read
  InputFormat format = InputFormat::kText;
  std::optional<VisibleText> visible;  // markup: where the visible text's bytes come from
};

/// Reads and validates one input, in the format its extension names unless `options.format`
/// says otherwise.
LoadedDocument load_document(const std::string& path, const ReadOptions& options);

/// The text a loaded document's claims are read from: its visible text, else its bytes.
std::string_view checked_text(const LoadedDocument& loaded);

/// Where check_document() hands each window: a document of its own sharing the path, bytes and
/// visible text, with the window's claims and findings (ids numbered on from the windows before,
/// spans into the file, sentence and citation indices counted from the window's own, which are
/// the document's first_sentence and first_citation).
using PartSink = std::function<void(DocumentResult& part, std::size_t first_sentence,
                                    std::size_t first_citation)>;

/// Extracts and checks a loaded document a window at a time (check_windows), handing each window
/// to `each` and letting it go before the next. One that could not be read is one part with its
/// error.
void check_document(const LoadedDocument& loaded, const ReadOptions& options, const PartSink& each);

/// The windows of check_document() joined into one result, as read_document() returns it.
DocumentResult check_whole(const LoadedDocument& loaded, const ReadOptions& options);

/// Reads, extracts and checks one input, in the format its extension names unless
/// `options.format` says otherwise. An input that cannot be read comes back with its `error`
/// set to the reason ("no such file or directory", "invalid UTF-8 at byte 12").
DocumentResult read_document(const std::string& path, const ReadOptions& options);

}  // namespace factcheck::cli
