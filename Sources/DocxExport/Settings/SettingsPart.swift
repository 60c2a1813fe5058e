import ExportKit

/// `word/settings.xml`, children in the order CT_Settings requires: zoom, trackRevisions
/// (`--review`), defaultTabStop, East Asian punctuation compression, updateFields (`--toc`,
/// so that Word refreshes the table of contents on open), compatibility mode, theme font
/// languages.
enum SettingsPart {
  static func part(options: ExportOptions, lang: LanguageTag) -> XMLWriter {
    var xml = XMLWriter(capacity: 1_024)
    xml.declaration()
    xml.raw("<w:settings xmlns:w=\"\(Namespace.w)\">")
    xml.markup("<w:zoom w:percent=\"100\"/>")
    if options.review { xml.markup("<w:trackRevisions/>") }
    xml.markup("<w:defaultTabStop w:val=\"420\"/>")
    if lang.isCJK { xml.markup("<w:characterSpacingControl w:val=\"compressPunctuation\"/>") }
    if options.tableOfContents { xml.markup("<w:updateFields w:val=\"true\"/>") }
    xml.markup(
      "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
    )
    xml.markup("<w:themeFontLang w:val=\"")
    xml.attributeValue(DocumentLanguage.latin(lang))
    xml.markup("\" w:eastAsia=\"")
    xml.attributeValue(DocumentLanguage.eastAsian(lang))
    xml.markup("\"/>")
    xml.markup("<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>")
    xml.markup("</w:settings>")
    return xml
  }
}
