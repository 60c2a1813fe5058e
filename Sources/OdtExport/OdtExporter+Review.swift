import ExportKit
import Foundation

extension OdtExporter {
  /// An ODT holds a mentor's review when it has annotations or tracked changes. LibreOffice
  /// rewrites `meta.xml`'s generator whenever it saves, so a file still naming prepexport was
  /// never saved by an editor; other files have their content part searched.
  public func inspectExisting(_ data: Data, name: String) -> ReviewFindings? {
    guard let peek = ArchivePeek(data) else { return nil }
    if peek.part("meta.xml", containsAnyOf: ["<meta:generator>prepexport"]) { return nil }
    if peek.part("content.xml", containsAnyOf: ["<office:annotation"]) { return ReviewFindings(comments: 1) }
    if peek.part("content.xml", containsAnyOf: ["<text:changed-region"]) { return ReviewFindings(changes: 1) }
    return nil
  }
}
