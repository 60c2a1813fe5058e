import Foundation
import ZIPFoundation

/// A quick look into an existing output without reading it whole: whether it is a ZIP, and
/// whether one of its parts (inflated within the untrusted-archive size limit) holds any of some
/// byte strings. Formats use it for their review detection; the part names are theirs.
public struct ArchivePeek {
  private let archive: Archive

  /// Nil when `data` is not a ZIP container.
  public init?(_ data: Data) {
    guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]),
      let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil)
    else { return nil }
    self.archive = archive
  }

  /// Whether the archive has an entry at `path`.
  public func has(_ path: String) -> Bool { archive[path] != nil }

  /// Whether the part at `path` contains any of `markers` (false when it is missing, too
  /// large or damaged).
  public func part(_ path: String, containsAnyOf markers: [String]) -> Bool {
    guard let entry = archive[path], entry.uncompressedSize <= UInt64(SafeArchive.Limits().maximumEntrySize) else {
      return false
    }
    var bytes = Data()
    bytes.reserveCapacity(Int(entry.uncompressedSize))
    do {
      _ = try archive.extract(entry, skipCRC32: true) { chunk in
        bytes.append(chunk)
        if bytes.count > Int(entry.uncompressedSize) { throw ExportError.unsafeArchive("", reason: "size") }
      }
    } catch {
      return false
    }
    return bytes.withUnsafeBytes { buffer in
      markers.contains { marker in Array(marker.utf8).withUnsafeBytes { ByteSearch.contains(buffer, $0) } }
    }
  }
}
