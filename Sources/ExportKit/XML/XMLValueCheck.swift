import Foundation

/// Whether a value is in an attribute's or element's type, as the schema says: a built-in
/// XML Schema type, an enumeration, a pattern, a length, and unions and intersections of
/// these. Built from a schema table (`XMLSchemaTable`).
indirect enum XMLValueCheck: @unchecked Sendable {
  case any
  /// An integer, with optional bounds (decimal strings, for unsignedLong and the like).
  case integer(minimum: String?, maximum: String?)
  /// A decimal or floating-point number, with optional bounds.
  case number(minimum: Double?, maximum: Double?)
  /// Hexadecimal digits in pairs, optionally exactly `octets` long.
  case hexBinary(octets: Int?)
  case enumeration(Set<String>)
  /// An XML Schema pattern, matched against the whole value.
  case pattern(LazyExpression)
  case length(minimum: Int?, maximum: Int?)
  case ncName
  case dateTime
  case anyOf([XMLValueCheck])
  case allOf([XMLValueCheck])
  /// White-space separated tokens, each accepted by the check.
  case list(XMLValueCheck)

  func accepts(_ value: String) -> Bool {
    switch self {
    case .any: return true
    case .integer(let minimum, let maximum):
      guard let digits = Self.integerDigits(value) else { return false }
      if let minimum, let bound = Self.integerDigits(minimum), Self.compare(digits, bound) < 0 { return false }
      if let maximum, let bound = Self.integerDigits(maximum), Self.compare(digits, bound) > 0 { return false }
      return true
    case .number(let minimum, let maximum):
      let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
      guard Self.matches(Self.numberPattern, trimmed), let number = Double(trimmed) else {
        return ["INF", "-INF", "NaN"].contains(trimmed) && minimum == nil && maximum == nil
      }
      return (minimum.map { number >= $0 } ?? true) && (maximum.map { number <= $0 } ?? true)
    case .hexBinary(let octets):
      let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
      guard trimmed.utf8.count % 2 == 0, trimmed.utf8.allSatisfy({ $0 < 128 && Self.isHex($0) }) else { return false }
      return octets.map { trimmed.utf8.count == $0 * 2 } ?? true
    case .enumeration(let values): return values.contains(value) || values.contains(Self.collapsed(value))
    case .pattern(let expression): return expression.matches(value)
    case .length(let minimum, let maximum):
      let count = value.unicodeScalars.count
      return (minimum.map { count >= $0 } ?? true) && (maximum.map { count <= $0 } ?? true)
    case .ncName: return !value.contains(":") && XMLName.isValid(value)
    case .dateTime: return Self.matches(Self.dateTimePattern, value.trimmingCharacters(in: .whitespacesAndNewlines))
    case .anyOf(let checks): return checks.contains { $0.accepts(value) }
    case .allOf(let checks): return checks.allSatisfy { $0.accepts(value) }
    case .list(let token):
      return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).allSatisfy {
        token.accepts(String($0))
      }
    }
  }

  /// A check from its table fields (`int 0 -`, `enum a b .`, `or 3 7`…), whose member checks
  /// are among `earlier`.
  init<Fields: Collection<Substring>>(_ fields: Fields, earlier: [XMLValueCheck]) throws {
    let kind = fields.first ?? ""
    let rest = Array(fields.dropFirst())
    func bound(_ index: Int) -> String? { index < rest.count && rest[index] != "-" ? String(rest[index]) : nil }
    func members() throws -> [XMLValueCheck] {
      try rest.map { field in
        guard let index = Int(field), index >= 0, index < earlier.count else {
          throw XMLSchemaTable.Failure.malformed("no check \(field)")
        }
        return earlier[index]
      }
    }
    switch kind {
    case "any": self = .any
    case "int": self = .integer(minimum: bound(0), maximum: bound(1))
    case "num": self = .number(minimum: bound(0).flatMap(Double.init), maximum: bound(1).flatMap(Double.init))
    case "hex": self = .hexBinary(octets: bound(0).flatMap { Int($0) })
    case "enum": self = .enumeration(Set(rest.dropLast().map(String.init)))
    case "re":
      guard let pattern = bound(0) else { throw XMLSchemaTable.Failure.malformed("a pattern check without pattern") }
      self = .pattern(LazyExpression(pattern))
    case "len": self = .length(minimum: bound(0).flatMap { Int($0) }, maximum: bound(1).flatMap { Int($0) })
    case "ncname": self = .ncName
    case "datetime": self = .dateTime
    case "or": self = .anyOf(try members())
    case "and": self = .allOf(try members())
    case "list": self = .list(.anyOf(try members()))
    default: throw XMLSchemaTable.Failure.malformed("unknown check \(kind)")
    }
  }

  // XML Schema integers allow surrounding white space and a sign; leading zeros do not count.
  private static func integerDigits(_ value: String) -> (negative: Bool, digits: [UInt8])? {
    var bytes = Array(value.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
    var negative = false
    if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
      negative = sign == UInt8(ascii: "-")
      bytes.removeFirst()
    }
    guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    let significant = Array(bytes.drop { $0 == 0x30 })
    return (negative && !significant.isEmpty, significant)
  }

  private static func compare(_ a: (negative: Bool, digits: [UInt8]), _ b: (negative: Bool, digits: [UInt8])) -> Int {
    if a.negative != b.negative { return a.negative ? -1 : 1 }
    let magnitude: Int
    if a.digits.count != b.digits.count {
      magnitude = a.digits.count < b.digits.count ? -1 : 1
    } else if let index = a.digits.indices.first(where: { a.digits[$0] != b.digits[$0] }) {
      magnitude = a.digits[index] < b.digits[index] ? -1 : 1
    } else {
      magnitude = 0
    }
    return a.negative ? -magnitude : magnitude
  }

  private static func isHex(_ c: UInt8) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
  }

  private static func collapsed(_ value: String) -> String {
    value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
  }

  static func matches(_ expression: NSRegularExpression, _ value: String) -> Bool {
    let range = NSRange(value.startIndex..<value.endIndex, in: value)
    return expression.firstMatch(in: value, options: [.anchored], range: range) != nil
  }

  nonisolated(unsafe) private static let numberPattern = try! NSRegularExpression(
    pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$")
  nonisolated(unsafe) private static let dateTimePattern = try! NSRegularExpression(
    pattern: "^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?$")
}

/// A pattern compiled on first use: a table holds hundreds, a reference meets a few.
final class LazyExpression: @unchecked Sendable {
  private let pattern: String
  private var expression: NSRegularExpression?
  private var failed = false
  private let lock = NSLock()

  init(_ pattern: String) { self.pattern = pattern }

  /// Whether the whole of `value` matches; a pattern NSRegularExpression cannot read refuses
  /// nothing (the schema's own validator is the judge of what we cannot check).
  func matches(_ value: String) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    if expression == nil && !failed {
      expression = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$")
      failed = expression == nil
    }
    guard let expression else { return true }
    return XMLValueCheck.matches(expression, value)
  }
}
