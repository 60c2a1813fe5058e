import PrepModel
import XCTest

final class PartTests: XCTestCase {
  func testLabelsOpenPartsWithRolesInChineseJapaneseAndEnglish() throws {
    let md = """
      # Prep

      ## T

      intro text

      原则：

      - a

      **一个示例的话术（ai生成）**：

      sample

      **总结一下话术**：

      1. one

      *まとめ*

      x

      **Tips:**

      y

      Outline:

      ```text
      a
      ```

      **Something else**

      z
      """
    let t = try topic(try document(md), "T")
    XCTAssertEqual(
      t.parts.map(\.labelText), [nil, "原则", "一个示例的话术（ai生成）", "总结一下话术", "まとめ", "Tips", "Outline", "Something else"])
    XCTAssertEqual(
      t.parts.map(\.role),
      [.general, .guidance, .sampleAnswer, .keyPoints, .keyPoints, .guidance, .keyPoints, .general])
    XCTAssertEqual(t.parts[1].blocks.count, 1)
  }

  func testAPlainParagraphEndingWithAColonIsALabelOnlyWhenShortAndFollowed() throws {
    let long = "This sentence is much longer than forty display columns and ends with a colon:"
    let t = try topic(try document("# Prep\n\n## T\n\n\(long)\n\n- item\n\nNot followed:\n"), "T")
    XCTAssertEqual(t.parts.map(\.labelText), [nil])
    XCTAssertEqual(t.parts[0].blocks.count, 3)
  }

  func testWideCharactersCountTwiceTowardsTheFortyColumnLimit() throws {
    // 21 Han characters and a colon: 44 columns, not a label; 19: 40 columns, a label.
    let tooWide = String(repeating: "字", count: 21) + "："
    let fits = String(repeating: "字", count: 19) + "："
    let t = try topic(try document("# Prep\n\n## T\n\n\(tooWide)\n\nx\n\n\(fits)\n\ny\n"), "T")
    XCTAssertEqual(t.parts.map(\.labelText), [nil, String(repeating: "字", count: 19)])
  }

  func testRoleTableIsCheckedInOrder() {
    XCTAssertEqual(PartRole.forLabel("总结一下话术"), .keyPoints)
    XCTAssertEqual(PartRole.forLabel("面试技巧"), .guidance)
    XCTAssertEqual(PartRole.forLabel("Sample Answer"), .sampleAnswer)
    XCTAssertEqual(PartRole.forLabel("Key Points"), .keyPoints)
    XCTAssertEqual(PartRole.forLabel("背景"), .general)
  }
}
