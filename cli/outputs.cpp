// Outputs that never clobber inputs and never fail silently (issue 13, items 5 and 6).
#include "cli/outputs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace fs = std::filesystem;

namespace factcheck::cli {

std::string reason(int err) {
  std::string s = std::strerror(err);
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

namespace {

// The path with "." and ".." resolved and links followed as far as it exists.
std::string normalised(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? fs::absolute(path, ec).lexically_normal().string() : p.string();
}

}  // namespace

std::optional<std::string> refuse_output(const std::string& output,
                                         const std::vector<std::string>& inputs) {
  struct stat out {};
  const bool exists = ::stat(output.c_str(), &out) == 0;
  if (exists && S_ISDIR(out.st_mode)) return std::string("is a folder");
  if (exists && !S_ISREG(out.st_mode)) return std::string("is a device or pipe, not a file");
  const std::string out_path = exists ? std::string() : normalised(output);
  for (const std::string& input : inputs) {
    if (input == "-") continue;
    struct stat in {};
    if (::stat(input.c_str(), &in) == 0) {
      if (exists && in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
        return "is also an input (" + input + ")";
      }
    } else if (!exists && normalised(input) == out_path) {
      return "is also an input (" + input + ")";
    }
  }
  return std::nullopt;
}

AtomicFile::~AtomicFile() {
  if (file_) {
    std::fclose(file_);
    ::unlink(temp_.c_str());
  }
}

std::optional<std::string> AtomicFile::open(const std::string& path) {
  path_ = path;
  const fs::path target(path);
  // A hidden name beside the target, so the rename stays in one file system; made with the
  // permissions of any new file (the umask applies), or those of the file it replaces.
  int fd = -1;
  for (unsigned attempt = 0; fd < 0 && attempt < 100; ++attempt) {
    temp_ = (target.parent_path() /
             ("." + target.filename().string() + "." + std::to_string(::getpid()) + "." +
              std::to_string(attempt) + ".tmp"))
                .string();
    fd = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) return reason(errno);
  }
  if (fd < 0) return reason(EEXIST);
  struct stat old {};
  if (::stat(path.c_str(), &old) == 0) ::fchmod(fd, old.st_mode & 07777);
  file_ = ::fdopen(fd, "wb");
  if (!file_) {
    int err = errno;
    ::close(fd);
    ::unlink(temp_.c_str());
    return reason(err);
  }
  return std::nullopt;
}

void AtomicFile::write(std::string_view bytes) {
  if (!file_ || errno_ != 0) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size())
    errno_ = errno ? errno : EIO;
}

std::optional<std::string> AtomicFile::commit() {
  if (!file_) return std::string("not open");
  if (errno_ == 0 && std::fflush(file_) != 0) errno_ = errno;
  if (errno_ == 0 && ::fsync(::fileno(file_)) != 0) errno_ = errno;
  if (std::fclose(file_) != 0 && errno_ == 0) errno_ = errno;
  file_ = nullptr;
  if (errno_ == 0 && ::rename(temp_.c_str(), path_.c_str()) != 0) errno_ = errno;
  if (errno_ != 0) {
    ::unlink(temp_.c_str());
    return reason(errno_);
  }
  return std::nullopt;
}

namespace {

constexpr std::size_t kGathered = std::size_t{1} << 16;

}  // namespace

CheckedOutput::CheckedOutput(std::FILE* file) : file_(file), gather_(isatty(fileno(file)) == 0) {}

CheckedOutput::~CheckedOutput() { put(pending_); }

void CheckedOutput::put(std::string_view bytes) {
  if (errno_ != 0 || bytes.empty()) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size())
    errno_ = errno ? errno : EIO;
}

void CheckedOutput::write(std::string_view bytes) {
  if (!gather_) return put(bytes);
  if (pending_.size() + bytes.size() > kGathered && !pending_.empty()) {
    put(pending_);
    pending_.clear();
  }
  if (bytes.size() >= kGathered) return put(bytes);
  if (pending_.capacity() < kGathered) pending_.reserve(kGathered);
  pending_ += bytes;
}

std::optional<std::string> CheckedOutput::finish() {
  put(pending_);
  pending_.clear();
  if (errno_ == 0 && std::fflush(file_) != 0) errno_ = errno ? errno : EIO;
  if (errno_ == 0 && std::ferror(file_)) errno_ = EIO;
  if (errno_ != 0) return reason(errno_);
  return std::nullopt;
}

}  // namespace factcheck::cli
