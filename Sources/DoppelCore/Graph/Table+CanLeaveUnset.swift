extension Table {
    /// Whether a row can go in with `key` unset: one of its columns is nullable (under MATCH SIMPLE a
    /// reference with a NULL column is not checked), or the key is deferrable.
    package func canLeaveUnset(_ key: ForeignKey) -> Bool {
        key.isDeferrable || key.columns.contains { column(named: $0)?.isNullable ?? true }
    }
}
