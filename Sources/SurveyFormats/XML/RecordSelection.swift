/// Which elements of an XML document are its records.
public enum RecordSelection: Sendable, Hashable {
  /// Each child of the root element is a record, except in an ODK or Kobo submission
  /// (a root with a `meta` child holding an `instanceID`), which is one record: the root.
  case automatic
  /// Every element with this local name, at any depth, is a record; one inside another is part of it.
  case named(String)
}
