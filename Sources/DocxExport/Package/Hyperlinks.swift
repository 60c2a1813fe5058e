import Foundation

/// The external links of the body, each URL once, as relationships of word/document.xml.
struct Hyperlinks {
  /// (relationship id, target) in first-use order, so that output is reproducible.
  private(set) var targets: [(id: String, target: String)] = []
  private var idsByURL: [String: String] = [:]

  /// The relationship id for `url`, added on first use.
  mutating func id(for url: String) -> String {
    if let id = idsByURL[url] { return id }
    let id = "rIdLink\(targets.count + 1)"
    idsByURL[url] = id
    targets.append((id, Self.uriTarget(url)))
    return id
  }

  /// `url` as a URI: characters a URI may not hold (spaces, quotes, non-ASCII…) are
  /// percent-encoded as UTF-8, so that Word and the package validator accept the target.
  static func uriTarget(_ url: String) -> String {
    let trimmed = url.trimmingCharacters(in: [" ", "\t", "\n", "\r"])
    var out: [UInt8] = []
    out.reserveCapacity(trimmed.utf8.count)
    let hex = Array("0123456789ABCDEF".utf8)
    let bytes = Array(trimmed.utf8)
    func isHex(_ index: Int) -> Bool { index < bytes.count && hexDigit[Int(bytes[index])] }
    for (index, byte) in bytes.enumerated() {
      // `%` stays only as the start of an escape; a stray one (`100%`) is encoded.
      if allowed[Int(byte)] && (byte != UInt8(ascii: "%") || (isHex(index + 1) && isHex(index + 2))) {
        out.append(byte)
      } else {
        out.append(UInt8(ascii: "%"))
        out.append(hex[Int(byte >> 4)])
        out.append(hex[Int(byte & 0x0F)])
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static let hexDigit: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for byte in "0123456789abcdefABCDEF".utf8 { table[Int(byte)] = true }
    return table
  }()

  /// Unreserved and reserved URI characters, and `%` (already encoded input stays as it is).
  private static let allowed: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for byte in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=%".utf8 {
      table[Int(byte)] = true
    }
    return table
  }()
}
