import ExportKit

/// `word/settings.xml`, children in the order CT_Settings requires: zoom, trackRevisions
/// (`--review`), defaultTabStop, East Asian punctuation compression, updateFields (`--toc`,
/// so that Word refreshes the table of contents on open), compatibility mode, theme font
/// languages. In the compatibility settings, a justified line that ends with a hard break is
/// not stretched (CJK text is justified; Word's own default does the same, LibreOffice reads it).
enum SettingsPart {
  static func part(options: ExportOptions, lang: LanguageTag) -> XMLWriter {
    var xml = XMLWriter(capacity: 1_024)
    xml.declaration()
    xml.raw("<w:settings")
    xml.attribute("xmlns:w", Namespace.w)
    xml.raw(">")
    xml.raw("<w:zoom w:percent=\"100\"/>")
    if options.review { xml.raw("<w:trackRevisions/>") }
    xml.raw("<w:defaultTabStop w:val=\"420\"/>")
    if lang.isCJK { xml.raw("<w:characterSpacingControl w:val=\"compressPunctuation\"/>") }
    if options.tableOfContents { xml.raw("<w:updateFields w:val=\"true\"/>") }
    xml.raw(
      "<w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
    )
    xml.raw("<w:themeFontLang")
    xml.attribute("w:val", DocumentLanguage.latin(lang))
    xml.attribute("w:eastAsia", DocumentLanguage.eastAsian(lang))
    xml.raw("/>")
    xml.raw("<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>")
    xml.raw("</w:settings>")
    return xml
  }
}
