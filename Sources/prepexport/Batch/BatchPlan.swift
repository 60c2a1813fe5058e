import Foundation

/// Where each input of a batch goes. The output folder mirrors the paths as typed, relative
/// to the current folder: `notes/a.md candidates/li/prep.md --out-dir out` gives `out/notes/a.docx`
/// and `out/candidates/li/prep.docx`, so two `prep.md` in different folders never collide, and a
/// file's output does not depend on the other files of the command line: a batch split over
/// several processes or machines (xargs, GNU parallel) writes the same names. A file outside
/// the current folder keeps its whole path (`/data/in/a.md` → `out/data/in/a.docx`). Two inputs
/// of one folder that differ only by extension (`x.md`, `x.markdown`) keep their whole names
/// (`x.md.docx`). The same file named twice is exported once.
struct BatchPlan {
  struct Item: Sendable {
    /// The input as given.
    var input: String
    /// Its output path without the format's extension, below the output folder: "a/prep".
    var stem: String
  }

  var items: [Item]

  init(inputs: [String], currentFolder: String = FileManager.default.currentDirectoryPath) {
    let here = URL(fileURLWithPath: currentFolder, isDirectory: true).standardizedFileURL
    var seen = Set<String>()
    var unique: [(input: String, path: String)] = []
    for input in inputs {
      let absolute = URL(fileURLWithPath: input, relativeTo: here).standardizedFileURL.path
      guard seen.insert(absolute).inserted else { continue }
      let inside = absolute.hasPrefix(here.path == "/" ? "/" : here.path + "/")
      let relative =
        inside ? String(absolute.dropFirst(here.path == "/" ? 1 : here.path.count + 1)) : String(absolute.dropFirst())
      unique.append((input, relative))
    }
    let stems = unique.map { Self.stem($0.path, keepExtension: false) }
    var count: [String: Int] = [:]
    for stem in stems { count[stem, default: 0] += 1 }
    items = zip(unique, stems).map { entry, stem in
      Item(input: entry.input, stem: count[stem]! > 1 ? Self.stem(entry.path, keepExtension: true) : stem)
    }
  }

  /// "a/prep.md" → "a/prep" (or "a/prep.md" keeping the extension).
  private static func stem(_ path: String, keepExtension: Bool) -> String {
    var parts = path.split(separator: "/").map(String.init)
    if !keepExtension, let name = parts.last, let dot = name.lastIndex(of: "."), dot != name.startIndex {
      parts[parts.count - 1] = String(name[..<dot])
    }
    return parts.joined(separator: "/")
  }

  /// The folders the outputs go in, below `outDir`, each once.
  func folders(in outDir: String) -> [String] {
    var result: [String] = []
    var seen = Set<String>()
    for item in items {
      let folder = (Self.join(outDir, item.stem) as NSString).deletingLastPathComponent
      if seen.insert(folder).inserted { result.append(folder) }
    }
    return result
  }

  /// `out` + `a/prep` + `docx` → "out/a/prep.docx".
  static func path(outDir: String, stem: String, fileExtension: String) -> String {
    join(outDir, stem) + "." + fileExtension
  }

  private static func join(_ folder: String, _ stem: String) -> String {
    folder.hasSuffix("/") ? folder + stem : folder + "/" + stem
  }
}
