/// The few words prepexport itself writes into documents and cards, in the document's language.
public struct Localized: Sendable {
  public let lang: LanguageTag

  public init(_ lang: LanguageTag) { self.lang = lang }

  private func pick(zh: String, ja: String, ko: String, en: String) -> String {
    switch lang.language {
    case "zh": return zh
    case "ja": return ja
    case "ko": return ko
    default: return en
    }
  }

  /// The caption above the user's answer to a topic, or to question `number`.
  public func answerCaption(question number: Int? = nil) -> String {
    guard let number else { return pick(zh: "我的回答", ja: "自分の回答", ko: "나의 답변", en: "My answer") }
    return pick(
      zh: "我的回答（问题 \(number)）", ja: "自分の回答（質問 \(number)）", ko: "나의 답변 (질문 \(number))",
      en: "My answer (question \(number))")
  }

  /// The caption of the mentor's box under each topic with `--review`.
  public var mentorNotes: String { pick(zh: "导师批注", ja: "メンターのメモ", ko: "멘토 메모", en: "Mentor notes") }

  /// The heading of the appendix that keeps answers matching no topic.
  public var unmatchedAnswers: String {
    pick(
      zh: "附录：未对应主题的回答", ja: "付録：対応するトピックのない回答", ko: "부록: 주제와 맞지 않는 답변",
      en: "Appendix: answers without a matching topic")
  }

  /// The title of the table of contents.
  public var contents: String { pick(zh: "目录", ja: "目次", ko: "목차", en: "Contents") }

  /// The marker after a cue card's title when its content continues from the previous card.
  public var continued: String { pick(zh: "(续)", ja: "(続き)", ko: "(계속)", en: "(cont.)") }

  /// The footer "page N of M" as the text before N, between N and M, and after M, so that
  /// N and M can be fields.
  public var pageOfPages: (before: String, between: String, after: String) {
    switch lang.language {
    case "zh": return ("第 ", " 页，共 ", " 页")
    case "ja": return ("", " / ", " ページ")
    case "ko": return ("", " / ", " 페이지")
    default: return ("Page ", " of ", "")
    }
  }
}
