import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes files atomically: a temporary file in the target folder, then rename. A failure
/// leaves the previous file as it was and no temporary file behind; SIGINT, SIGTERM and
/// SIGHUP remove the temporary file before the process ends.
public enum AtomicFile {
  /// Creates parent folders, writes `data` to a temporary file beside `path`, and renames it.
  public static func write(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw ExportError.write(path, reason: WriteFailure.reason(for: error, creating: folder))
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw ExportError.write(path, reason: "it is a directory")
    }
    guard
      let (fd, temporary, slot) = TemporaryFiles.create(template: folder + "/." + url.lastPathComponent + ".tmp-XXXXXX")
    else { throw ExportError.write(path, reason: WriteFailure.reason(errno: errno, folder: folder)) }
    defer { TemporaryFiles.clear(slot) }
    var failure: Int32?
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    if failure == nil, fsync(fd) != 0 { failure = errno }
    fchmod(fd, 0o644)
    close(fd)
    if failure == nil, rename(temporary, path) != 0 { failure = errno }
    if let failure {
      unlink(temporary)
      throw ExportError.write(path, reason: WriteFailure.reason(errno: failure, folder: folder))
    }
  }
}
