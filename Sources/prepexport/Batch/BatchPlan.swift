import Foundation

/// Where each input of a batch goes. Outputs keep the inputs' folders below the folder they
/// all share, so two `prep.md` in different folders never collide and a name does not depend
/// on the order of the command line: `a/prep.md b/prep.md --out-dir out` gives
/// `out/a/prep.docx` and `out/b/prep.docx`; inputs in one folder give flat names. Two inputs
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
    var seen = Set<String>()
    var unique: [(input: String, path: [String])] = []
    for input in inputs {
      let absolute = URL(fileURLWithPath: input, relativeTo: URL(fileURLWithPath: currentFolder, isDirectory: true))
        .standardizedFileURL.path
      if seen.insert(absolute).inserted {
        unique.append((input, absolute.split(separator: "/").map(String.init)))
      }
    }
    // The folder all inputs share: the longest common run of folder names.
    var common = unique.first.map { Array($0.path.dropLast()) } ?? []
    for entry in unique.dropFirst() {
      let folders = entry.path.dropLast()
      var length = 0
      while length < min(common.count, folders.count) && common[length] == folders[length] { length += 1 }
      common = Array(common.prefix(length))
    }
    let relative = unique.map { (input: $0.input, path: Array($0.path.dropFirst(common.count))) }
    let stems = relative.map { Self.stem($0.path, keepExtension: false) }
    var count: [String: Int] = [:]
    for stem in stems { count[stem, default: 0] += 1 }
    items = zip(relative, stems).map { entry, stem in
      Item(input: entry.input, stem: count[stem]! > 1 ? Self.stem(entry.path, keepExtension: true) : stem)
    }
  }

  /// "a/prep.md" → "a/prep" (or "a/prep.md" keeping the extension).
  private static func stem(_ path: [String], keepExtension: Bool) -> String {
    var parts = path
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
