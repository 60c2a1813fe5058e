import Foundation
import ZIPFoundation

#if canImport(CZlib)
  import CZlib
#endif

extension BodyStamp {
  /// The stamp of a body part as written: its CRC-32 (as ZIP entries record it) and size.
  public init(of bytes: [UInt8]) {
    self.init(crc32: bytes.withUnsafeBytes { Self.crc32($0) }, size: bytes.count)
  }

  /// The stamp of bytes held as `Data`.
  public init(of data: Data) {
    self.init(crc32: data.withUnsafeBytes { Self.crc32($0) }, size: data.count)
  }

  /// zlib's CRC-32 where the zlib module is visible (ZIPFoundation's own is a slow Swift loop
  /// on Linux); ZIPFoundation's otherwise.
  static func crc32(_ buffer: UnsafeRawBufferPointer) -> UInt32 {
    #if canImport(CZlib)
      var crc: UInt = 0
      var offset = 0
      while offset < buffer.count {
        let length = min(buffer.count - offset, Int(UInt32.max))
        crc = CZlib.crc32(
          crc, buffer.baseAddress!.advanced(by: offset).assumingMemoryBound(to: UInt8.self), UInt32(length))
        offset += length
      }
      return UInt32(crc)
    #else
      guard let base = buffer.baseAddress else { return 0 }
      return Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none)
        .crc32(checksum: 0)
    #endif
  }
}
