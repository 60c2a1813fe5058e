import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The bytes of one large part as they are written: the first megabyte in memory, the rest in
/// an unlinked temporary file, so that a large document's XML never sits whole in memory
/// (ZIPFoundation needs a part's size before it compresses it, so the part is written out
/// first, then read back in chunks as it is deflated).
public final class PartSpool: @unchecked Sendable {
  /// Bytes kept in memory before the temporary file is used.
  public static let memoryLimit = 1 << 20

  private var memory: [UInt8] = []
  private var descriptor: Int32 = -1
  private var fileSize = 0

  public init() {}

  deinit { if descriptor >= 0 { close(descriptor) } }

  /// All bytes written so far.
  public var count: Int { memory.count + fileSize }

  /// Appends bytes.
  public func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
    guard !bytes.isEmpty else { return }
    if descriptor < 0 && memory.count + bytes.count <= Self.memoryLimit {
      memory.append(contentsOf: bytes)
      return
    }
    if descriptor < 0 { try openFile() }
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        throw ExportError.packaging("cannot write a temporary file: \(String(cString: strerror(errno)))")
      }
      offset += written
    }
    fileSize += bytes.count
  }

  /// `count` bytes from `offset` (memory first, then the file).
  public func read(at offset: Int, count: Int) throws -> Data {
    var out = Data(capacity: count)
    var position = offset
    let end = offset + count
    if position < memory.count {
      let upTo = min(end, memory.count)
      memory.withUnsafeBufferPointer { out.append(UnsafeBufferPointer(rebasing: $0[position..<upTo])) }
      position = upTo
    }
    if position < end {
      let start = out.count
      out.count = count
      let read = out.withUnsafeMutableBytes { buffer -> Int in
        var done = 0
        while position + done < end {
          let n = pread(
            descriptor, buffer.baseAddress! + start + done, end - position - done, off_t(position - memory.count + done)
          )
          if n < 0 && errno == EINTR { continue }
          if n <= 0 { return -1 }
          done += n
        }
        return done
      }
      guard read >= 0 else { throw ExportError.packaging("cannot read a temporary file back") }
    }
    return out
  }

  /// An unlinked file in the temporary folder: it disappears when the process ends, however.
  private func openFile() throws {
    let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    guard let (fd, path, slot) = TemporaryFiles.create(template: folder + "/prepexport-part-XXXXXX") else {
      throw ExportError.packaging("cannot create a temporary file in \(folder): \(String(cString: strerror(errno)))")
    }
    unlink(path)
    TemporaryFiles.clear(slot)
    descriptor = fd
  }
}
