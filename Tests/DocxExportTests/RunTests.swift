import ExportKit
import Foundation
import TestSupport
import XCTest

final class RunTests: XCTestCase {
  /// The runs of the first paragraph of Normal style: (text, property names, run style).
  private func runs(_ markdown: String) throws -> (Docx, [(text: String, properties: [String], style: String?)]) {
    let docx = try export("# T\n\n" + markdown + "\n")
    let paragraph = try XCTUnwrap(docx.paragraphs().first { Docx.style(of: $0) == "Normal" })
    let document = try docx.xml("word/document.xml")
    _ = document
    var out: [(String, [String], String?)] = []
    var stack = [paragraph]
    var order: [SafeXMLNode] = []
    while let node = stack.popLast() {
      order.append(node)
      stack.append(contentsOf: node.children.reversed())
    }
    for run in order where run.name == "r" {
      let properties = run.children.first { $0.name == "rPr" }?.children ?? []
      let text = run.children.filter { $0.name == "t" }.map(\.text).joined()
      out.append(
        (
          text, properties.map(\.name).filter { $0 != "rStyle" },
          properties.first { $0.name == "rStyle" }?.attribute("val", namespace: wordNamespace)
        ))
    }
    return (docx, out)
  }

  func testCharacterFormats() throws {
    let (_, r) = try runs("plain **bold** *italic* ~~gone~~ `code` ***both***")
    func find(_ text: String) -> (text: String, properties: [String], style: String?)? { r.first { $0.text == text } }
    XCTAssertEqual(find("bold")?.properties, ["b", "bCs"])
    XCTAssertEqual(find("italic")?.properties, ["i", "iCs"])
    XCTAssertEqual(find("gone")?.properties, ["strike"])
    XCTAssertEqual(find("code")?.style, "VerbatimChar")
    XCTAssertEqual(find("both")?.properties, ["b", "bCs", "i", "iCs"])
    XCTAssertEqual(find("plain ")?.properties, [])
  }

  func testLinksAreExternalRelationshipsOrBookmarks() throws {
    let markdown = """
      ---
      title: Links
      ---
      # First {#first}

      See [the notes](<https://example.com/a b?q=1&r=2> "Notes"), <https://example.com/auto> and [again](<https://example.com/a b?q=1&r=2>).
      Back to [the start](#first); [nowhere](#missing).
      """
    let docx = try export(markdown)
    let rels = try docx.xml("word/_rels/document.xml.rels").select(
      "//pr:Relationship[@TargetMode='External']", namespaces: ns)
    XCTAssertEqual(
      rels.compactMap { $0.attribute("Target") }, ["https://example.com/a%20b?q=1&r=2", "https://example.com/auto"])
    let document = try docx.xml("word/document.xml")
    let links = document.select("//w:hyperlink[@r:id]", namespaces: ns)
    XCTAssertEqual(links.count, 3, "the repeated URL shares one relationship")
    XCTAssertEqual(links.first?.attribute("tooltip", namespace: wordNamespace), "Notes")
    XCTAssertEqual(Set(links.compactMap { $0.attribute("id", namespace: ns["r"]) }).count, 2)
    XCTAssertEqual(document.select("//w:hyperlink[@r:id]//w:rStyle[@w:val='Hyperlink']", namespaces: ns).count, 3)
    let anchors = document.select("//w:hyperlink[@w:anchor]", namespaces: ns)
    XCTAssertEqual(anchors.count, 1)
    let anchor = try XCTUnwrap(anchors.first?.attribute("anchor", namespace: wordNamespace))
    XCTAssertEqual(
      document.select("//w:p[w:pPr/w:pStyle/@w:val='Heading1']/w:bookmarkStart[@w:name='\(anchor)']", namespaces: ns)
        .count, 1)
    XCTAssertEqual(
      try docx.paragraphTexts().last, "See the notes, https://example.com/auto and again. Back to the start; nowhere.")
  }

  func testLinkTargetsAreValidURIs() throws {
    let docx = try export(
      "# T\n\n[a](<https://example.com/100% done>) [b](https://example.com/%E4%B8%AD) [c](https://例え.jp/パス)\n")
    let targets = try docx.xml("word/_rels/document.xml.rels").select(
      "//pr:Relationship[@TargetMode='External']", namespaces: ns
    )
    .compactMap { $0.attribute("Target") }
    XCTAssertEqual(
      targets,
      [
        "https://example.com/100%25%20done", "https://example.com/%E4%B8%AD",
        "https://%E4%BE%8B%E3%81%88.jp/%E3%83%91%E3%82%B9",
      ])
  }

  func testHardBreaksAndSoftBreaks() throws {
    let (_, r) = try runs("line one\\\nline two\nsame paragraph")
    XCTAssertEqual(r.map(\.text).joined(), "line oneline two same paragraph")
    let docx = try export("# T\n\nline one\\\nline two\n")
    XCTAssertEqual(try docx.paragraphTexts().last, "line one\nline two")
  }

  func testSoftBreakBetweenChineseCharactersBecomesNothing() throws {
    let docx = try export("# 主题\n\n第一行中文\n第二行中文\nEnglish words\nand more\n")
    XCTAssertEqual(try docx.paragraphTexts().last, "第一行中文第二行中文 English words and more")
  }

  func testRawHTMLKeepsItsTextAndLosesItsTags() throws {
    let docx = try export(
      "# T\n\nUpdated <span class=\"x\">November</span> 2026 &amp; <b>later</b>.\n\n<div align=\"center\">\n  <p>Centered &lt;text&gt;</p>\n</div>\n"
    )
    let texts = try docx.paragraphTexts()
    XCTAssertTrue(texts.contains("Updated November 2026 & later."), "\(texts)")
    XCTAssertTrue(texts.contains("Centered <text>"), "\(texts)")
  }

  func testImagesKeepTheirAltText() throws {
    let docx = try export("# T\n\nSee ![the architecture diagram](arch.png) here.\n")
    XCTAssertEqual(try docx.paragraphTexts().last, "See the architecture diagram here.")
  }

  func testForbiddenCharactersAreLeftOut() throws {
    let docx = try export("# T\n\nbell\u{7} and form\u{C} feed\n")
    XCTAssertEqual(try docx.paragraphTexts().last, "bell and form feed")
  }
}
