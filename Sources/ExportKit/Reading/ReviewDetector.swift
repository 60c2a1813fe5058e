import Foundation

/// Whether an existing DOCX or ODT holds a mentor's review (comments or tracked changes), so
/// that it is not overwritten without `--force`.
public enum ReviewDetector {
  public static func holdsReview(_ data: Data, name: String) -> Bool {
    // Only ZIP containers can hold a review; plain-text outputs are not opened as archives.
    guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return false }
    guard let archive = try? SafeArchive(data, name: name) else { return false }
    if archive["word/comments.xml"] != nil { return true }
    if let document = archive["word/document.xml"] {
      for marker in ["<w:ins ", "<w:del ", "<w:commentRangeStart"] where document.range(of: Data(marker.utf8)) != nil {
        return true
      }
    }
    if let content = archive["content.xml"] {
      for marker in ["<office:annotation", "<text:changed-region"] where content.range(of: Data(marker.utf8)) != nil {
        return true
      }
    }
    return false
  }
}
