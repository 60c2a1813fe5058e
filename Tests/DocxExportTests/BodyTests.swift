import DocxExport
import ExportKit
import Foundation
import TestSupport
import XCTest

final class BodyTests: XCTestCase {
  func testEveryTextOfTheExamplesIsThereInOrder() throws {
    for lang in ["zh", "en"] {
      let document = try prepDocument(try example("prep-\(lang).md"), answers: try example("answers-\(lang).md"))
      let docx = try export(document)
      assertHoldsInOrder(try docx.paragraphTexts().joined(separator: "\n"), expectedTexts(document))
    }
  }

  func testTitleBlock() throws {
    let docx = try export(try example("prep-zh.md"))
    XCTAssertEqual(try docx.texts(style: "Title"), ["推理优化工程师面试准备"])
    XCTAssertEqual(try docx.texts(style: "Subtitle"), ["二面（技术深挖）"])
    XCTAssertEqual(try docx.texts(style: "RoleLine"), ["推理优化工程师 · 示例科技 · 2026-12-08"])
    XCTAssertEqual(try docx.texts(style: "Author"), ["李明"])
    XCTAssertEqual(
      Array(try docx.paragraphTexts().prefix(4)), ["推理优化工程师面试准备", "二面（技术深挖）", "推理优化工程师 · 示例科技 · 2026-12-08", "李明"])
  }

  func testTopicsAreHeadingsByDepth() throws {
    let docx = try export("# A\n\nx\n\n## B\n\n### C\n\n#### D\n\n##### E\n\n###### F\n\n# G\n")
    let headings = try docx.paragraphs().compactMap { p -> String? in
      guard let style = Docx.style(of: p), style.hasPrefix("Heading") else { return nil }
      return "\(style):\(Docx.text(of: p))"
    }
    XCTAssertEqual(
      headings, ["Heading1:A", "Heading2:B", "Heading3:C", "Heading4:D", "Heading5:E", "Heading6:F", "Heading1:G"])
  }

  func testLabelsAndColons() throws {
    let docx = try export("---\ntitle: 准备\n---\n# 主题\n\n原则：\n\n- 一\n\n**示例话术**：\n\n正文。\n")
    XCTAssertEqual(try docx.texts(style: "Label"), ["原则：", "示例话术："])
    let english = try export("---\ntitle: Prep\nlang: en-US\n---\n# Topic\n\n**Key points**:\n\n- one\n")
    XCTAssertEqual(try english.texts(style: "Label"), ["Key points:"])
  }

  func testAnswersFollowTheirMaterialAndQuestionsTheirList() throws {
    let docx = try export(try example("prep-en.md"), answers: try example("answers-en.md"))
    let texts = try docx.paragraphTexts()
    func index(_ text: String) throws -> Int { try XCTUnwrap(texts.firstIndex(of: text), text) }
    // The topic answer: after the topic's own material, before the next topic.
    let caption = try index("My answer")
    XCTAssertGreaterThan(caption, try index("Looking for broader technical scope"))
    XCTAssertLessThan(caption, try index("A conflict with a colleague"))
    XCTAssertEqual(
      texts[caption + 1],
      "I build systems that stay up. For the last four years I have led the platform team that runs our storage and queueing."
    )
    // The answer to question 2: after the whole list, not after item 2.
    let questionCaption = try index("My answer (question 2)")
    XCTAssertEqual(questionCaption, try index("Tell me about the on-call load") + 1)
    // Answers sit in the Answer Box with the caption style, their paragraphs in Answer style.
    let document = try docx.xml("word/document.xml")
    let boxes = document.select("//w:tbl[w:tblPr/w:tblStyle/@w:val='AnswerBox']", namespaces: ns)
    XCTAssertEqual(boxes.count, 4, "3 matched answers and 1 in the appendix")
    XCTAssertEqual(try docx.texts(style: "AnswerCaption"), ["My answer", "My answer (question 2)", "My answer"])
    XCTAssertTrue(
      try docx.texts(style: "Answer").contains(
        "Listen for concrete goals: a migration, a new product, an on-call improvement."))
  }

  func testUnmatchedAnswersGoToTheAppendix() throws {
    let docx = try export(try example("prep-zh.md"), answers: try example("answers-zh.md"))
    let texts = try docx.paragraphTexts()
    let appendix = try XCTUnwrap(texts.firstIndex(of: "附录：未对应主题的回答"))
    XCTAssertEqual(texts[appendix + 1], "薪资期望")
    XCTAssertEqual(texts[appendix + 2], "这一节在准备材料里还没有对应的主题。")
    XCTAssertEqual(try docx.texts(style: "Heading1").last, "附录：未对应主题的回答")
    XCTAssertEqual(try docx.texts(style: "Heading2").last, "薪资期望")
    XCTAssertTrue(try docx.texts(style: "AnswerCaption").contains("我的回答（问题 3）"))
  }

  func testBlocks() throws {
    let markdown = """
      # T

      > quoted *text*
      > > nested

      ```swift
      let x = 1
      \tindented
      ```

      | Left | Center | Right |
      | :--- | :---: | ---: |
      | a | b | c |

      ---

      after
      """
    let docx = try export(markdown)
    XCTAssertEqual(try docx.texts(style: "Quote"), ["quoted text", "nested"])
    XCTAssertEqual(try docx.texts(style: "SourceCode"), ["let x = 1\n\tindented"])
    XCTAssertEqual(try docx.texts(style: "HorizontalRule"), [""])
    let document = try docx.xml("word/document.xml")
    let nestedIndent = document.select("//w:p[w:pPr/w:pStyle/@w:val='Quote'][2]/w:pPr/w:ind", namespaces: ns)
    XCTAssertEqual(nestedIndent.first?.attribute("left", namespace: wordNamespace), "1134")
    let table = try XCTUnwrap(document.select("//w:tbl[w:tblPr/w:tblStyle/@w:val='PrepTable']", namespaces: ns).first)
    _ = table
    XCTAssertEqual(document.select("//w:tbl//w:tr[1]/w:trPr/w:tblHeader", namespaces: ns).count, 1)
    XCTAssertEqual(document.select("//w:tbl//w:tr[2]/w:trPr/w:tblHeader", namespaces: ns).count, 0)
    XCTAssertEqual(document.select("//w:tbl//w:tr[1]//w:r/w:rPr/w:b", namespaces: ns).count, 3, "header cells are bold")
    let alignments = document.select("//w:tbl//w:tr[2]/w:tc/w:p/w:pPr", namespaces: ns).map {
      $0.children.first { $0.name == "jc" }?.attribute("val", namespace: wordNamespace) ?? "-"
    }
    XCTAssertEqual(alignments, ["-", "center", "right"])
    XCTAssertEqual(try docx.texts(style: "TableText"), ["Left", "Center", "Right", "a", "b", "c"])
  }

  func testDeepNestingDoesNotRecurse() throws {
    // Built directly: the writer walks with its own stack.
    var block = Block.paragraph([.text("core")])
    for depth in 0..<3_000 {
      block =
        depth % 2 == 0 ? .blockQuote([block]) : .list(ordered: false, items: [[block]])
    }
    let topic = Topic(
      id: "t", title: [.text("T")], level: 1, location: SourceLocation(file: "x", line: 1),
      parts: [
        Part(label: nil, role: .general, blocks: [block], location: SourceLocation(file: "x", line: 2))
      ])
    let document = PrepDocument(metadata: Metadata(title: "Deep"), topics: [topic], sourceStem: "deep")
    let docx = try export(document)
    XCTAssertEqual(try docx.paragraphTexts().last, "core")
    let indents = try docx.xml("word/document.xml").select("//w:ind/@w:left", namespaces: ns).compactMap {
      Int($0.text)
    }
    XCTAssertLessThanOrEqual(indents.max() ?? 0, 4_620, "indentation stops growing")
  }
}

final class AnswerBoxTests: XCTestCase {
  func testAnswersThatShowNothingStillMakeAValidBox() throws {
    // An unmatched answer of only an HTML comment tag, and one ending with a table.
    let docx = try export(
      "# T\n\nx\n\n# U\n\ny\n", answers: "# Nowhere\n\n<div></div>\n\n# Elsewhere\n\n| a |\n|---|\n| 1 |\n")
    let cells = try docx.xml("word/document.xml").select(
      "//w:tbl[w:tblPr/w:tblStyle/@w:val='AnswerBox']/w:tr/w:tc", namespaces: ns)
    XCTAssertEqual(cells.count, 2)
    for cell in cells { XCTAssertEqual(cell.children.last?.name, "p") }
  }
}
