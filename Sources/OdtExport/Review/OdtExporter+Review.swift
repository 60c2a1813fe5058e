import ExportKit
import Foundation

/// Reading back an ODT a mentor returns, and the guard that keeps a re-export from
/// overwriting one.
extension OdtExporter: ReviewReading {
  public func recognizesReview(_ archive: SafeArchive) -> Bool {
    if let mimetype = archive["mimetype"] {
      return String(decoding: mimetype, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument.text")
    }
    return archive.contains("content.xml") && !archive.contains("word/document.xml")
  }

  public func reviewNeedsEntry(_ path: String) -> Bool {
    ["mimetype", "content.xml", "styles.xml", "meta.xml"].contains(path)
  }

  public func readReview(_ archive: SafeArchive, name: String) throws -> ReviewedDocument {
    try OdtReviewReader.read(archive, name: name)
  }

  /// Cheap when the file is as prepexport wrote it (its content.xml still has the recorded
  /// checksum and size: only meta.xml is inflated); any other file is read in full and its
  /// text compared with the recorded fingerprint. A file that cannot be read safely is
  /// reported as such (and kept).
  public func inspectExisting(_ data: Data, name: String) -> ReviewFindings? {
    guard ReviewInput.isArchive(data) else { return nil }
    do {
      let quick = try SafeArchive(data, name: name) { $0 == "meta.xml" || $0 == "mimetype" }
      guard recognizesReview(quick) else { return nil }
      if let meta = quick["meta.xml"],
        let recorded = RecordedFingerprint(properties: try OdtReviewReader.userDefined(meta, name: name)),
        let stamp = recorded.stamp, quick.stamps["content.xml"] == stamp
      {
        return nil
      }
      let archive = try SafeArchive(data, name: name, inflating: reviewNeedsEntry)
      return ReviewFindings(try OdtReviewReader.read(archive, name: name))
    } catch {
      return ReviewFindings(unreadable: "\(error)")
    }
  }
}
