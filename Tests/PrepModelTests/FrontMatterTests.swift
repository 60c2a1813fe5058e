import PrepModel
import XCTest

final class FrontMatterTests: XCTestCase {
  func testKnownKeysFontsAndCustomKeysInOrder() throws {
    let md = """
      ---
      title: 面试准备
      subtitle: 二面
      candidate: 李明
      role: 工程师
      company: 示例
      date: 2026-12-08
      mentor: 王
      lang: ja-JP
      fonts:
        latin: Georgia
        cjk: Noto Serif CJK JP
        mono: Iosevka
      interviewer: 张
      rounds: [1, 2]
      ---
      # T
      """
    let m = try document(md).metadata
    XCTAssertEqual(m.title, "面试准备")
    XCTAssertEqual(
      [m.subtitle, m.candidate, m.role, m.company, m.date, m.mentor], ["二面", "李明", "工程师", "示例", "2026-12-08", "王"])
    XCTAssertEqual(m.lang, .japanese)
    XCTAssertTrue(m.langIsExplicit)
    XCTAssertEqual(m.fonts, Fonts(latin: "Georgia", cjk: "Noto Serif CJK JP", mono: "Iosevka"))
    XCTAssertEqual(m.custom.map(\.key), ["interviewer", "rounds"])
    XCTAssertEqual(m.custom.map(\.value), ["张", "1, 2"])
    XCTAssertEqual(m.roleLine, "工程师 · 示例 · 2026-12-08")
  }

  func testLanguageIsDetectedFromTheText() throws {
    XCTAssertEqual(try document("# 面接の準備\n\nこれは日本語です\n").metadata.lang, .japanese)
    XCTAssertEqual(try document("# 면접 준비\n\n안녕하세요\n").metadata.lang, .korean)
    XCTAssertEqual(try document("# 面试准备\n\n中文\n").metadata.lang, .chinese)
    XCTAssertEqual(try document("# Prep\n\nEnglish\n").metadata.lang, .english)
    XCTAssertFalse(try document("# Prep\n").metadata.langIsExplicit)
  }

  func testLangOptionAndCJKFontOptionWin() throws {
    let r = try read(
      "---\nlang: en-US\nfonts:\n  cjk: A\n---\n# T\n",
      options: ReadOptions(lang: LanguageTag(parsing: "zh-TW"), cjkFont: "B"))
    XCTAssertEqual(r.document.metadata.lang.description, "zh-TW")
    XCTAssertEqual(r.document.metadata.fonts.cjk, "B")
  }

  func testSeveralInputsMergeFrontMatterLaterKeysWin() throws {
    let a = InputFile(name: "a.md", bytes: Array("---\ntitle: A\ncandidate: X\n---\n# One\n".utf8))
    let b = InputFile(name: "b.md", bytes: Array("---\ncandidate: Y\n---\n# One\n".utf8))
    let doc = try PrepReader.read([a, b]).document
    XCTAssertEqual(doc.metadata.title, "A")
    XCTAssertEqual(doc.metadata.candidate, "Y")
    XCTAssertEqual(doc.topics.map(\.id), ["one", "one-2"])
    XCTAssertEqual(doc.topics.map(\.location.file), ["a.md", "b.md"])
  }

  func testBadDateAndLangWarnButAreKept() throws {
    let r = try read("---\ndate: next week\nlang: 日本\n---\n# T\n")
    XCTAssertEqual(r.document.metadata.date, "next week")
    XCTAssertEqual(
      r.warnings.map(\.description),
      [
        "prep.md:2: date \"next week\" is not YYYY-MM-DD; it is shown as written",
        "prep.md:3: lang \"日本\" is not a language tag such as zh-CN; detecting the language instead",
      ].map {
        $0.replacingOccurrences(of: "prep.md:2:", with: "prep.md:2:1:").replacingOccurrences(
          of: "prep.md:3:", with: "prep.md:3:1:")
      })
  }

  func testALeadingRuleWithoutClosingLineIsMarkdown() throws {
    let doc = try document("---\n\n# T\n\ntext\n")
    XCTAssertEqual(doc.preamble, [.thematicBreak, .paragraph([.text("text")])])
    XCTAssertEqual(doc.metadata.title, "T")
  }
}

final class CustomPropertiesTests: XCTestCase {
  func testKnownKeysWithoutCorePropertyThenUnknownKeysEachOnce() throws {
    let m = try document("---\nrole: R\nmentor: M\nlang: ja-JP\nzeta: 1\nRole: dup\n---\n# A\n# B\n").metadata
    XCTAssertEqual(m.customProperties.map(\.name), ["role", "mentor", "lang", "zeta"])
    XCTAssertEqual(m.customProperties.map(\.value), ["R", "M", "ja-JP", "1"])
  }
}
