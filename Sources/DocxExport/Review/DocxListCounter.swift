import ExportKit

/// The numbers Word shows for list paragraphs, from `word/numbering.xml`: each `w:num` points
/// at an abstract definition (start value and format per level) and may override a level's
/// start. Instances of one definition share counters unless an override restarts them, as
/// in Word.
struct DocxListCounter {
  private struct Level {
    var start = 0
    var numbered = true
  }

  private var abstractLevels: [String: [Int: Level]] = [:]
  private var instances: [String: (abstract: String, overrides: [Int: Int])] = [:]
  /// Per abstract definition, the current number of each level (nil: not started).
  private var counters: [String: [Int?]] = [:]
  private var started: Set<String> = []

  init() {}

  init(_ document: SafeXMLDocument?) {
    guard let root = document?.wordRoot else { return }
    for element in root.children {
      if element.is("abstractNum"), let id = element.attribute("abstractNumId") {
        var levels: [Int: Level] = [:]
        for lvl in element.children where lvl.is("lvl") {
          guard let ilvl = lvl.attribute("ilvl").flatMap({ Int($0) }) else { continue }
          let format = lvl.value(of: "numFmt") ?? "decimal"
          levels[ilvl] = Level(
            start: lvl.value(of: "start").flatMap { Int($0) } ?? 0, numbered: format != "bullet" && format != "none")
        }
        abstractLevels[id] = levels
      } else if element.is("num"), let id = element.attribute("numId") {
        var overrides: [Int: Int] = [:]
        for override in element.children where override.is("lvlOverride") {
          if let ilvl = override.attribute("ilvl").flatMap({ Int($0) }),
            let start = override.value(of: "startOverride").flatMap({ Int($0) })
          {
            overrides[ilvl] = start
          }
        }
        instances[id] = (element.value(of: "abstractNumId") ?? "", overrides)
      }
    }
  }

  /// Counts a list paragraph; returns the number it shows, or nil for a bullet (or no list).
  mutating func count(numID: String, level: Int) -> Int? {
    guard numID != "0", let instance = instances[numID], (0...8).contains(level) else { return nil }
    let abstract = instance.abstract
    var levels = counters[abstract] ?? Array(repeating: nil, count: 9)
    if started.insert(numID).inserted {
      // An instance that overrides a level's start restarts that level where it begins.
      for ilvl in instance.overrides.keys where (0...8).contains(ilvl) { levels[ilvl] = nil }
    }
    let definition = abstractLevels[abstract]?[level] ?? Level(start: 1)
    let value = levels[level].map { $0 + 1 } ?? instance.overrides[level] ?? definition.start
    levels[level] = value
    // Deeper levels restart after a shallower item.
    for deeper in (level + 1)..<9 { levels[deeper] = nil }
    counters[abstract] = levels
    return definition.numbered ? value : nil
  }
}
