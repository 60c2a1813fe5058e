/// What a file given as Markdown really is, told from its first bytes, so that a Word
/// document or a PDF gets one line saying what to run instead of "invalid UTF-8".
enum InputKind: Equatable {
  case docx, odt, otherOpenDocument, otherOffice, zip
  case pdf, legacyOffice, rtf
  case utf16, utf32
  case image(String)
  case archive(String)
  case executable, database
  /// Mostly control bytes: not text.
  case binary

  /// The kind of `bytes`, or nil for what may be text (Markdown, or a text file with a few
  /// stray control characters, which the reader reports itself).
  static func sniff(_ bytes: [UInt8]) -> InputKind? {
    func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
      bytes.count >= offset + magic.count && Array(bytes[offset..<offset + magic.count]) == magic
    }
    func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }
    if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return zipKind(bytes) }
    if starts(ascii("%PDF-")) { return .pdf }
    if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .legacyOffice }
    if starts(ascii("{\\rtf")) { return .rtf }
    if starts([0xFF, 0xFE, 0x00, 0x00]) || starts([0x00, 0x00, 0xFE, 0xFF]) { return .utf32 }
    if starts([0xFF, 0xFE]) || starts([0xFE, 0xFF]) { return .utf16 }
    if starts([0x89]) && starts(ascii("PNG"), at: 1) { return .image("PNG") }
    if starts([0xFF, 0xD8, 0xFF]) { return .image("JPEG") }
    if starts(ascii("GIF8")) { return .image("GIF") }
    if starts(ascii("RIFF")) && starts(ascii("WEBP"), at: 8) { return .image("WebP") }
    if starts(ascii("ftypheic"), at: 4) || starts(ascii("ftypheix"), at: 4) { return .image("HEIC") }
    if starts([0x1F, 0x8B]) { return .archive("gzip") }
    if starts(ascii("BZh")) && bytes.count > 3 && (0x31...0x39).contains(bytes[3]) { return .archive("bzip2") }
    if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .archive("xz") }
    if starts([0x28, 0xB5, 0x2F, 0xFD]) { return .archive("zstd") }
    if starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return .archive("7z") }
    if starts(ascii("Rar!")) { return .archive("RAR") }
    if starts(ascii("ustar"), at: 257) { return .archive("tar") }
    if starts([0x7F]) && starts(ascii("ELF"), at: 1) { return .executable }
    if starts(ascii("SQLite format 3")) && starts([0], at: 15) { return .database }
    return mostlyControlBytes(bytes) ? .binary : nil
  }

  /// A ZIP: an OpenDocument names its type in the first entry (`mimetype`), an Office Open XML
  /// package names its main part (`word/`, `xl/`, `ppt/`) among its entries.
  private static func zipKind(_ bytes: [UInt8]) -> InputKind {
    let head = String(decoding: bytes.prefix(200), as: UTF8.self)
    if head.contains("mimetypeapplication/vnd.oasis.opendocument.text") { return .odt }
    if head.contains("mimetypeapplication/vnd.oasis.opendocument") { return .otherOpenDocument }
    if contains(bytes, "word/") { return .docx }
    if contains(bytes, "xl/") || contains(bytes, "ppt/") { return .otherOffice }
    return .zip
  }

  private static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
    let needle = Array(text.utf8)
    guard bytes.count >= needle.count else { return false }
    for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
      if bytes[start..<start + needle.count].elementsEqual(needle) { return true }
    }
    return false
  }

  /// More than a tenth of the first 4 KB (and at least 8 bytes) are control bytes no text file
  /// holds: NUL and the C0 controls other than tab, line feed, form feed, carriage return and
  /// escape. A Markdown file with a few stray controls is left to the reader, which names them.
  private static func mostlyControlBytes(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(4096)
    let controls = sample.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B].contains($0) }.count
    return controls >= 8 && controls * 10 > sample.count
  }

  /// "a Word document (DOCX)".
  var name: String {
    switch self {
    case .docx: return "a Word document (DOCX)"
    case .odt: return "an OpenDocument text (ODT)"
    case .otherOpenDocument: return "an OpenDocument file (a spreadsheet or presentation)"
    case .otherOffice: return "an Excel or PowerPoint file"
    case .zip: return "a ZIP archive"
    case .pdf: return "a PDF"
    case .legacyOffice: return "an old Office document (Word 97–2003 .doc or similar)"
    case .rtf: return "an RTF document"
    case .utf16: return "UTF-16 text"
    case .utf32: return "UTF-32 text"
    case .image(let format): return "a \(format) image"
    case .archive(let format): return "a \(format) archive"
    case .executable: return "a program"
    case .database: return "an SQLite database"
    case .binary: return "a binary file"
    }
  }
}
