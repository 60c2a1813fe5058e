import PrepModel
import XCTest

final class MarkdownTests: XCTestCase {
  private func blocks(_ md: String) throws -> [Block] {
    try document("# A\n\n# T\n\n" + md).topics[1].parts.flatMap(\.blocks)
  }

  func testEveryInlineKind() throws {
    let b = try blocks(
      "**b** *i* ~~s~~ `c` [l](https://x.org \"t\") https://auto.link <em>h</em> ![alt](p.png)\\\nnext\nsoft\n")
    XCTAssertEqual(
      b,
      [
        .paragraph([
          .strong([.text("b")]), .text(" "), .emphasis([.text("i")]), .text(" "), .strikethrough([.text("s")]),
          .text(" "),
          .code("c"), .text(" "), .link(url: "https://x.org", title: "t", children: [.text("l")]), .text(" "),
          .link(url: "https://auto.link", title: "", children: [.text("https://auto.link")]), .text(" "), .html("<em>"),
          .text("h"), .html("</em>"), .text(" "), .image(url: "p.png", title: "", alt: [.text("alt")]), .hardBreak,
          .text("next"), .softBreak, .text("soft"),
        ])
      ])
  }

  func testEveryBlockKind() throws {
    let md = """
      5. five
      6. six

      - [x] done
      - [ ] open

      > quote

      ```swift
      let x = 1
      ```

      | a | b |
      |:--|--:|
      | 1 | 2 |

      ---

      <div>raw</div>
      """
    let b = try blocks(md)
    XCTAssertEqual(b.count, 7)
    guard case .list(let ordered) = b[0], case .list(let tasks) = b[1] else { return XCTFail() }
    XCTAssertEqual([ordered.ordered, tasks.ordered], [true, false])
    XCTAssertEqual(ordered.start, 5)
    XCTAssertEqual(tasks.items.map(\.task), [.done, .open])
    XCTAssertEqual(b[2], .blockQuote([.paragraph([.text("quote")])]))
    XCTAssertEqual(b[3], .codeBlock(info: "swift", text: "let x = 1"))
    guard case .table(let table) = b[4] else { return XCTFail("no table") }
    XCTAssertEqual(table.alignments, [.left, .right])
    XCTAssertEqual(table.header.map(\.plainText), ["a", "b"])
    XCTAssertEqual(table.rows.map { $0.map(\.plainText) }, [["1", "2"]])
    XCTAssertEqual(b[5], .thematicBreak)
    XCTAssertEqual(b[6], .html("<div>raw</div>"))
  }

  func testSoftBreaksBetweenWideCharactersJoinWithoutSpace() throws {
    guard case .paragraph(let inlines) = try blocks("中文换行\n继续 text\nmore\n")[0] else { return XCTFail() }
    XCTAssertEqual(Inline.plainText(inlines), "中文换行继续 text more")
    XCTAssertEqual(SoftBreak.joiner(after: "字", before: "a"), " ")
  }
}
