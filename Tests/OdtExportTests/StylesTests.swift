import ExportKit
import Foundation
import OdtExport
import TestSupport
import XCTest

/// styles.xml: named styles a reference document can restyle, languages, fonts, page.
final class StylesTests: XCTestCase {
  func testNamedParagraphStylesHaveDisplayNames() throws {
    let odt = try export("# A\n\nText.\n")
    let styles = try odt.select(
      "styles.xml", "/office:document-styles/office:styles/style:style[@style:family='paragraph']")
    var display: [String: String] = [:]
    for style in styles {
      let name = try XCTUnwrap(style.attribute("name", namespace: styleNamespace))
      display[name] = style.attribute("display-name", namespace: styleNamespace) ?? name
    }
    let expected = [
      "Title": "Title", "Subtitle": "Subtitle", "Label": "Label", "Answer": "Answer",
      "Answer_20_caption": "Answer caption",
      "Quotations": "Quotations", "Preformatted_20_Text": "Preformatted Text", "Table_20_Heading": "Table Heading",
      "Table_20_Contents": "Table Contents", "Mentor_20_notes": "Mentor notes", "Heading_20_1": "Heading 1",
      "Heading_20_6": "Heading 6", "Text_20_body": "Text body", "List_20_Paragraph": "List Paragraph",
      "Horizontal_20_Line": "Horizontal Line", "Header": "Header", "Footer": "Footer",
    ]
    for (name, shown) in expected { XCTAssertEqual(display[name], shown, name) }
    let label = try XCTUnwrap(styles.first { $0.attribute("name", namespace: styleNamespace) == "Label" })
    XCTAssertTrue(label.xml.contains("fo:keep-with-next=\"always\""))
    XCTAssertTrue(label.xml.contains("fo:font-weight=\"bold\""))
    let h3 = try XCTUnwrap(styles.first { $0.attribute("name", namespace: styleNamespace) == "Heading_20_3" })
    XCTAssertEqual(h3.attribute("default-outline-level", namespace: styleNamespace), "3")
    let code = try XCTUnwrap(styles.first { $0.attribute("name", namespace: styleNamespace) == "Preformatted_20_Text" })
    XCTAssertTrue(code.xml.contains("style:font-name=\"Consolas\""))
  }

  func testEveryStyleTheBodyUsesIsDefined() throws {
    let odt = try export(
      try example("prep-en.md"), answers: try example("answers-en.md"),
      options: ExportOptions(tableOfContents: true, review: true, creationDate: fixedDate))
    var defined = Set<String>()
    for part in ["styles.xml", "content.xml"] {
      for node in try odt.select(part, "//style:style | //text:list-style") {
        defined.insert(try XCTUnwrap(node.attribute("name", namespace: styleNamespace)))
      }
    }
    let used = try odt.select("content.xml", "//office:text//@text:style-name | //office:text//@table:style-name")
    XCTAssertFalse(used.isEmpty)
    for attribute in used { XCTAssertTrue(defined.contains(attribute.text), "undefined style \(attribute.text)") }
  }

  func testListStylesAreNamedCommonStyles() throws {
    let odt = try export("# A\n\n1. one\n2. two\n\n- x\n- y\n")
    let common = try odt.select("styles.xml", "/office:document-styles/office:styles/text:list-style")
    let names = common.compactMap { $0.attribute("name", namespace: styleNamespace) }
    XCTAssertEqual(Set(names), ["Numbering_20_123", "List_20_Bullet"])
    XCTAssertEqual(
      common.map { $0.attribute("display-name", namespace: styleNamespace) }, ["Numbering 123", "List Bullet"])
    for style in common { XCTAssertEqual(style.children.count, 10, "ten levels") }
    XCTAssertTrue(try odt.select("content.xml", "//office:automatic-styles/text:list-style").isEmpty)
    XCTAssertEqual(try odt.select("content.xml", "//text:list[@text:style-name='Numbering_20_123']").count, 1)
    XCTAssertEqual(try odt.select("content.xml", "//text:list[@text:style-name='List_20_Bullet']").count, 1)
  }

  private func defaultTextProperties(_ odt: Odt) throws -> SafeXMLNode {
    try XCTUnwrap(
      try odt.select("styles.xml", "//style:default-style[@style:family='paragraph']/style:text-properties").first)
  }

  func testChineseDocumentTagsEastAsianTextAndFonts() throws {
    let odt = try export("---\nlang: zh-CN\n---\n\n# 标题\n\n中文。\n")
    let properties = try defaultTextProperties(odt)
    XCTAssertEqual(properties.attribute("language-asian", namespace: styleNamespace), "zh")
    XCTAssertEqual(properties.attribute("country-asian", namespace: styleNamespace), "CN")
    XCTAssertEqual(properties.attribute("language", namespace: foNamespace), "en")
    XCTAssertEqual(properties.attribute("country", namespace: foNamespace), "US")
    XCTAssertEqual(properties.attribute("font-name-asian", namespace: styleNamespace), "Microsoft YaHei")
    XCTAssertEqual(properties.attribute("font-name", namespace: styleNamespace), "Calibri")
    XCTAssertEqual(properties.attribute("font-name-complex", namespace: styleNamespace), "Calibri")
    let faces = try odt.select("styles.xml", "//office:font-face-decls/style:font-face")
    let declared = faces.compactMap { $0.attribute("name", namespace: styleNamespace) }
    XCTAssertEqual(declared, ["Calibri", "Microsoft YaHei", "Consolas"])
    XCTAssertEqual(faces[1].attribute("font-family", namespace: ns["svg"]), "'Microsoft YaHei'")
  }

  func testJapaneseAndEnglishLanguages() throws {
    let ja = try defaultTextProperties(try export("# 見出し\n\nひらがな。\n"))
    XCTAssertEqual(ja.attribute("language-asian", namespace: styleNamespace), "ja")
    XCTAssertEqual(ja.attribute("country-asian", namespace: styleNamespace), "JP")
    XCTAssertEqual(ja.attribute("font-name-asian", namespace: styleNamespace), "Yu Gothic")
    let en = try defaultTextProperties(try export("---\nlang: en-GB\n---\n\n# Head\n\nText.\n"))
    XCTAssertEqual(en.attribute("language", namespace: foNamespace), "en")
    XCTAssertEqual(en.attribute("country", namespace: foNamespace), "GB")
  }

  func testFontsFromFrontMatterAndCJKFontOption() throws {
    let markdown = "---\nfonts:\n  latin: Georgia\n  cjk: Noto Serif CJK SC\n  mono: Fira Code\n---\n\n# 标题\n\n中文\n"
    let odt = try export(markdown)
    let properties = try defaultTextProperties(odt)
    XCTAssertEqual(properties.attribute("font-name", namespace: styleNamespace), "Georgia")
    XCTAssertEqual(properties.attribute("font-name-asian", namespace: styleNamespace), "Noto Serif CJK SC")
    XCTAssertTrue(
      try odt.select(
        "styles.xml",
        "//style:style[@style:name='Preformatted_20_Text']/style:text-properties[@style:font-name='Fira Code']"
      ).count == 1)
    let overridden = try defaultTextProperties(try export(markdown, cjkFont: "Source Han Sans"))
    XCTAssertEqual(overridden.attribute("font-name-asian", namespace: styleNamespace), "Source Han Sans")
  }

  func testPageIsA4OrLetterByLanguage() throws {
    func page(_ markdown: String) throws -> (String?, String?) {
      let layout = try XCTUnwrap(
        try export(markdown).select("styles.xml", "//style:page-layout/style:page-layout-properties").first)
      return (
        layout.attribute("page-width", namespace: foNamespace), layout.attribute("page-height", namespace: foNamespace)
      )
    }
    let a4 = try page("---\nlang: zh-CN\n---\n\n# A\n")
    XCTAssertEqual(a4.0, "21cm")
    XCTAssertEqual(a4.1, "29.7cm")
    let letter = try page("---\nlang: en-US\n---\n\n# A\n")
    XCTAssertEqual(letter.0, "21.59cm")
    XCTAssertEqual(letter.1, "27.94cm")
    let canada = try page("---\nlang: en-CA\n---\n\n# A\n")
    XCTAssertEqual(canada.0, "21.59cm")
    let britain = try page("---\nlang: en-GB\n---\n\n# A\n")
    XCTAssertEqual(britain.0, "21cm")
  }

  func testHeaderHasTheTitleAndFooterPageNOfM() throws {
    let zh = try export("---\ntitle: 面试 <准备> & 复习\nlang: zh-CN\n---\n\n# A\n")
    let header = try XCTUnwrap(
      try zh.select("styles.xml", "//style:master-page[@style:name='Standard']/style:header/text:p").first)
    XCTAssertEqual(Odt.text(of: header), "面试 <准备> & 复习")
    let footer = try XCTUnwrap(try zh.select("styles.xml", "//style:master-page/style:footer/text:p").first)
    XCTAssertEqual(
      try zh.select("styles.xml", "//style:footer//text:page-number[@text:select-page='current']").count, 1)
    XCTAssertEqual(try zh.select("styles.xml", "//style:footer//text:page-count").count, 1)
    XCTAssertEqual(Odt.text(of: footer), "第 1 页，共 1 页")
    let en = try export("---\ntitle: Prep\nlang: en-US\n---\n\n# A\n")
    let enFooter = try XCTUnwrap(try en.select("styles.xml", "//style:master-page/style:footer/text:p").first)
    XCTAssertEqual(Odt.text(of: enFooter), "Page 1 of 1")
  }
}
