// factcheck: the command line, a thin shell around extractor, checker and reports.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "reports/reports.h"

namespace fs = std::filesystem;
using namespace factcheck;

namespace {

// Reads one input; the error says why it cannot be read, naming no path (the caller does).
DocumentResult read_document(const std::string& path) {
  DocumentResult doc;
  doc.path = path;
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
      doc.error = "no such file";
      return doc;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      doc.error = "cannot open file (permission denied?)";
      return doc;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    bytes = std::move(ss).str();
  }
  if (auto why = validate_text(bytes)) {
    doc.error = *why;
    return doc;
  }
  doc.bytes = std::make_shared<const std::string>(std::move(bytes));
  doc.claims = extract(*doc.bytes);
  doc.findings = check(doc.claims);
  return doc;
}

// A folder is walked for articles: .txt files, in byte order of their paths.
std::vector<std::string> expand(const std::string& path) {
  std::error_code ec;
  if (path == "-" || !fs::is_directory(path, ec)) return {path};
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  std::string format = "text";
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--format" && i + 1 < argc) {
      format = argv[++i];
    } else if (a.rfind("--format=", 0) == 0) {
      format = a.substr(9);
    } else {
      inputs.push_back(a);
    }
  }
  std::vector<DocumentResult> docs;
  int status = 0;
  for (const std::string& input : inputs) {
    for (const std::string& path : expand(input)) {
      docs.push_back(read_document(path));
      if (docs.back().error) {
        std::cerr << "factcheck: " << path << ": " << *docs.back().error << "\n";
        status = 2;
      }
    }
  }
  if (format == "json") std::cout << render_json(docs);
  return status;
}
