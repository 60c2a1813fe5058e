import ExportKit
import Foundation

/// Reading back a DOCX a mentor returns, and the guard that keeps a re-export from
/// overwriting one.
extension DocxExporter: ReviewReading {
  public func recognizesReview(_ archive: SafeArchive) -> Bool {
    archive.contains("word/document.xml")
      || (archive["[Content_Types].xml"].map { String(decoding: $0, as: UTF8.self).contains("wordprocessingml") }
        ?? false)
  }

  public func reviewNeedsEntry(_ path: String) -> Bool {
    (path.hasSuffix(".xml") || path.hasSuffix(".rels")) && !path.hasPrefix("word/media/")
  }

  public func readReview(_ archive: SafeArchive, name: String) throws -> ReviewedDocument {
    try DocxReviewReader.read(archive, name: name)
  }

  /// Cheap when the file is as prepexport wrote it: its body part still has the checksum and
  /// size recorded in it, and it has no comments part; only then is nothing inflated but the
  /// custom properties. Any other file (saved by Word, LibreOffice, python-docx…) is read in
  /// full and its text compared with the recorded fingerprint. A file that cannot be read
  /// safely is reported as such (and kept), never taken for an unreviewed one.
  public func inspectExisting(_ data: Data, name: String) -> ReviewFindings? {
    guard ReviewInput.isArchive(data) else { return nil }
    do {
      let quick = try SafeArchive(data, name: name) { $0 == "docProps/custom.xml" }
      guard recognizesReviewQuickly(quick) else { return nil }
      let hasComments = quick.paths.contains { $0.hasPrefix("word/comments") }
      if !hasComments, let custom = quick["docProps/custom.xml"],
        let recorded = RecordedFingerprint(properties: try DocxReviewReader.customProperties(custom, name: name)),
        let stamp = recorded.stamp, quick.stamps["word/document.xml"] == stamp
      {
        return nil
      }
      let archive = try SafeArchive(data, name: name, inflating: reviewNeedsEntry)
      return ReviewFindings(try DocxReviewReader.read(archive, name: name))
    } catch {
      return ReviewFindings(unreadable: "\(error)")
    }
  }

  private func recognizesReviewQuickly(_ archive: SafeArchive) -> Bool {
    archive.contains("word/document.xml") || archive.paths.contains { $0.hasPrefix("word/") }
  }
}
