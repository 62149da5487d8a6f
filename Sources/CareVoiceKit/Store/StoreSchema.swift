import GRDB

/// The database schema, as named migrations applied in order; a migration once released is never edited.
///
/// docs/architecture.md ("Store") explains each table and why answers are packed.
enum StoreSchema {
  /// `PRAGMA application_id` of a carevoice database ("CVOI"), so that another program's file is refused.
  static let applicationID: Int32 = 0x4356_4F49

  /// Every migration, oldest first.
  static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    migrator.registerMigration(version1Name) { db in
      try db.execute(sql: "PRAGMA application_id = \(applicationID)")
      try db.execute(sql: version1)
    }
    migrator.registerMigration(version2Name) { db in
      try db.execute(sql: version2)
      try BlockMigration.moveResponses(db, capacity: BlockLayout.capacity)
      try db.execute(sql: "DROP TABLE response_text; DROP TABLE response")
    }
    return migrator
  }()

  /// The first migration's name, for tests that build a database of that version.
  static let version1Name = "v1 batches and packed responses"
  static let version2Name = "v2 responses in blocks"

  /// Responses in blocks of up to ``BlockLayout/capacity`` of one batch and one period (``BlockLayout``).
  private static let version2 = """
    CREATE TABLE response_block (
      id INTEGER PRIMARY KEY,
      batch INTEGER NOT NULL REFERENCES batch(id) ON DELETE CASCADE,
      period TEXT NOT NULL,
      response_count INTEGER NOT NULL CHECK (response_count > 0),
      ids BLOB NOT NULL,
      responses BLOB NOT NULL
    ) STRICT;
    CREATE INDEX response_block_by_batch ON response_block(batch);

    CREATE TABLE response_block_text (
      block INTEGER PRIMARY KEY REFERENCES response_block(id) ON DELETE CASCADE,
      texts BLOB NOT NULL
    ) STRICT;
    """

  private static let version1 = """
    CREATE TABLE instrument (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE
    ) STRICT;

    CREATE TABLE instrument_version (
      id INTEGER PRIMARY KEY,
      instrument INTEGER NOT NULL REFERENCES instrument(id),
      version TEXT NOT NULL,
      definition TEXT NOT NULL CHECK (json_valid(definition))
    ) STRICT;
    CREATE INDEX instrument_version_by_instrument ON instrument_version(instrument);

    CREATE TABLE batch (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      instrument INTEGER NOT NULL REFERENCES instrument(id),
      instrument_version INTEGER NOT NULL REFERENCES instrument_version(id),
      period TEXT,
      source TEXT NOT NULL,
      dialect TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      read_count INTEGER NOT NULL DEFAULT 0,
      loaded_count INTEGER NOT NULL DEFAULT 0,
      duplicate_count INTEGER NOT NULL DEFAULT 0,
      rejected_count INTEGER NOT NULL DEFAULT 0,
      loaded_at TEXT NOT NULL,
      UNIQUE (instrument, sha256)
    ) STRICT;

    CREATE TABLE batch_period (
      batch INTEGER NOT NULL REFERENCES batch(id) ON DELETE CASCADE,
      period TEXT NOT NULL,
      responses INTEGER NOT NULL,
      PRIMARY KEY (batch, period)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE response (
      id INTEGER PRIMARY KEY,
      batch INTEGER NOT NULL REFERENCES batch(id) ON DELETE CASCADE,
      instrument INTEGER NOT NULL,
      response_id TEXT NOT NULL,
      period TEXT NOT NULL,
      submitted TEXT,
      line INTEGER NOT NULL,
      attributes BLOB NOT NULL,
      answers BLOB NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX response_by_response_id ON response(instrument, response_id);
    CREATE INDEX response_by_batch ON response(batch);

    CREATE TABLE response_text (
      response INTEGER PRIMARY KEY REFERENCES response(id) ON DELETE CASCADE,
      texts BLOB NOT NULL
    ) STRICT;
    """
}
