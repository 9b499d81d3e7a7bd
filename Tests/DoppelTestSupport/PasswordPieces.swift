/// Generated passwords for leak tests, and the pieces of one that would identify it if they showed.
public enum PasswordPieces {
    /// The letters a password is made of: a piece with two of them is the password's, not the message's.
    public static let letters = Array("QXZJKVW")
    /// Letters and every character a URL gives a meaning to (unencoded, they break a URL apart).
    public static let alphabet = letters + Array("@/&?#=%:;!$+ ,")

    /// Substrings of four characters with at least two of the password's letters: what would identify it.
    public static func of(_ password: String) -> Set<String> {
        let characters = Array(password)
        guard characters.count >= 4 else { return [] }
        return Set((0...(characters.count - 4)).map { String(characters[$0..<($0 + 4)]) }.filter { piece in piece.filter { letters.contains($0) }.count >= 2 })
    }
}
