import ExportKit
import PrepModel

/// What is decided about a whole document before its body, the same for every format: the
/// languages its text is tagged with, its paper, its fonts, and the words prepexport adds.
public struct DocumentPlan: Sendable {
  public var metadata: Metadata
  /// The document's language.
  public var language: LanguageTag
  /// Latin text is tagged with the document's language, or en-US in a CJK document (where
  /// Latin runs are mostly English terms).
  public var latinLanguage: LanguageTag
  /// East Asian text is tagged with the document's language when it is CJK, else zh-CN.
  public var eastAsianLanguage: LanguageTag
  public var paper: Paper
  public var fonts: FontChoice
  public var words: Localized
  /// The title repeated in the page header.
  public var headerTitle: String
  public var tableOfContents: Bool
  public var review: Bool

  public init(_ document: PrepDocument, tableOfContents: Bool, review: Bool) {
    metadata = document.metadata
    language = document.metadata.lang
    latinLanguage = language.isCJK ? .english : language
    eastAsianLanguage = language.isCJK ? language : .chinese
    paper = language.usesLetterPaper ? .letter : .a4
    fonts = FontChoice(document.metadata)
    words = Localized(language)
    headerTitle = document.metadata.title
    self.tableOfContents = tableOfContents
    self.review = review
  }
}

/// A sheet of paper, portrait, in millimetres.
public struct Paper: Sendable, Equatable {
  public var width: Double
  public var height: Double
  public static let a4 = Paper(width: 210, height: 297)
  public static let letter = Paper(width: 215.9, height: 279.4)
}
