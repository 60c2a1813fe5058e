/// Why input could not be read. Each case carries where, so the CLI can print
/// `prepexport: error: FILE:LINE:COL: message`.
public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
  case missingFile(String)
  case isDirectory(String)
  case unreadable(String, reason: String)
  case invalidUTF8(SourceLocation, byteOffset: Int, byte: UInt8)
  case empty(String)
  case onlyFrontMatter(String)
  case frontMatter(SourceLocation, String)
  case unmatchedAnswers([UnmatchedAnswer])

  public var description: String {
    switch self {
    case .missingFile(let f): return "\(f): no such file"
    case .isDirectory(let f): return "\(f): is a directory, not a Markdown file"
    case .unreadable(let f, let reason): return "\(f): cannot read: \(reason)"
    case .invalidUTF8(let loc, let offset, let byte):
      return
        "\(loc): invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)) at byte offset \(offset)); save the file as UTF-8"
    case .empty(let f): return "\(f): the file is empty: nothing to export"
    case .onlyFrontMatter(let f): return "\(f): the file holds only front matter: nothing to export"
    case .frontMatter(let loc, let message): return "\(loc): broken front matter: \(message)"
    case .unmatchedAnswers(let list):
      return list.map { u in
        "\(u.location): answer heading \"\(u.headingText)\" matches no topic (--strict)"
          + (u.suggestions.isEmpty
            ? "" : "; did you mean \(u.suggestions.map { "\"\($0)\"" }.joined(separator: " or "))?")
      }.joined(separator: "\n")
    }
  }
}
