import Yams

extension Action {
  /// The keys an action may have.
  static let yamlKeys = ["id", "you_said", "we_will", "owner", "due", "status", "completed_on", "we_did"]

  /// Reads one "You said, we did" action.
  ///
  /// A `completed` action needs `completed_on`; a date on an action that is not
  /// completed is a warning, and the date is left out.
  static func read(_ node: Node, reader: DefinitionReader) -> Action? {
    guard var fields = Fields(node, what: "an action", keys: yamlKeys, reader: reader) else { return nil }
    let id = fields.id(noun: "action", pattern: .anyText)
    fields.what = id.map { "action '\($0)'" } ?? "this action"
    let youSaid = fields.text("you_said", required: true, advice: "add a line 'you_said: ...' with what was said")
    let weWill = fields.text("we_will", required: true, advice: "add a line 'we_will: ...' with what will be done")
    let owner = fields.text("owner", required: true, advice: "add a line 'owner: ...' naming who will do it")
    let due = fields.day("due", required: true)
    let status = fields.choice("status", Status.self, named: "status", required: true)
    var completedOn = fields.day("completed_on")
    if status == .completed, !fields.has("completed_on") || fields.value("completed_on") == nil {
      reader.error(
        at: fields.keyNode("completed_on") ?? fields.value("status"),
        "\(fields.what) is completed but has no 'completed_on'; add the day it was completed, as YYYY-MM-DD")
    }
    if let status, status != .completed, fields.value("completed_on") != nil {
      reader.warning(
        at: fields.value("completed_on"),
        "\(fields.what) has a 'completed_on' date but its status is '\(status.rawValue)'; "
          + "the date is ignored until the status is 'completed'")
      completedOn = nil
    }
    guard let id, let youSaid, let weWill, let owner, let due, let status else { return nil }
    return Action(
      id: id, youSaid: youSaid, weWill: weWill, owner: owner, due: due, status: status, completedOn: completedOn,
      weDid: fields.text("we_did"))
  }
}
