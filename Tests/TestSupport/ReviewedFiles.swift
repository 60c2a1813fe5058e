import ExportKit
import Foundation
import XCTest

/// Reading the reviewed test files, and changing one the way an editor with change tracking
/// off would (for tests of what prepexport did not write).
public enum ReviewedFiles {
  /// The bytes of a file under Tests/Fixtures/reviewed.
  public static func data(_ name: String) throws -> Data { try Data(contentsOf: Paths.reviewed(name)) }

  /// A package with one XML part's text changed by `edit`; entries keep their order (an ODT's
  /// mimetype stays first and stored).
  public static func editing(_ data: Data, part: String, _ edit: (String) -> String) throws -> Data {
    let archive = try SafeArchive(data, name: "edited")
    var zip = ZipPackager(date: Date(timeIntervalSince1970: 1_796_000_000))
    for path in archive.paths {
      guard var bytes = archive[path] else { continue }
      if path == part { bytes = Data(edit(String(decoding: bytes, as: UTF8.self)).utf8) }
      zip.add(path, bytes, compress: path != "mimetype")
    }
    return try zip.archive()
  }
}
