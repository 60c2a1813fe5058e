/// The styles the exporter writes, by the id used in Templates/docx/styles.xml. A reference
/// document may call the same style by another id (localised Word writes "1" for heading 1):
/// `StyleMap` resolves each to the id the package really holds.
enum StyleID: String, CaseIterable, Sendable {
  case normal = "Normal"
  case title = "Title"
  case subtitle = "Subtitle"
  case roleLine = "RoleLine"
  case author = "Author"
  case heading1 = "Heading1"
  case heading2 = "Heading2"
  case heading3 = "Heading3"
  case heading4 = "Heading4"
  case heading5 = "Heading5"
  case heading6 = "Heading6"
  case label = "Label"
  case listParagraph = "ListParagraph"
  case answerCaption = "AnswerCaption"
  case answer = "Answer"
  case answerHeading = "AnswerHeading"
  case quote = "Quote"
  case sourceCode = "SourceCode"
  case verbatimChar = "VerbatimChar"
  case hyperlink = "Hyperlink"
  case tableText = "TableText"
  case prepTable = "PrepTable"
  case answerBox = "AnswerBox"
  case horizontalRule = "HorizontalRule"
  case mentorNotes = "MentorNotes"
  case mentorNotesCaption = "MentorNotesCaption"
  case tocHeading = "TOCHeading"
  case toc1 = "TOC1"
  case toc2 = "TOC2"
  case toc3 = "TOC3"
  case header = "Header"
  case footer = "Footer"

  /// The heading style for a topic at `depth` (1…6; deeper topics stay at 6).
  static func heading(_ depth: Int) -> StyleID {
    [.heading1, .heading2, .heading3, .heading4, .heading5, .heading6][min(max(depth, 1), 6) - 1]
  }

  /// The table-of-contents entry style for a heading depth (1…3).
  static func toc(_ depth: Int) -> StyleID { [.toc1, .toc2, .toc3][min(max(depth, 1), 3) - 1] }
}

/// Style ids as the package holds them: ours, or a reference document's for the same style.
struct StyleMap: Sendable {
  private var ids: [StyleID: String] = [:]

  /// Our own ids.
  init() {}

  /// Ids resolved by `resolve` (a reference document's lookup), falling back to ours.
  init(resolve: (StyleID) -> String?) {
    for style in StyleID.allCases { ids[style] = resolve(style) }
  }

  /// The id to write for a style.
  subscript(style: StyleID) -> String { ids[style] ?? style.rawValue }
}
