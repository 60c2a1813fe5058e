/// The version printed by `--version` and written as the documents' generator.
public enum PrepExportVersion {
  public static let string = "0.1.0"
}
