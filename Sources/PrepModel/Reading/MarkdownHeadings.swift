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
    var builder = ContentBuilder()
    let file = try ParsedFile(input, index: 0, into: &builder, warnings: &warnings, allowEmpty: true)
    let store = builder.finish()
    return file.blocks.compactMap { located in
      let node = store.nodes[Int(located.node)]
      guard node.kind == .heading else { return nil }
      return Heading(
        level: Int(node.flags), text: Inlines(store, children: located.node).plainText, line: Int(located.line))
    }
  }
}
