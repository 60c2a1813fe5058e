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

/// What `prepexport formats` lists: one line per format (name, extension, summary), then,
/// after a blank line, a footnote naming the formats that run another program per document.
struct FormatList {
  var lines: [String]
  var footnote: String

  static func read() throws -> FormatList {
    let parts = try Command.prepexport(["formats"]).stdoutText.components(separatedBy: "\n\n")
    return FormatList(
      lines: parts[0].split(separator: "\n").map(String.init), footnote: parts.count > 1 ? parts[1] : "")
  }

  var names: [String] { lines.map { String($0.split(separator: " ")[0]) } }
}
