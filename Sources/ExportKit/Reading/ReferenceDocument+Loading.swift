import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension ReferenceDocument {
  /// The largest reference document read: the most a package may hold uncompressed.
  public static let maximumFileSize = SafeArchive.Limits().maximumTotalSize

  /// Reads a reference document (`--reference-doc PATH`). What the path names and how large it
  /// is are checked before a byte is read, so that a directory, or a 3 GB file, is refused at
  /// once; a device or pipe is read only up to the limit. `kind` names what the file should be,
  /// for messages.
  public static func load(
    path: String, kind: String = "a .docx/.odt reference document", limit: Int = maximumFileSize
  ) throws -> ReferenceDocument {
    var info = stat()
    guard stat(path, &info) == 0 else { throw failure(path, errno) }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: throw ExportError.input(path, reason: "is a directory, not \(kind)")
    case S_IFREG:
      if info.st_size > limit {
        throw ExportError.unsafeArchive(
          path, reason: "the file is \(info.st_size >> 20) MB, over the \(limit >> 20) MB a reference document may have"
        )
      }
    default: break
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(path, errno) }
    defer { close(descriptor) }
    var bytes = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw failure(path, errno)
      }
      if count == 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
      if bytes.count > limit {
        throw ExportError.unsafeArchive(path, reason: "more than the \(limit >> 20) MB a reference document may have")
      }
    }
    return ReferenceDocument(name: path, bytes: bytes)
  }

  private static func failure(_ path: String, _ code: Int32) -> ExportError {
    switch code {
    case ENOENT: return .input(path, reason: "no such file")
    case EACCES: return .input(path, reason: "cannot read: permission denied")
    default: return .input(path, reason: "cannot read: " + String(cString: strerror(code)))
    }
  }
}
