/// The named styles of Templates/odt/styles.xml that the body uses (`style:name`, with
/// `_20_` for spaces as ODF encodes display names). A reference .odt restyles them by name.
enum StyleName {
  static let title: StaticString = "Title"
  static let subtitle: StaticString = "Subtitle"
  static let roleLine: StaticString = "Role_20_line"
  static let author: StaticString = "Author"
  static let body: StaticString = "Text_20_body"
  static let label: StaticString = "Label"
  static let listParagraph: StaticString = "List_20_Paragraph"
  static let quote: StaticString = "Quotations"
  static let code: StaticString = "Preformatted_20_Text"
  static let answer: StaticString = "Answer"
  static let answerCaption: StaticString = "Answer_20_caption"
  static let answerHeading: StaticString = "Answer_20_heading"
  static let answerCode: StaticString = "Answer_20_code"
  static let mentorNotes: StaticString = "Mentor_20_notes"
  static let tableContents: StaticString = "Table_20_Contents"
  static let tableHeading: StaticString = "Table_20_Heading"
  static let horizontalLine: StaticString = "Horizontal_20_Line"
  static let contentsHeading: StaticString = "Contents_20_Heading"

  /// `Heading_20_1`…`Heading_20_6`.
  static func heading(_ level: Int) -> String { "Heading_20_\(level)" }
  /// `Contents_20_1`…`Contents_20_6`.
  static func contents(_ level: Int) -> String { "Contents_20_\(level)" }

  // Text (character) styles.
  static let strong: StaticString = "Strong_20_Emphasis"
  static let emphasis: StaticString = "Emphasis"
  static let strikethrough: StaticString = "Strikethrough"
  /// LibreOffice's own "Source Text" (it matches the display name), under the name pandoc's ODT
  /// reader takes for code (pandoc 2.17, the one here, does not know `Source_20_Text`).
  static let sourceText: StaticString = "Source_Text"
  static let link: StaticString = "Internet_20_link"
  static let visitedLink: StaticString = "Visited_20_Internet_20_Link"
  static let indexLink: StaticString = "Index_20_Link"

  // List styles.
  static let numbered: StaticString = "Numbering_20_123"
  static let bulleted: StaticString = "List_20_Bullet"

  /// Headings deeper than this use the deepest heading style (the DOCX does the same).
  static let maximumHeadingLevel = 6
}
