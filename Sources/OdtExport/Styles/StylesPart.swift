import ExportKit
import Foundation

/// `styles.xml`: Templates/odt/styles.xml (compiled in) with the fonts, languages, page size,
/// header title and localised footer filled in.
enum StylesPart {
  static func write(_ look: OdtLook, metadata: Metadata) throws -> Data {
    let pages = Localized(metadata.lang).pageOfPages
    var xml = XMLWriter(capacity: 32_768)
    try OdtTemplates.styles.get().write(
      into: &xml,
      [
        "FONT_FACES": .markup(fontFaceDeclarations(look)),
        "LATIN": .text(look.fonts.latin),
        "ASIAN": .text(look.fonts.eastAsian),
        "MONO": .text(look.fonts.mono),
        "LANGUAGES": .markup(look.languageAttributes),
        "PAGE_WIDTH": .text(centimetres(look.pageWidth)),
        "PAGE_HEIGHT": .text(centimetres(look.pageHeight)),
        "HEADER_TITLE": .text(metadata.title),
        "PAGE_BEFORE": .text(pages.before),
        "PAGE_BETWEEN": .text(pages.between),
        "PAGE_AFTER": .text(pages.after),
      ])
    return Data(xml.bytes)
  }

  /// `<style:font-face …/>` for each font: family names with spaces are quoted, as CSS says.
  static func fontFaceDeclarations(_ look: OdtLook) -> XMLFragment {
    XMLFragment(capacity: 512) { xml in
      for face in look.fontFaces {
        xml.raw("<style:font-face")
        xml.attribute("style:name", face.name)
        xml.attribute("svg:font-family", face.name.contains(" ") ? "'\(face.name)'" : face.name)
        xml.attribute("style:font-family-generic", face.generic)
        xml.attribute("style:font-pitch", face.pitch)
        xml.raw("/>")
      }
    }
  }

  /// `21cm`, `21.59cm`.
  static func centimetres(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let whole = hundredths / 100
    let fraction = hundredths % 100
    if fraction == 0 { return "\(whole)cm" }
    return fraction % 10 == 0 ? "\(whole).\(fraction / 10)cm" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)cm"
  }
}
