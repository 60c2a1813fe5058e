/// Where a block is being written: in an answer or not, inside how many lists and quotes.
/// It decides the paragraph styles.
struct BlockContext {
  var inAnswer = false
  var listDepth = 0
  var quoteDepth = 0

  /// Plain paragraphs: Answer in an answer, Quotations in a quote, List Paragraph for the
  /// paragraphs of a list item, else Text body.
  var paragraphStyle: StaticString {
    if inAnswer { return StyleName.answer }
    if quoteDepth > 0 { return StyleName.quote }
    return listDepth > 0 ? StyleName.listParagraph : StyleName.body
  }

  /// Code blocks: monospace, shaded as an answer in an answer.
  var codeStyle: StaticString { inAnswer ? StyleName.answerCode : StyleName.code }

  /// Sub-headings (only answers hold them): a styled paragraph, not an outline heading.
  var headingStyle: StaticString { inAnswer ? StyleName.answerHeading : StyleName.label }

  func insideListItem() -> BlockContext {
    var c = self
    c.listDepth += 1
    return c
  }

  func insideQuote() -> BlockContext {
    var c = self
    c.quoteDepth += 1
    return c
  }
}
