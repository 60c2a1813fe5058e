import ExportKit
import Foundation

/// `styles.xml`: Templates/odt/styles.xml (compiled in) with the fonts, languages, page size,
/// header title and localised footer filled in.
enum StylesPart {
  static let templatePath = "odt/styles.xml"

  static func write(_ look: OdtLook, metadata: Metadata) -> Data {
    let template = EmbeddedTemplates.text(templatePath) ?? ""
    let pages = Localized(metadata.lang).pageOfPages
    let values: [String: String] = [
      "FONT_FACES": fontFaceDeclarations(look),
      "LATIN": TemplateFiller.escaped(look.fonts.latin),
      "ASIAN": TemplateFiller.escaped(look.fonts.eastAsian),
      "MONO": TemplateFiller.escaped(look.fonts.mono),
      "LANGUAGES": look.languageAttributes,
      "PAGE_WIDTH": centimetres(look.pageWidth),
      "PAGE_HEIGHT": centimetres(look.pageHeight),
      "HEADER_TITLE": TemplateFiller.escaped(metadata.title),
      "PAGE_BEFORE": TemplateFiller.escaped(pages.before),
      "PAGE_BETWEEN": TemplateFiller.escaped(pages.between),
      "PAGE_AFTER": TemplateFiller.escaped(pages.after),
    ]
    return Data(TemplateFiller.fill(template, values))
  }

  /// `<style:font-face …/>` for each font: family names with spaces are quoted, as CSS says.
  static func fontFaceDeclarations(_ look: OdtLook) -> String {
    var xml = XMLWriter(capacity: 512)
    for face in look.fontFaces {
      xml.raw("<style:font-face style:name=\"")
      xml.attributeValue(face.name)
      xml.raw("\" svg:font-family=\"")
      xml.attributeValue(face.name.contains(" ") ? "'\(face.name)'" : face.name)
      xml.raw("\" style:font-family-generic=\"\(face.generic)\" style:font-pitch=\"\(face.pitch)\"/>")
    }
    return String(decoding: xml.bytes, as: UTF8.self)
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
