/// The formats that read back a file a mentor returns (`prepexport feedback`, and the guard
/// against overwriting one).
extension Registry {
  public static let reviewReaders: [any ReviewReading] = exporters.compactMap { $0 as? any ReviewReading }
}
