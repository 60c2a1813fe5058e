/// Searching bytes for a short needle. For the keyword tables and for review marks in
/// packages: Foundation's `contains`/`range(of:)` are locale-aware or generic, and far slower.
public enum ByteSearch {
  /// Whether `needle` occurs in `haystack`.
  public static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: UnsafeRawBufferPointer) -> Bool {
    guard let first = needle.first else { return true }
    guard haystack.count >= needle.count else { return false }
    let last = haystack.count - needle.count
    var i = 0
    while i <= last {
      if haystack[i] == first {
        var j = 1
        while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
        if j == needle.count { return true }
      }
      i += 1
    }
    return false
  }
}

extension String {
  /// Whether `needle` occurs in the string, comparing UTF-8 bytes.
  func containsBytes(_ needle: String) -> Bool {
    var haystack = self
    var needle = needle
    return haystack.withUTF8 { h in
      needle.withUTF8 { n in ByteSearch.contains(UnsafeRawBufferPointer(h), UnsafeRawBufferPointer(n)) }
    }
  }
}
