import Foundation

/// The report as JSON: `{"document", "items": [{"kind", "topicId", "topicTitle",
/// "topicPath", "question", "author", "date", "text", "anchor", "resolved", "replies":
/// [{"author", "date", "text"}]}]}`. Those keys are always present (null when unknown);
/// `initials`, `place`, `tracked` and `detail` are added.
extension FeedbackReport {
  public func json() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(JSONReport(document: document, items: items.map(JSONItem.init)))
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}

private struct JSONReport: Encodable {
  var document: String
  var items: [JSONItem]
}

private struct JSONItem: Encodable {
  let item: FeedbackItem

  enum Keys: String, CodingKey {
    case kind, topicId, topicTitle, topicPath, question, author, date, text, anchor, resolved, replies
    case initials, place, tracked, detail
  }

  func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(item.kind.rawValue, forKey: .kind)
    try c.encode(item.topic?.id, forKey: .topicId)
    try c.encode(item.topic?.title, forKey: .topicTitle)
    try c.encode(item.topic?.path ?? [], forKey: .topicPath)
    try c.encode(item.question, forKey: .question)
    try c.encode(item.author, forKey: .author)
    try c.encode(item.date, forKey: .date)
    try c.encode(item.text, forKey: .text)
    try c.encode(item.anchor, forKey: .anchor)
    try c.encode(item.resolved, forKey: .resolved)
    try c.encode(item.replies.map(JSONReply.init), forKey: .replies)
    try c.encodeIfPresent(item.initials, forKey: .initials)
    try c.encode(item.place.rawValue, forKey: .place)
    try c.encode(item.tracked, forKey: .tracked)
    try c.encodeIfPresent(item.detail, forKey: .detail)
  }
}

private struct JSONReply: Encodable {
  let reply: FeedbackReply

  enum Keys: String, CodingKey { case author, date, text, initials, resolved }

  func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(reply.author, forKey: .author)
    try c.encode(reply.date, forKey: .date)
    try c.encode(reply.text, forKey: .text)
    try c.encodeIfPresent(reply.initials, forKey: .initials)
  }
}
