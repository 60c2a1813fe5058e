import Foundation
import ZIPFoundation

/// Whether an existing DOCX or ODT holds a mentor's review (comments or tracked changes), so
/// that it is not overwritten without `--force`.
///
/// Runs on every re-export over an existing file, so it is cheap where it can be: Word and
/// LibreOffice rewrite the generator (`docProps/app.xml` Application, `meta.xml`
/// `meta:generator`) whenever they save, so a file whose generator is still prepexport has
/// never been saved by an editor and holds no review. Other files are searched: entries looked
/// up by name, and only the one part that can hold review marks inflated (within the
/// untrusted-archive size limit).
public enum ReviewDetector {
  static let docxMarkers = ["<w:ins ", "<w:del ", "<w:commentRangeStart"].map { Array($0.utf8) }
  static let odtMarkers = ["<office:annotation", "<text:changed-region"].map { Array($0.utf8) }

  public static func holdsReview(_ data: Data, name: String) -> Bool {
    // Only ZIP containers can hold a review; plain-text outputs are not opened as archives.
    guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]),
      let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil)
    else { return false }
    if archive["word/comments.xml"] != nil { return true }
    if writtenByUs(archive) { return false }
    if let part = archive["word/document.xml"] { return contains(archive, part, docxMarkers) }
    if let part = archive["content.xml"] { return contains(archive, part, odtMarkers) }
    return false
  }

  static let generatorMarkers = ["<Application>prepexport", "<meta:generator>prepexport"].map { Array($0.utf8) }

  private static func writtenByUs(_ archive: Archive) -> Bool {
    for path in ["docProps/app.xml", "meta.xml"] {
      if let entry = archive[path], entry.uncompressedSize < 1 << 20 {
        return contains(archive, entry, generatorMarkers)
      }
    }
    return false
  }

  private static func contains(_ archive: Archive, _ entry: Entry, _ markers: [[UInt8]]) -> Bool {
    guard entry.uncompressedSize <= UInt64(SafeArchive.Limits().maximumEntrySize) else { return false }
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
      markers.contains { m in m.withUnsafeBytes { ByteSearch.contains(buffer, $0) } }
    }
  }
}
