/// The version of Doppel, recorded in the run ledger.
public enum DoppelVersion {
    /// This build's version.
    public static let current = "0.2.0"
}
