import ExportKit
import Foundation
import TestSupport
import XCTest

final class NumberingTests: XCTestCase {
  /// (numId, ilvl) of each numbered paragraph, with its text.
  private func numbered(_ docx: Docx) throws -> [(numID: String, level: String, text: String)] {
    try docx.paragraphs().compactMap { p in
      guard let numPr = p.children.first(where: { $0.name == "pPr" })?.children.first(where: { $0.name == "numPr" })
      else { return nil }
      let level = numPr.children.first { $0.name == "ilvl" }?.attribute("val", namespace: wordNamespace) ?? "?"
      let id = numPr.children.first { $0.name == "numId" }?.attribute("val", namespace: wordNamespace) ?? "?"
      return (id, level, Docx.text(of: p))
    }
  }

  /// The startOverride of each level of a w:num.
  private func starts(_ numbering: SafeXMLDocument, numID: String) -> [String] {
    numbering.select("//w:num[@w:numId='\(numID)']/w:lvlOverride/w:startOverride", namespaces: ns).compactMap {
      $0.attribute("val", namespace: wordNamespace)
    }
  }

  func testEachListIsItsOwnInstanceRestartingItsLevel() throws {
    let docx = try export("# T\n\n1. one\n2. two\n\nBetween.\n\n1. again\n2. more\n")
    let items = try numbered(docx)
    XCTAssertEqual(items.map(\.text), ["one", "two", "again", "more"])
    XCTAssertEqual(items[0].numID, items[1].numID)
    XCTAssertNotEqual(items[1].numID, items[2].numID, "the second list restarts")
    let numbering = try docx.xml("word/numbering.xml")
    // A list uses one level of its own instance (a nested list has another): that level restarts.
    for id in [items[0].numID, items[2].numID] {
      XCTAssertEqual(starts(numbering, numID: id), ["1"])
    }
    // Both instances share the one ordered definition.
    let abstract = numbering.select("//w:num/w:abstractNumId", namespaces: ns).compactMap {
      $0.attribute("val", namespace: wordNamespace)
    }
    XCTAssertEqual(Set(abstract).count, 1)
    XCTAssertEqual(numbering.select("//w:abstractNum", namespaces: ns).count, 2)
  }

  func testStartNumberIsHonoured() throws {
    let docx = try export("# T\n\n3. three\n4. four\n")
    let items = try numbered(docx)
    XCTAssertEqual(starts(try docx.xml("word/numbering.xml"), numID: items[0].numID).first, "3")
  }

  func testNestedListsUseLevelsAndRestart() throws {
    let markdown = "# T\n\n- a\n  1. a1\n  2. a2\n- b\n  1. b1\n     - deep\n"
    let docx = try export(markdown)
    let items = try numbered(docx)
    XCTAssertEqual(items.map(\.text), ["a", "a1", "a2", "b", "b1", "deep"])
    XCTAssertEqual(items.map(\.level), ["0", "1", "1", "0", "1", "2"])
    XCTAssertEqual(items[1].numID, items[2].numID)
    XCTAssertNotEqual(items[1].numID, items[4].numID, "each nested list restarts")
    XCTAssertEqual(Set([items[0].numID, items[3].numID]).count, 1)
    let numbering = try docx.xml("word/numbering.xml")
    // Bullets and numbers come from different definitions.
    func abstractID(_ numID: String) -> String? {
      numbering.select("//w:num[@w:numId='\(numID)']/w:abstractNumId", namespaces: ns).first?.attribute(
        "val", namespace: wordNamespace)
    }
    XCTAssertNotEqual(abstractID(items[0].numID), abstractID(items[1].numID))
    let bulletFormat = numbering.select(
      "//w:abstractNum[@w:abstractNumId='\(abstractID(items[0].numID) ?? "")']/w:lvl[@w:ilvl='0']/w:numFmt",
      namespaces: ns)
    XCTAssertEqual(bulletFormat.first?.attribute("val", namespace: wordNamespace), "bullet")
  }

  func testTaskItemsGetBoxes() throws {
    let items = try numbered(try export("# T\n\n- [x] done\n- [ ] open\n- plain\n"))
    XCTAssertEqual(items.map(\.text), ["☒ done", "☐ open", "plain"])
  }

  func testDeepNestingIsCappedAtLevelEight() throws {
    var markdown = "# T\n\n"
    for depth in 0..<12 { markdown += String(repeating: "  ", count: depth) + "- level \(depth)\n" }
    let docx = try export(markdown)
    let levels = try numbered(docx).map(\.level)
    XCTAssertEqual(levels.count, 12)
    XCTAssertEqual(levels.last, "8")
  }

  func testAbstractDefinitionsAreSchemaShaped() throws {
    let numbering = try export("# T\n\n- a\n").xml("word/numbering.xml")
    for nsid in numbering.select("//w:abstractNum/w:nsid", namespaces: ns) {
      XCTAssertEqual(nsid.attribute("val", namespace: wordNamespace)?.count, 8, "nsid is 8 hex digits")
    }
    // In list paragraphs the style comes before the numbering (pandoc gets this wrong).
    let pPr = try export("# T\n\n- a\n").xml("word/document.xml").select("//w:pPr[w:numPr]", namespaces: ns).first
    XCTAssertEqual(pPr?.children.map(\.name).prefix(2), ["pStyle", "numPr"])
  }
}
