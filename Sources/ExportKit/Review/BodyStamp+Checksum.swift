import Foundation
import ZIPFoundation

extension BodyStamp {
  /// The stamp of a body part as written: its CRC-32 (as ZIP entries record it) and size.
  public init(of bytes: [UInt8]) {
    self.init(of: Data(bytes))
  }

  /// The stamp of bytes held as `Data`.
  public init(of data: Data) {
    self.init(crc32: data.crc32(checksum: 0), size: data.count)
  }
}
