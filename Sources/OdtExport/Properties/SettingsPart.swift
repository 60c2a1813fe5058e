import ExportKit

/// `settings.xml`. With `--review`, LibreOffice's `RecordChanges` setting is on, so that the
/// mentor's edits are tracked from the first keystroke (content.xml also says
/// `text:track-changes="true"`, the ODF way, which other applications read).
enum SettingsPart {
  static func write(_ options: ExportOptions) -> XMLWriter {
    var xml = XMLWriter(capacity: 1_024)
    xml.declaration(standalone: false)
    xml.raw("<office:document-settings")
    xml.attribute("xmlns:office", Namespaces.office)
    xml.attribute("xmlns:config", Namespaces.config)
    xml.raw(" office:version=\"1.3\"><office:settings>")
    xml.raw("<config:config-item-set config:name=\"ooo:configuration-settings\">")
    xml.raw("<config:config-item config:name=\"RecordChanges\" config:type=\"boolean\">")
    xml.raw(options.review ? "true" : "false")
    xml.raw("</config:config-item>")
    xml.raw("</config:config-item-set></office:settings></office:document-settings>")
    return xml
  }
}
