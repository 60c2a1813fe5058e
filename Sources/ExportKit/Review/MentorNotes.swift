import Foundation

/// The mentor-notes boxes prepexport writes with `--review`: a caption paragraph, then room
/// to write. Whatever a box holds besides its caption was typed by the mentor.
enum MentorNotes {
  /// The caption in every language prepexport writes, longest first.
  static let captions: [String] = [LanguageTag.chinese, .japanese, .korean, .english]
    .map { Localized($0).mentorNotes }.sorted { $0.count > $1.count }
  /// Their first characters: most paragraphs are told apart by the first one alone.
  private static let firstScalars = Set(captions.compactMap(\.unicodeScalars.first))

  /// The caption that `text` starts with (white space ignored), if any.
  static func caption(in text: String) -> String? {
    guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }),
      firstScalars.contains(first)
    else { return nil }
    return captions.first { removingPrefix($0, of: text) != nil }
  }

  /// Whether a box paragraph holds nothing but (at most) a caption: an untouched box.
  static func isCaptionOnly(_ text: String) -> Bool {
    text.isEmpty || captionSet.contains(text)
      || (caption(in: text).flatMap { removingPrefix($0, of: text) })?
        .allSatisfy(\.isWhitespace) ?? text.allSatisfy(\.isWhitespace)
  }

  private static let captionSet = Set(captions)

  /// Whether a paragraph opens a new box (it starts with a caption).
  static func startsBox(_ paragraph: ReviewParagraph) -> Bool {
    caption(in: paragraph.text) != nil || caption(in: paragraph.originalText) != nil
  }

  /// What a box holds: a note for the text typed into it with change tracking on (who and
  /// when), one for what was typed with it off, then the comments and other marks in it.
  /// Tracked insertions of typed text are the note, not items of their own.
  static func items(_ box: ArraySlice<ReviewParagraph>, topic: ReviewTopic?) -> [FeedbackItem] {
    let typed = typedText(box.map(\.text))
    let untracked = typedText(box.map(\.originalText))
    var insertions: [FeedbackItem] = []
    var others: [FeedbackItem] = []
    for paragraph in box {
      for var item in paragraph.items {
        if item.kind == .insertion {
          insertions.append(item)
        } else {
          item.topic = topic
          item.place = .mentorNotes
          others.append(item)
        }
      }
    }
    var out: [FeedbackItem] = []
    // What change tracking recorded, with its author and date; then what it did not.
    let trackedText = insertions.map(\.text).joined().trimmingWhiteSpace
    if let first = insertions.first, !trackedText.isEmpty, !typed.isEmpty {
      out.append(
        FeedbackItem(
          kind: .note, topic: topic, author: first.author, initials: first.initials, date: first.date,
          text: untracked.isEmpty ? typed : trackedText, place: .mentorNotes, tracked: true))
    }
    if !untracked.isEmpty {
      out.append(FeedbackItem(kind: .note, topic: topic, text: untracked, place: .mentorNotes, tracked: false))
    }
    return out + others
  }

  /// The paragraphs' text without the caption, joined by line breaks, trimmed.
  static func typedText(_ paragraphs: [String]) -> String {
    var lines: [String] = []
    for (offset, text) in paragraphs.enumerated() where !isCaptionOnly(text) {
      var rest = text
      if offset == 0, let caption = caption(in: text), let after = removingPrefix(caption, of: text) { rest = after }
      let trimmed = rest.trimmingWhiteSpace
      if !trimmed.isEmpty { lines.append(trimmed) }
    }
    return lines.joined(separator: "\n")
  }

  /// `text` after `prefix`, white space ignored in both; nil when it does not start with it.
  static func removingPrefix(_ prefix: String, of text: String) -> String? {
    var wanted = prefix.filter { !$0.isWhitespace }[...]
    var index = text.startIndex
    while index < text.endIndex, let next = wanted.first {
      let character = text[index]
      if character.isWhitespace {
        index = text.index(after: index)
        continue
      }
      guard character == next else { return nil }
      wanted.removeFirst()
      index = text.index(after: index)
    }
    return wanted.isEmpty ? String(text[index...]) : nil
  }
}

/// The caption of an answer box, which names the question it answers.
enum AnswerCaption {
  private static let marker = 987_654_321

  /// Each language's caption around the question number, white space removed.
  private static let patterns: [(prefix: String, suffix: String)] = [
    LanguageTag.chinese, .japanese, .korean, .english,
  ].map { lang in
    let caption = Localized(lang).answerCaption(question: marker).filter { !$0.isWhitespace }
    let parts = caption.components(separatedBy: String(marker))
    return (parts[0], parts.count > 1 ? parts[1] : "")
  }

  /// N in "My answer (question N)" in any language prepexport writes.
  static func questionNumber(_ text: String) -> Int? {
    let squeezed = text.filter { !$0.isWhitespace }
    for (prefix, suffix) in patterns where squeezed.hasPrefix(prefix) && squeezed.hasSuffix(suffix) {
      let middle = squeezed.dropFirst(prefix.count).dropLast(suffix.count)
      if !middle.isEmpty, middle.allSatisfy(\.isASCII), let n = Int(middle) { return n }
    }
    return nil
  }
}
