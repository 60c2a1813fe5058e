import Foundation

/// Where things are, relative to this package, whatever folder the tests run from.
public enum Paths {
  /// The package root (the folder with Package.swift).
  public static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    fatalError("Package.swift not found above \(#filePath)")
  }()

  /// `../shared` beside the clone, when it exists (CI has it; a user's clone does not).
  public static var shared: URL? {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// The seed prep document in shared/fixtures, when present.
  public static var seed: URL? {
    shared.map { $0.appendingPathComponent("fixtures/seed-prep-zh.md") }.flatMap {
      FileManager.default.fileExists(atPath: $0.path) ? $0 : nil
    }
  }

  /// A file under Templates/.
  public static func template(_ path: String) -> URL { packageRoot.appendingPathComponent("Templates/" + path) }

  /// The built `prepexport` binary, beside the test bundle.
  public static var binary: URL {
    let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = testBinary.deletingLastPathComponent()
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent("prepexport")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
        return candidate
      }
      folder.deleteLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug/prepexport")
  }

  /// A new empty temporary folder.
  public static func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("prepexport-tests-" + UUID().uuidString)
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

extension Paths {
  /// A reviewed file made by `Tests/Fixtures/reviewed/make-reviewed.sh`.
  public static func reviewed(_ name: String) -> URL {
    packageRoot.appendingPathComponent("Tests/Fixtures/reviewed/" + name)
  }
}
