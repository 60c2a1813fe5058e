/// The top-level headings of a Markdown file, with their levels and lines: where
/// `prepexport feedback --into` places a mentor's feedback in a copy of the answers. Headings
/// inside block quotes and list items are content, as when answers are matched.
public enum MarkdownHeadings {
  public struct Heading: Sendable, Equatable {
    public var level: Int
    /// The heading's text, inline markup removed.
    public var text: String
    /// 1-based line in the file (front matter counted).
    public var line: Int
  }

  public static func read(_ input: InputFile) throws -> [Heading] {
    var warnings: [Diagnostic] = []
    let file = try ParsedFile(input, warnings: &warnings, allowEmpty: true)
    return file.blocks.compactMap { located in
      guard case .heading(let level, let inlines) = located.block else { return nil }
      return Heading(level: level, text: Inline.plainText(inlines), line: located.location.line)
    }
  }
}
