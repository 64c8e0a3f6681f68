# Writes OUTPUT, a C++ file holding the HTML report's style sheet and script (CSS and JS) as raw
# strings, so the report stays one self-contained file and the assets stay files a linter and an
# editor can read. Run by reports/CMakeLists.txt with `cmake -DOUTPUT=... -DCSS=... -DJS=... -P`.
file(READ "${CSS}" css)
file(READ "${JS}" js)
foreach(text IN ITEMS "${css}" "${js}")
  string(FIND "${text}" ")asset\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "an HTML asset holds the raw-string delimiter )asset\"")
  endif()
endforeach()
file(WRITE "${OUTPUT}.tmp" "// Generated from reports/html/report.css and report.js by embed.cmake; edit those files.
#include \"reports/html_assets.h\"

namespace factcheck::html_assets {

std::string_view style() { return R\"asset(${css})asset\"; }
std::string_view script() { return R\"asset(${js})asset\"; }

}  // namespace factcheck::html_assets
")
# Rewrite only on a change, so unchanged assets do not rebuild the reports.
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
