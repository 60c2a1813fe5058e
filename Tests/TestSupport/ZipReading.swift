import ExportKit
import Foundation

/// Opens an exported package for assertions.
public struct Package {
  public let archive: SafeArchive

  public init(_ data: Data) throws { archive = try SafeArchive(data, name: "test output") }

  /// An XML part parsed with libxml2.
  public func xml(_ path: String) throws -> SafeXMLDocument {
    guard let data = archive[path] else { throw PackageError.missingPart(path) }
    return try SafeXMLDocument(data, name: path)
  }

  public enum PackageError: Error { case missingPart(String) }
}
