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
      throw ExportError.write(path, reason: "cannot create folder \(folder)")
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw ExportError.write(path, reason: "it is a directory")
    }
    var template = Array((folder + "/." + url.lastPathComponent + ".tmp-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw ExportError.write(path, reason: String(cString: strerror(errno))) }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    TemporaryFileCleanup.register(temporary)
    defer { TemporaryFileCleanup.clear() }
    var failure: String?
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = String(cString: strerror(errno))
          return
        }
        offset += written
      }
    }
    if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
    fchmod(fd, 0o644)
    close(fd)
    if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
    if let failure {
      unlink(temporary)
      throw ExportError.write(path, reason: failure)
    }
  }
}

/// Removes the one temporary file being written if the process is interrupted.
enum TemporaryFileCleanup {
  nonisolated(unsafe) static var path: UnsafeMutablePointer<CChar>?
  nonisolated(unsafe) static var installed = false

  static func register(_ temporary: String) {
    if !installed {
      installed = true
      for sig in [SIGINT, SIGTERM, SIGHUP] {
        signal(sig) { number in
          if let p = TemporaryFileCleanup.path { unlink(p) }
          _exit(128 + number)
        }
      }
    }
    path = strdup(temporary)
  }

  static func clear() {
    let p = path
    path = nil
    free(p)
  }
}
