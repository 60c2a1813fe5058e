import PrepModel

/// The style of a paragraph, decided once by the walk for every format: each renderer maps it
/// to a style of its own (DOCX "Heading 1", ODT "Heading_20_1"…), so that the same content
/// takes the same role in every format.
public enum ParagraphStyle: Sendable, Hashable {
  case title, subtitle, roleLine, author
  /// A topic's heading (1…6), or the appendix's and its answers'.
  case heading(Int)
  /// A part's label, as the user wrote it.
  case label
  case body
  /// A list item's paragraphs (the first one carries the number).
  case listParagraph
  case quote
  case code
  /// A heading inside a block quote or a list item of the prep material.
  case subheading
  case answerCaption
  case answer
  case answerCode
  case answerHeading
  case tableHeading
  case tableText
  case horizontalRule
  case mentorNotesCaption
  case mentorNotes
  /// An empty paragraph that only keeps two tables apart, or ends a box or the document after
  /// a table: as small as it can be, so that it never pushes a page.
  case spacer
}

/// Where a paragraph stands and what it carries.
public struct Paragraph: Sendable {
  public var style: ParagraphStyle
  /// How many lists enclose it (its item's list counts).
  public var listDepth = 0
  /// How many block quotes enclose it.
  public var quoteDepth = 0
  /// Inside the user's answer.
  public var inAnswer = false
  /// The first paragraph of a list item: it shows the item's number or bullet.
  public var numbered = false
  /// A bookmark around the paragraph's text (headings): links and contents entries go there.
  public var bookmark: String?
  /// Table cells: the column's alignment.
  public var alignment: Table.Alignment = .none
  /// Kept on the page of the paragraph after it.
  public var keepWithNext = false

  public init(_ style: ParagraphStyle) { self.style = style }
}

/// A list as it starts.
public struct ListStart: Sendable {
  public var ordered: Bool
  /// The first item's number (ordered lists).
  public var start: Int
  /// How many lists enclose this one (0 for a top-level list).
  public var depth: Int
  /// A number unique to this list in the document (for list ids and numbering instances).
  public var serial: Int
}

/// A list item as it starts.
public struct ItemStart: Sendable {
  /// The number shown for it (ordered lists).
  public var number: Int
  public var task: ListItem.Task?
}

/// A table as it starts.
public struct TableStart: Sendable {
  /// One weight per column: each column's share of the width follows the widest text in it.
  public var columnWeights: [Int]
  public var alignments: [Table.Alignment]
  public var listDepth: Int
  public var quoteDepth: Int
  public var inAnswer: Bool
  /// A number unique to this table in the document.
  public var serial: Int
}

/// Character formatting.
public enum SpanStyle: Sendable, Hashable {
  case strong, emphasis, strikethrough, code
}

/// Where a link goes.
public enum LinkTarget: Sendable, Equatable {
  /// Another place, by URL as the user wrote it.
  case external(url: Substring, title: Substring)
  /// A heading of this document, by bookmark.
  case bookmark(String)
}

/// The contents: its title and an entry per heading it lists.
public struct TableOfContents: Sendable {
  public struct Entry: Sendable {
    /// 1…3.
    public var level: Int
    public var text: String
    public var bookmark: String
  }
  public var title: String
  public var entries: [Entry]
}
