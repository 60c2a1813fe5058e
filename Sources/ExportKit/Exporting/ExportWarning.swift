import Foundation

/// Something the user should know about an export that still succeeded: what was left out of
/// a reference document so that the file written stays valid. The CLI prints each as
/// `prepexport: warning: FILE: MESSAGE`.
public struct ExportWarning: Sendable, Equatable, CustomStringConvertible {
  /// The file it is about (the reference document, as the user named it).
  public var file: String
  public var message: String

  public init(file: String, message: String) {
    self.file = file
    self.message = message
  }

  public var description: String { "\(file): \(message)" }

  /// One warning per item left out of `file` ("left out word/styles.xml …"), at most `limit`,
  /// then one that counts the rest, so that a hostile file cannot flood the terminal.
  public static func leftOut(_ items: [String], from file: String, limit: Int = 10) -> [ExportWarning] {
    var out = items.prefix(limit).map { ExportWarning(file: file, message: "left out " + $0) }
    if items.count > limit {
      out.append(
        ExportWarning(file: file, message: "left out \(items.count - limit) more items the schema does not allow"))
    }
    return out
  }
}
