import ExportKit
import Foundation

/// `word/styles.xml` from Templates/docx/styles.xml, its placeholders filled with the fonts,
/// languages and sizes of this document.
enum StylesPart {
  /// The placeholder values for the styles template.
  static func values(fonts: FontChoice, lang: LanguageTag) -> [String: XMLTemplate.Value] {
    [
      "latin": .text(fonts.latin), "eastAsia": .text(fonts.eastAsian), "mono": .text(fonts.mono),
      "lang": .text(DocumentLanguage.latin(lang)), "eastAsiaLang": .text(DocumentLanguage.eastAsian(lang)),
      // 10.5 pt (Chinese 五号, the Japanese default) for CJK documents, 11 pt otherwise.
      "size": .text(lang.isCJK ? "21" : "22"),
      "codeSize": .text(lang.isCJK ? "18" : "19"),
      // CJK text is justified, as CJK documents are; Latin text ragged right (no hyphenation).
      "bodyJc": .text(lang.isCJK ? "both" : "left"),
    ]
  }

  static func part(fonts: FontChoice, lang: LanguageTag) throws -> XMLWriter {
    var xml = XMLWriter(capacity: 24_576)
    try DocxTemplates.styles.get().write(into: &xml, values(fonts: fonts, lang: lang))
    return xml
  }

  /// Our styles as a tree, to merge with a reference document's.
  static func tree(fonts: FontChoice, lang: LanguageTag) throws -> XMLCopier.Element {
    let xml = try part(fonts: fonts, lang: lang)
    let document = try SafeXMLDocument(Data(xml.bytes), name: "docx/styles.xml")
    var copier = XMLCopier(prefixes: WordSchema.prefixes)
    guard let root = document.root, let tree = copier.element(root) else {
      throw ExportError.packaging("template docx/styles.xml has no root element")
    }
    return tree
  }
}
