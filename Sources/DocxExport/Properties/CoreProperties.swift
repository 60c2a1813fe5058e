import ExportKit
import Foundation

/// `docProps/core.xml`: title, subject (the role line), creator (the candidate), language,
/// and the creation time from the options (so that reproducible builds stay reproducible).
enum CoreProperties {
  static func part(_ metadata: Metadata, options: ExportOptions) -> XMLWriter {
    var xml = XMLWriter(capacity: 1_024)
    xml.declaration()
    xml.markup(
      "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
    )
    xml.element("dc:title", text: metadata.title)
    if let subject = metadata.roleLine { xml.element("dc:subject", text: subject) }
    let author = metadata.candidate ?? ""
    if !author.isEmpty { xml.element("dc:creator", text: author) }
    xml.element("dc:language", text: metadata.lang.description)
    xml.element("cp:lastModifiedBy", text: author.isEmpty ? options.generator : author)
    let date = w3cdtf(options.creationDate)
    xml.raw("<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(date)</dcterms:created>")
    xml.raw("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(date)</dcterms:modified>")
    xml.markup("</cp:coreProperties>")
    return xml
  }

  /// `2026-12-08T09:30:00Z`: W3CDTF in UTC, whole seconds (proleptic Gregorian calendar,
  /// computed directly: no calendar or locale is involved).
  static func w3cdtf(_ date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = seconds - days * 86_400
    // Days since 1970-01-01 to year, month, day (Howard Hinnant's civil_from_days).
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return
      "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3_600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))Z"
  }
}
