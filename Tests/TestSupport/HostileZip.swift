import Foundation

/// ZIP files that lie about themselves, for tests of the untrusted-archive reader: entries
/// stored as they are, whose headers may declare a size other than the real one (a 130 MB entry
/// that holds a few bytes, a ZIP64 size of 2^63). ZIPFoundation writes only honest archives, so
/// these few bytes are laid out here, following the ZIP specification (APPNOTE 6.3.9, 4.3).
public enum HostileZip {
  public struct Entry {
    public var path: String
    public var data: Data
    /// The uncompressed size the headers declare (ZIP64 when it does not fit 32 bits).
    public var declaredSize: UInt64?

    public init(_ path: String, _ data: Data, declaredSize: UInt64? = nil) {
      self.path = path
      self.data = data
      self.declaredSize = declaredSize
    }
  }

  public static func archive(_ entries: [Entry]) -> Data {
    var out = Data()
    var central = Data()
    for entry in entries {
      let offset = UInt32(out.count)
      let name = Data(entry.path.utf8)
      let crc = crc32(entry.data)
      let size = UInt32(entry.data.count)
      let declared = entry.declaredSize ?? UInt64(entry.data.count)
      let zip64 = declared > UInt64(UInt32.max - 1)
      var extra = Data()
      if zip64 {
        extra.append(le16(0x0001))
        extra.append(le16(16))
        extra.append(le64(declared))
        extra.append(le64(UInt64(size)))
      }
      let sizes = zip64 ? le32(UInt32.max) + le32(UInt32.max) : le32(size) + le32(UInt32(declared))
      // Local file header.
      out.append(le32(0x0403_4B50))
      out.append(le16(zip64 ? 45 : 20) + le16(0) + le16(0) + le16(0) + le16(0x21))
      out.append(le32(crc) + sizes)
      out.append(le16(UInt16(name.count)) + le16(UInt16(extra.count)))
      out.append(name + extra + entry.data)
      // Central directory header.
      central.append(le32(0x0201_4B50))
      central.append(le16(0x031E) + le16(zip64 ? 45 : 20) + le16(0) + le16(0) + le16(0) + le16(0x21))
      central.append(le32(crc) + sizes)
      central.append(le16(UInt16(name.count)) + le16(UInt16(extra.count)) + le16(0) + le16(0) + le16(0))
      central.append(le32(0o100644 << 16) + le32(offset))
      central.append(name + extra)
    }
    let centralOffset = UInt32(out.count)
    out.append(central)
    out.append(le32(0x0605_4B50) + le16(0) + le16(0))
    out.append(le16(UInt16(entries.count)) + le16(UInt16(entries.count)))
    out.append(le32(UInt32(central.count)) + le32(centralOffset) + le16(0))
    return out
  }

  private static func le16(_ v: UInt16) -> Data { Data([UInt8(v & 0xFF), UInt8(v >> 8)]) }
  private static func le32(_ v: UInt32) -> Data { Data((0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) }) }
  private static func le64(_ v: UInt64) -> Data { Data((0..<8).map { UInt8((v >> (8 * UInt64($0))) & 0xFF) }) }

  private static func crc32(_ data: Data) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in data {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }
}
