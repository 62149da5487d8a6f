/// The layouts of XML exports: records of named fields rather than columns.
extension TableLayout {
  /// ODK/Kobo submissions: select_multiple choice names joined by spaces; `meta/instanceID` the
  /// response id; the form's own metadata (`formhub`, `__version__`, `start`, `deviceid`) left aside.
  static var odk: TableLayout {
    var layout = TableLayout(dialect: .odk)
    layout.multiple = .spaceSeparated
    layout.idColumns = ["meta/instanceid", "instanceid"]
    layout.dateColumns = ["end", "start", "today"]
    layout.systemColumns = [
      "formhub/uuid", "uuid", "__version__", "version", "meta/deprecatedid", "deprecatedid", "meta/rootuuid",
      "rootuuid", "start", "end", "today", "deviceid", "username", "simserial", "subscriberid", "phonenumber",
      "audit", "id", "uiversion", "orx:version",
    ]
    return layout
  }

  /// Any XML export: a field that repeats, or one holding values joined by the instrument's separator, gives several options.
  static func genericXML(separator: String) -> TableLayout {
    var layout = TableLayout(dialect: .xml)
    layout.multiple = .separated(by: separator)
    return layout
  }
}
