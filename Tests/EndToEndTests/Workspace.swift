import Foundation
import TestSupport
import XCTest

/// A temporary folder with files in it, where the real binary runs.
struct Workspace {
  let folder = Paths.temporaryFolder()

  @discardableResult
  func write(_ name: String, _ text: String) throws -> URL {
    try write(name, Data(text.utf8))
  }

  @discardableResult
  func write(_ name: String, _ data: Data) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
    return url
  }

  func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> CommandResult {
    try Command.prepexport(arguments, in: folder, stdin: stdin, environment: environment)
  }

  /// Every file below the folder, relative, sorted.
  var files: [String] {
    let e = FileManager.default.enumerator(atPath: folder.path)
    var out: [String] = []
    while let f = e?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(f).path, isDirectory: &isDirectory)
      if !isDirectory.boolValue { out.append(f) }
    }
    return out.sorted()
  }

  func remove() { try? FileManager.default.removeItem(at: folder) }
}
