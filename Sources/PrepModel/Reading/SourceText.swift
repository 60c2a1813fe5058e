/// An input decoded: checked UTF-8, BOM removed, line endings made LF, and the lines that
/// hold characters XML 1.0 forbids noted.
struct SourceText {
  var file: String
  var text: String
  /// Lines (1-based) holding characters that XML 1.0 forbids, each with the first such character.
  var forbiddenCharacterLines: [(line: Int, scalar: UInt32)]

  /// Decodes bytes, or throws `ReadError.invalidUTF8` naming line, column and byte offset.
  init(_ input: consuming InputFile) throws {
    file = input.name
    var bytes = input.bytes
    input.bytes = []
    var offsetShift = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      bytes.removeFirst(3)
      offsetShift = 3
    }
    let scan = bytes.withUnsafeBufferPointer { UTF8Scan.scan($0) }
    if let bad = scan.invalid {
      throw ReadError.invalidUTF8(
        SourceLocation(file: input.name, line: bad.line, column: bad.column), byteOffset: bad.offset + offsetShift,
        byte: bytes[bad.offset])
    }
    forbiddenCharacterLines = scan.forbidden
    if scan.hasCarriageReturn { bytes = UTF8Scan.normalizingLineEndings(bytes) }
    text = String(decoding: bytes, as: UTF8.self)
  }
}

/// One pass over the bytes: finds the first invalid UTF-8 sequence, the lines with XML-forbidden
/// characters, and whether there is any CR.
enum UTF8Scan {
  struct Result {
    var invalid: (offset: Int, line: Int, column: Int)?
    var forbidden: [(line: Int, scalar: UInt32)] = []
    var hasCarriageReturn = false
  }

  static func scan(_ b: UnsafeBufferPointer<UInt8>) -> Result {
    var result = Result()
    var i = 0
    var line = 1
    var lineStart = 0
    var lastForbiddenLine = 0
    let n = b.count
    func column(at offset: Int) -> Int {
      // Characters (scalars) before `offset` on its line, plus one.
      var count = 1
      var j = lineStart
      while j < offset {
        if b[j] & 0xC0 != 0x80 { count += 1 }
        j += 1
      }
      return count
    }
    while i < n {
      let c = b[i]
      if c < 0x80 {
        if c == 0x0A {
          line += 1
          lineStart = i + 1
        } else if c == 0x0D {
          result.hasCarriageReturn = true
          if i + 1 < n, b[i + 1] == 0x0A {
          } else {
            line += 1
            lineStart = i + 1
          }
        } else if c < 0x20 && c != 0x09 {
          if lastForbiddenLine != line {
            result.forbidden.append((line, UInt32(c)))
            lastForbiddenLine = line
          }
        }
        i += 1
        continue
      }
      let length: Int
      var scalar: UInt32
      switch c {
      case 0xC2...0xDF:
        length = 2
        scalar = UInt32(c & 0x1F)
      case 0xE0...0xEF:
        length = 3
        scalar = UInt32(c & 0x0F)
      case 0xF0...0xF4:
        length = 4
        scalar = UInt32(c & 0x07)
      default:
        result.invalid = (i, line, column(at: i))
        return result
      }
      if i + length > n {
        result.invalid = (i, line, column(at: i))
        return result
      }
      for k in 1..<length {
        let cc = b[i + k]
        guard cc & 0xC0 == 0x80 else {
          result.invalid = (i, line, column(at: i))
          return result
        }
        scalar = scalar << 6 | UInt32(cc & 0x3F)
      }
      let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
      if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
        result.invalid = (i, line, column(at: i))
        return result
      }
      if scalar == 0xFFFE || scalar == 0xFFFF, lastForbiddenLine != line {
        result.forbidden.append((line, scalar))
        lastForbiddenLine = line
      }
      i += length
    }
    return result
  }

  /// CRLF and lone CR become LF.
  static func normalizingLineEndings(_ bytes: [UInt8]) -> [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      let c = bytes[i]
      if c == 0x0D {
        out.append(0x0A)
        if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
      } else {
        out.append(c)
      }
      i += 1
    }
    return out
  }
}
