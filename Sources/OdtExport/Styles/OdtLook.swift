import ExportKit

/// What the document's metadata decides about its look: fonts, languages and page size.
struct OdtLook {
  let fonts: FontChoice
  let lang: LanguageTag
  /// The fonts the user named (front matter `fonts`, `--cjk-font`), which win over a
  /// reference document's.
  let explicitFonts: Fonts
  /// Page width and height in centimetres: A4, or Letter for en-US and en-CA.
  let pageWidth: Double
  let pageHeight: Double
  /// Left and right page margins (Templates/odt/styles.xml), for the width of tables.
  static let sideMargin = 2.2

  init(_ metadata: Metadata) {
    fonts = FontChoice(metadata)
    lang = metadata.lang
    explicitFonts = metadata.fonts
    (pageWidth, pageHeight) = metadata.lang.usesLetterPaper ? (21.59, 27.94) : (21.0, 29.7)
  }

  /// The width of the text column.
  var textWidth: Double { pageWidth - 2 * OdtLook.sideMargin }

  /// Latin text is tagged with the document's language, or en-US in a CJK document (where
  /// Latin runs are mostly English terms); East Asian text with the document's language
  /// when it is CJK, else zh-CN. The same choice as the DOCX.
  var latinLanguage: LanguageTag { lang.isCJK ? .english : lang }
  var eastAsianLanguage: LanguageTag { lang.isCJK ? lang : .chinese }

  /// The languages as attributes of text properties: `fo:language`, `fo:country` (when the
  /// tag has a region) and their `-asian` counterparts, as (name, value).
  var languages: [(name: String, value: String)] {
    var out = [("fo:language", latinLanguage.language)]
    if let region = latinLanguage.region { out.append(("fo:country", region)) }
    out.append(("style:language-asian", eastAsianLanguage.language))
    if let region = eastAsianLanguage.region { out.append(("style:country-asian", region)) }
    return out
  }

  /// ` fo:language="en" fo:country="US" style:language-asian="zh" style:country-asian="CN"`.
  var languageAttributes: XMLFragment {
    XMLFragment { xml in
      xml.attribute("fo:language", latinLanguage.language)
      if let region = latinLanguage.region { xml.attribute("fo:country", region) }
      xml.attribute("style:language-asian", eastAsianLanguage.language)
      if let region = eastAsianLanguage.region { xml.attribute("style:country-asian", region) }
    }
  }

  /// The default style's font attributes for the fonts the user named.
  var explicitFontAttributes: [(name: String, value: String)] {
    var out: [(String, String)] = []
    if let latin = explicitFonts.latin {
      out += [("style:font-name", latin), ("style:font-name-complex", latin)]
    }
    if let cjk = explicitFonts.cjk { out.append(("style:font-name-asian", cjk)) }
    return out
  }

  /// The font faces: each distinct font once, with its generic family and pitch.
  var fontFaces: [(name: String, generic: String, pitch: String)] {
    var out: [(String, String, String)] = []
    for (name, generic, pitch) in [
      (fonts.latin, "swiss", "variable"), (fonts.eastAsian, "system", "variable"), (fonts.mono, "modern", "fixed"),
    ] where !out.contains(where: { $0.0 == name }) {
      out.append((name, generic, pitch))
    }
    return out
  }
}
