import PrepModel

/// What a document format writes for each thing the outline walk puts on the page. DOCX and
/// ODT (and any later whole-document format) conform; the walk decides order and placement,
/// a renderer only says how each thing is written in its markup.
///
/// There are no default implementations: a new kind of block, inline or placement added to the
/// walk as a requirement here breaks every renderer's build until it is handled.
public protocol DocumentRenderer {
  /// Starts the body; everything decided about the document before its first paragraph.
  mutating func begin(_ plan: DocumentPlan)
  /// Ends the body.
  mutating func end()

  /// The table of contents (`--toc`), with its entries already known.
  mutating func tableOfContents(_ contents: TableOfContents)

  /// A paragraph; its content follows as inline events, up to `endParagraph`.
  mutating func beginParagraph(_ paragraph: Paragraph)
  mutating func endParagraph()

  /// A list; its items follow, each opened by `beginItem`. Lists nest.
  mutating func beginList(_ list: ListStart)
  mutating func endList()
  /// A list item; its first paragraph is `numbered`, its other blocks follow.
  mutating func beginItem(_ item: ItemStart)
  mutating func endItem()

  /// A block quote; its blocks follow.
  mutating func beginQuote()
  mutating func endQuote()

  /// A table: rows of cells, each cell holding one paragraph.
  mutating func beginTable(_ table: TableStart)
  mutating func beginRow(header: Bool)
  mutating func beginCell(column: Int)
  mutating func endCell()
  mutating func endRow()
  mutating func endTable()

  /// The user's answer, in a box that stands out; its caption paragraph and blocks follow.
  /// A short box is kept on one page (`keepTogether`); a long one may break.
  mutating func beginAnswerBox(keepTogether: Bool)
  mutating func endAnswerBox()

  /// `--review`: the box a mentor writes in; its caption and empty lines follow.
  mutating func beginMentorNotes()
  mutating func endMentorNotes()

  /// Text of the current paragraph. Never holds a tab or a line break.
  mutating func text(_ text: Substring)
  mutating func tab()
  mutating func lineBreak()
  /// Character formatting, nested.
  mutating func beginSpan(_ style: SpanStyle)
  mutating func endSpan()
  /// A link; its text follows.
  mutating func beginLink(_ target: LinkTarget)
  mutating func endLink()
}
