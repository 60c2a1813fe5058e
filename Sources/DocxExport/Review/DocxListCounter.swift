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
  private var counters: [String: [Int: Int]] = [:]
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
    guard numID != "0", let instance = instances[numID] else { return nil }
    let abstract = instance.abstract
    if started.insert(numID).inserted {
      // An instance that overrides a level's start restarts that level where it begins.
      for ilvl in instance.overrides.keys { counters[abstract]?[ilvl] = nil }
    }
    let definition = abstractLevels[abstract]?[level] ?? Level(start: 1)
    let start = instance.overrides[level] ?? definition.start
    let value = counters[abstract]?[level].map { $0 + 1 } ?? start
    counters[abstract, default: [:]][level] = value
    // Deeper levels restart after a shallower item.
    if let deeper = counters[abstract]?.keys.filter({ $0 > level }) {
      for ilvl in deeper { counters[abstract]?[ilvl] = nil }
    }
    return definition.numbered ? value : nil
  }
}
