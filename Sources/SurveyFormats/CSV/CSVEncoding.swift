/// The character encoding a CSV file was read in.
public enum CSVEncoding: String, Sendable, Hashable, CaseIterable {
  /// UTF-8 with no byte-order mark (plain ASCII files are read this way too).
  case utf8
  /// UTF-8 starting with a byte-order mark (`EF BB BF`), as Excel's "CSV UTF-8" saves it; the mark is dropped.
  case utf8WithBOM
  /// UTF-16 little-endian, with a byte-order mark (`FF FE`) as Excel's "Unicode Text" saves it, or without one.
  case utf16LittleEndian
  /// UTF-16 big-endian, with a byte-order mark (`FE FF`) or without one.
  case utf16BigEndian
  /// Windows-1252, the "ANSI" code page older Excel versions save CSV in.
  ///
  /// A file is read as UTF-8 until a field turns out not to be valid UTF-8;
  /// from then on the reader reports this encoding.
  case windows1252
}
