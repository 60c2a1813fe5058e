import ExportKit

/// `word/fontTable.xml`: the fonts the styles name, with the character set and family that
/// let Word and LibreOffice pick a close substitute when a font is not installed.
enum FontTablePart {
  struct Font: Equatable {
    var name: String
    var charset: String
    var family: String
    var fixedPitch: Bool
  }

  /// The fonts in use: Latin, East Asian, monospace (each once).
  static func fonts(_ choice: FontChoice, lang: LanguageTag) -> [Font] {
    let eastAsianCharset: String
    switch lang.language {
    case "ja": eastAsianCharset = "80"
    case "ko": eastAsianCharset = "81"
    case "zh" where lang.region == "TW" || lang.region == "HK" || lang.region == "MO": eastAsianCharset = "88"
    default: eastAsianCharset = "86"
    }
    var out: [Font] = []
    for font in [
      Font(name: choice.latin, charset: "00", family: "swiss", fixedPitch: false),
      Font(name: choice.eastAsian, charset: eastAsianCharset, family: "swiss", fixedPitch: false),
      Font(name: choice.mono, charset: "00", family: "modern", fixedPitch: true),
    ] where !out.contains(where: { $0.name == font.name }) {
      out.append(font)
    }
    return out
  }

  /// One `<w:font>` element.
  static func write(_ font: Font, into xml: inout XMLWriter) {
    xml.raw("<w:font")
    xml.attribute("w:name", font.name)
    xml.raw("><w:charset")
    xml.attribute("w:val", font.charset)
    xml.raw("/><w:family")
    xml.attribute("w:val", font.family)
    xml.raw("/><w:pitch")
    xml.attribute("w:val", font.fixedPitch ? "fixed" : "variable")
    xml.raw("/></w:font>")
  }

  static func part(_ choice: FontChoice, lang: LanguageTag) -> XMLWriter {
    var xml = XMLWriter(capacity: 1_024)
    xml.declaration()
    xml.raw("<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">")
    for font in fonts(choice, lang: lang) { write(font, into: &xml) }
    xml.raw("</w:fonts>")
    return xml
  }
}
