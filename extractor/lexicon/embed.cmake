# Writes OUTPUT, a C++ file holding each lexicon file (FILES, joined by "|") as a raw string, so the
# words are compiled into the binary and read no file at run time. Run by extractor/CMakeLists.txt
# with `cmake -DOUTPUT=... -DFILES=... -P embed.cmake` whenever a lexicon file changes.
set(body "")
string(REPLACE "|" ";" FILES "${FILES}")
foreach(file IN LISTS FILES)
  file(READ "${file}" text)
  string(FIND "${text}" ")lexicon\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${file} holds the raw-string delimiter )lexicon\"")
  endif()
  get_filename_component(name "${file}" NAME)
  string(APPEND body "    {\"${name}\", R\"lexicon(${text})lexicon\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from extractor/lexicon/*.tsv by embed.cmake; edit those files, not this one.
#include \"extractor/lexicon.h\"

namespace factcheck::lexicon {

std::span<const Source> sources() {
  static constexpr Source kSources[] = {
${body}  };
  return kSources;
}

}  // namespace factcheck::lexicon
")
# Rewrite only on a change, so an unchanged lexicon does not rebuild the extractor.
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
