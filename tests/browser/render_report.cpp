// Writes the HTML report of some articles, read, extracted and checked as the command line
// does, so the browser tests do not depend on the command line. "--sample" writes the report of
// the hand-made documents of sample.h instead. Prints the report's size and render time.
//
//   render_report OUT.html (--sample | PATH...)
#include <time.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>

#include "sample.h"

using namespace factcheck;

namespace {

DocumentResult read_document(const std::string& path) {
  DocumentResult doc;
  doc.path = path;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    doc.error = "cannot open file";
    return doc;
  }
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (auto why = validate_text(bytes)) {
    doc.error = *why;
    return doc;
  }
  doc.bytes = std::make_shared<const std::string>(std::move(bytes));
  doc.claims = extract(*doc.bytes);
  doc.findings = check(doc.claims);
  return doc;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: render_report OUT.html (--sample | PATH...)\n";
    return 2;
  }
  std::vector<DocumentResult> docs;
  if (std::string_view(argv[2]) == "--sample") {
    docs = testing::sample_documents();
  } else {
    for (int i = 2; i < argc; ++i) docs.push_back(read_document(argv[i]));
  }
  // The machine is shared: the thread's CPU time, fastest of a few runs, is the time the work
  // takes.
  std::string html;
  std::vector<double> times;
  auto cpu_ms = [] {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
  };
  for (int run = 0; run < 5; ++run) {
    const double start = cpu_ms();
    html = render_html(docs);
    times.push_back(cpu_ms() - start);
  }
  std::sort(times.begin(), times.end());
  std::ofstream out(argv[1], std::ios::binary);
  out << html;
  if (!out.flush()) {
    std::cerr << "render_report: cannot write " << argv[1] << "\n";
    return 2;
  }
  // The findings each report must show, for the browser test to look for: one line each,
  // "ANCHOR<TAB>SEVERITY<TAB>CHECK<TAB>MESSAGE", anchors as the report names them.
  std::ofstream list(std::string(argv[1]) + ".findings.tsv", std::ios::binary);
  for (std::size_t d = 0; d < docs.size(); ++d) {
    for (std::size_t j = 0; j < docs[d].findings.size(); ++j) {
      const Finding& f = docs[d].findings[j];
      std::string message = f.message;
      std::replace_if(
          message.begin(), message.end(), [](char c) { return c == '\t' || c == '\n'; }, ' ');
      list << 'd' << d + 1 << "-f" << j + 1 << '\t' << to_string(f.severity) << '\t' << f.check
           << '\t' << message << '\n';
    }
  }
  if (!list.flush()) {
    std::cerr << "render_report: cannot write the list of findings\n";
    return 2;
  }
  std::size_t claims = 0, findings = 0;
  for (const DocumentResult& d : docs) {
    claims += d.claims.claims.size();
    findings += d.findings.size();
  }
  std::cerr << "render_report: " << argv[1] << ": " << html.size() << " bytes, " << docs.size()
            << " documents, " << claims << " claims, " << findings << " findings, render_html "
            << times.front() << " ms of CPU (fastest of 5; median " << times[2] << " ms)\n";
  return 0;
}
