import ExportKit
import Foundation
import OdtExport
import TestSupport
import XCTest

/// content.xml: title block, headings, labels, lists, inlines, white space, tables, answers.
final class BodyTests: XCTestCase {
  func testTitleBlockAndHeadingsWithOutlineLevels() throws {
    let markdown = """
      ---
      title: Prep
      subtitle: Round two
      candidate: Ana
      role: Engineer
      company: ACME
      date: 2026-12-01
      ---

      # One

      ## Two

      ### Three

      #### Four

      ##### Five

      ###### Six

      """
    let odt = try export(markdown)
    XCTAssertEqual(try odt.texts(style: "Title"), ["Prep"])
    XCTAssertEqual(try odt.texts(style: "Subtitle"), ["Round two"])
    XCTAssertEqual(try odt.texts(style: "Role_20_line"), ["Engineer · ACME · 2026-12-01"])
    XCTAssertEqual(try odt.texts(style: "Author"), ["Ana"])
    let headings = try odt.select("content.xml", "//text:h")
    XCTAssertEqual(headings.map(Odt.text(of:)), ["One", "Two", "Three", "Four", "Five", "Six"])
    XCTAssertEqual(
      headings.map { $0.attribute("outline-level", namespace: textNamespace) }, ["1", "2", "3", "4", "5", "6"])
    XCTAssertEqual(headings.map { Odt.style(of: $0) }, (1...6).map { "Heading_20_\($0)" })
    // Bookmarks are the same short names in every format (Word and LibreOffice keep 40
    // characters of a name), in document order.
    XCTAssertEqual(
      try odt.select("content.xml", "//text:h/text:bookmark/@text:name").map(\.text), (1...6).map { "_Prep\($0)" })
  }

  func testLabelsKeepTheirColon() throws {
    let zh = try export("---\ntitle: 题\n---\n\n# 题目\n\n**要点**：\n\n- 一\n\n原则：\n\n- 二\n")
    XCTAssertEqual(try zh.texts(style: "Label"), ["要点：", "原则："])
    let en = try export("---\ntitle: Prep\nlang: en-US\n---\n\n# Topic\n\n**Key points**:\n\n- one\n")
    XCTAssertEqual(try en.texts(style: "Label"), ["Key points:"])
  }

  func testListsRestartHonourStartsAndNest() throws {
    let markdown = """
      # Lists

      1. a
      2. b

      Between.

      3. c
      4. d
         - nested
           1. deeper
      - [x] done
      - [ ] open

      """
    let odt = try export(markdown)
    let top = try odt.select("content.xml", "/office:document-content/office:body/office:text/text:list")
    XCTAssertEqual(top.count, 3)
    let ids = top.compactMap { $0.attribute("id", namespace: ns["xml"]) }
    XCTAssertEqual(Set(ids).count, 3, "each list has its own xml:id")
    XCTAssertTrue(try odt.select("content.xml", "//text:list[@text:continue-numbering or @text:continue-list]").isEmpty)
    XCTAssertEqual(
      top.map { $0.attribute("style-name", namespace: textNamespace) },
      ["Numbering_20_123", "Numbering_20_123", "List_20_Bullet"])
    // The first list starts at 1 (no start value); the second at 3.
    XCTAssertNil(top[0].children.first?.attribute("start-value", namespace: textNamespace))
    XCTAssertEqual(top[1].children.first?.attribute("start-value", namespace: textNamespace), "3")
    XCTAssertEqual(top[1].children.count, 2)
    let nested = try odt.select("content.xml", "//text:list/text:list-item/text:list")
    XCTAssertEqual(
      nested.map { $0.attribute("style-name", namespace: textNamespace) }, ["List_20_Bullet", "Numbering_20_123"])
    XCTAssertEqual(
      try odt.select(
        "content.xml", "//text:list/text:list-item/text:list/text:list-item/text:list/text:list-item/text:p"
      ).map(Odt.text(of:)), ["deeper"])
    XCTAssertEqual(Array(try odt.texts(style: "List_20_Paragraph").suffix(2)), ["☒ done", "☐ open"])
  }

  func testInlineSpansLinksAndBreaks() throws {
    let markdown =
      "---\ntitle: Links\n---\n\n# T {#t}\n\n**bold** *em* ~~gone~~ `a  b` [site](https://example.com \"Tip\") [back](#t) [nowhere](#missing)\\\nnext <b>html</b> ![alt text](x.png)\n"
    let odt = try export(markdown)
    func spans(_ style: String) throws -> [String] {
      try odt.select("content.xml", "//text:span[@text:style-name='\(style)']").map(Odt.text(of:))
    }
    XCTAssertEqual(try spans("Strong_20_Emphasis"), ["bold"])
    XCTAssertEqual(try spans("Emphasis"), ["em"])
    XCTAssertEqual(try spans("Strikethrough"), ["gone"])
    XCTAssertEqual(try spans("Source_Text"), ["a  b"])
    let links = try odt.select("content.xml", "//text:a")
    XCTAssertEqual(links.map { $0.attribute("href", namespace: ns["xlink"]) }, ["https://example.com", "#_Prep1"])
    XCTAssertEqual(links.first?.attribute("title", namespace: ns["office"]), "Tip")
    XCTAssertEqual(links.first?.attribute("style-name", namespace: textNamespace), "Internet_20_link")
    let paragraph = try XCTUnwrap(try odt.texts(style: "Text_20_body").first)
    XCTAssertEqual(paragraph, "bold em gone a  b site back nowhere\nnext html alt text")
    XCTAssertEqual(try odt.select("content.xml", "//text:p/text:line-break").count, 1)
  }

  func testSpacesAndTabsInCodeArePreserved() throws {
    let markdown = "# Code\n\n```text\n  indented\n\tTabbed  two  spaces\n\nafter blank\n```\n"
    let odt = try export(markdown)
    let code = try XCTUnwrap(try odt.select("content.xml", "//text:p[@text:style-name='Preformatted_20_Text']").first)
    XCTAssertEqual(Odt.text(of: code), "  indented\n\tTabbed  two  spaces\n\nafter blank")
    XCTAssertTrue(code.xml.contains("<text:s text:c=\"2\"/>indented"), code.xml)
    XCTAssertTrue(code.xml.contains("<text:tab/>Tabbed <text:s/>two"), code.xml)
  }

  func testSoftBreaksJoinByTheEastAsianRule() throws {
    let odt = try export("# 题\n\n第一行中文\n第二行中文\nEnglish words\nwrap here\n")
    XCTAssertEqual(try odt.texts(style: "Text_20_body"), ["第一行中文第二行中文 English words wrap here"])
  }

  func testTablesHaveHeaderRowsAndAlignment() throws {
    let markdown = "# T\n\n| A | B | C |\n| :-- | :-: | --: |\n| 1 | 2 | 3 |\n| 4 |\n"
    let odt = try export(markdown)
    let table = try XCTUnwrap(try odt.select("content.xml", "//table:table").first)
    XCTAssertEqual(try odt.select("content.xml", "//table:table/table:table-column").count, 3)
    let header = try odt.select(
      "content.xml", "//table:table/table:table-header-rows/table:table-row/table:table-cell/text:p")
    XCTAssertEqual(header.map(Odt.text(of:)), ["A", "B", "C"])
    XCTAssertEqual(header.map { Odt.style(of: $0) }, ["Table_20_Heading", "PrepHeadCenter", "PrepHeadEnd"])
    let rows = try odt.select("content.xml", "//table:table/table:table-row")
    XCTAssertEqual(rows.count, 2)
    XCTAssertEqual(rows[1].children.count, 3, "short rows are padded")
    XCTAssertNotNil(table.attribute("name", namespace: ns["table"]))
  }

  func testQuotesThematicBreaksAndRawHTML() throws {
    let odt = try export("# T\n\n> quoted\n> more\n\n---\n\n<div>raw <i>html</i></div>\n")
    XCTAssertEqual(try odt.texts(style: "Quotations"), ["quoted more"])
    XCTAssertEqual(try odt.texts(style: "Horizontal_20_Line"), [""])
    XCTAssertEqual(try odt.texts(style: "Text_20_body"), ["raw html"])
  }

  func testAnswersFollowTheirTopicAndQuestionList() throws {
    let prep = """
      ---
      title: Prep
      lang: en-US
      ---

      # Questions to ask

      1. First?
      2. Second?

      After the list.

      ## Sub

      Sub text.

      """
    let answers = "# Questions to ask\n\nTopic answer.\n\n## 2\n\nAnswer two.\n\n# Nowhere\n\nLost answer.\n"
    let odt = try export(prep, answers: answers)
    let texts = try odt.paragraphTexts().filter { !$0.isEmpty }
    XCTAssertEqual(
      texts,
      [
        "Prep", "Questions to ask", "First?", "Second?", "My answer (question 2)", "Answer two.", "After the list.",
        "My answer", "Topic answer.", "Sub", "Sub text.", "Appendix: answers without a matching topic", "Nowhere",
        "Lost answer.",
      ])
    XCTAssertEqual(try odt.texts(style: "Answer_20_caption"), ["My answer (question 2)", "My answer"])
    XCTAssertEqual(try odt.texts(style: "Answer"), ["Answer two.", "Topic answer.", "Lost answer."])
    let boxes = try odt.select("content.xml", "//table:table[@table:style-name='PrepAnswerBox']")
    XCTAssertEqual(boxes.count, 3)
    let appendix = try odt.select("content.xml", "//text:h").map {
      ($0.attribute("outline-level", namespace: textNamespace), Odt.text(of: $0))
    }
    XCTAssertEqual(appendix.last?.0, "2")
    XCTAssertEqual(appendix.last?.1, "Nowhere")
  }

  func testExamplesHoldEveryTextInOrder() throws {
    for lang in ["zh", "en"] {
      let document = try prepDocument(try example("prep-\(lang).md"), answers: try example("answers-\(lang).md"))
      let odt = try Odt(OdtExporter().export(document, options: ExportOptions(creationDate: fixedDate)).data)
      assertHoldsInOrder(try odt.paragraphTexts().joined(separator: "\n"), expectedTexts(document))
      try assertValid(odt, "example-\(lang).odt")
    }
  }
}
