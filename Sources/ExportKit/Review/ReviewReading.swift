import Foundation

/// A document format that reads back a file a reviewer returns. A format owns its parts and
/// its review detection; the shared kit only dispatches by what the archive holds.
public protocol ReviewReading: Sendable {
  /// The format's name ("docx"), for messages.
  var name: String { get }
  /// Whether an archive with these entries is this format's document.
  func recognizesReview(_ archive: SafeArchive) -> Bool
  /// Whether reading a review needs this entry inflated.
  func reviewNeedsEntry(_ path: String) -> Bool
  /// Everything a reviewer left in the file.
  func readReview(_ archive: SafeArchive, name: String) throws -> ReviewedDocument
  /// The guard: what an existing output holds that a new export would destroy; nil when it
  /// holds no review (or is not this format's file at all).
  func inspectExisting(_ data: Data, name: String) -> ReviewFindings?
}

/// Reading a reviewed file of any registered format.
public enum ReviewFile {
  /// Reads `data` (the file `name`) with whichever reader recognises it; a file that is
  /// not a DOCX or ODT gets one clear error naming it.
  public static func read(_ data: Data, name: String, readers: [any ReviewReading]) throws -> ReviewedDocument {
    if let problem = ReviewInput.notAnArchive(data) { throw ExportError.notReviewable(name, reason: problem) }
    let archive = try SafeArchive(data, name: name) { path in readers.contains { $0.reviewNeedsEntry(path) } }
    guard let reader = readers.first(where: { $0.recognizesReview(archive) }) else {
      throw ExportError.notReviewable(
        name, reason: "a ZIP file, but not a \(readers.map { $0.name.uppercased() }.joined(separator: " or ")) document"
      )
    }
    return try reader.readReview(archive, name: name)
  }
}

/// What a file that is not a ZIP container is, told from its first bytes.
public enum ReviewInput {
  /// Whether the data starts like a ZIP container.
  public static func isArchive(_ data: Data) -> Bool { data.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

  /// Why the data cannot be a DOCX or ODT, or nil when it is a ZIP container.
  public static func notAnArchive(_ data: Data) -> String? {
    if isArchive(data) { return nil }
    if data.isEmpty { return "the file is empty, not a DOCX or ODT document" }
    if data.starts(with: Array("%PDF".utf8)) {
      return "it is a PDF; give the .docx or .odt file the mentor returned"
    }
    if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      return "it is a legacy Word .doc (OLE2) file; open it in Word or LibreOffice and save it as .docx or .odt"
    }
    let head = data.prefix(4_096)
    // Text: no NUL byte, and valid UTF-8 (allowing a character cut at the end of the sample).
    if !head.contains(0), (0...3).contains(where: { String(data: head.dropLast($0), encoding: .utf8) != nil }) {
      return "it is a text file (Markdown?), not a DOCX or ODT document"
    }
    return "it is not a DOCX or ODT document (those are ZIP containers)"
  }
}
