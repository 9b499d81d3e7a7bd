import Crypto
import DoppelCore

/// The key handed to rules when the plan has no keyed rule and the policy no secret: rules take one, but
/// none of the rules it reaches reads it (``SecretRequirement`` guarantees that), so it keys nothing that
/// must stay private. Derived from a fixed label, never from data.
enum UnkeyedSecret {
    static func make() throws -> Secret {
        try Secret(bytes: Array(SHA256.hash(data: Array("doppel: a run without keyed rules".utf8))), origin: "no secret (no keyed rule)")
    }
}
