import Foundation
import ZIPFoundation

extension BodyStamp {
  /// The stamp of a body part as written: its CRC-32 (zlib's, as ZIP entries record it) and size.
  public init(of bytes: [UInt8]) {
    let crc = bytes.withUnsafeBytes { buffer -> UInt32 in
      guard let base = buffer.baseAddress else { return 0 }
      let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none)
      return data.crc32(checksum: 0)
    }
    self.init(crc32: crc, size: bytes.count)
  }

  /// The stamp of bytes held as `Data`.
  public init(of data: Data) {
    self.init(crc32: data.crc32(checksum: 0), size: data.count)
  }
}
