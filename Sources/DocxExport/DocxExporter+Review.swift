import ExportKit
import Foundation

extension DocxExporter {
  /// A DOCX holds a mentor's review when it has comments or tracked changes. Word rewrites
  /// `docProps/app.xml`'s Application whenever it saves, so a file still naming prepexport was
  /// never saved by Word; other files have their document part searched.
  public func inspectExisting(_ data: Data, name: String) -> ReviewFindings? {
    guard let peek = ArchivePeek(data) else { return nil }
    if peek.has("word/comments.xml") { return ReviewFindings(comments: 1) }
    if peek.part("docProps/app.xml", containsAnyOf: ["<Application>prepexport"]) { return nil }
    if peek.part("word/document.xml", containsAnyOf: ["<w:ins ", "<w:del ", "<w:commentRangeStart"]) {
      return ReviewFindings(changes: 1)
    }
    return nil
  }
}
